"""The prose corpus of the precision tests (tests/protection/data/*.txt: 4,600 words of Russian
and Kazakh news, court and family text) and the twenty realistic hidden people checked against
it, several of whose given names are ordinary words (Вера, Надежда, Любовь, Арман, Бақыт...)."""

from __future__ import annotations

from pathlib import Path

PROSE = Path(__file__).resolve().parent.parent / "protection" / "data"

PEOPLE = [
    ("Сейтқазиева Гульнара Нурлановна", "Seitqazieva Gulnara"),
    ("Жақсылықов Нурлан Асқарұлы",),
    ("Жаксылыкова Айгуль",),
    ("Омаров Арман Серикович",),
    ("Бекова Бақыт",),
    ("Нұрланова Сәуле",),
    ("Ким Вера Павловна",),
    ("Исаева Надежда Петровна",),
    ("Ли Роман",),
    ("Тулегенов Мұрат",),
    ("Әбенова Жұлдыз",),
    ("Қасымов Берік",),
    ("Абдрахманова Алма Ерлановна",),
    ("Сабыров Әділет",),
    ("Иванов Сергей",),
    ("Серикбаев Самал",),
    ("Ахмедова Любовь",),
    ("Нурпеисова Айгерим Болатовна",),
    ("Мухамеджанов Дәулет",),
    ("Касенова Асель",),
]
