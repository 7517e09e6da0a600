"""`demo DIR`: a vault filled with fictional sample cases in Russian, Kazakh and English.

Every name, place detail and event here is invented. The generated photos and PDF are written
to a private temporary folder only long enough to import them; they are fictional and carry no
evidence, and the folder is removed at once.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from . import cases, items, people, testimony
from .demo_media import court_decision_pdf, photo_jpeg, write
from .store import Vault, VaultSettings

TESTIMONY_RU = """Меня задержали 14 марта около 22:00 у подъезда моего дома в Алматы. Двое сотрудников \
в гражданской одежде не представились и не показали документов. В изоляторе временного содержания \
(ИВС) меня продержали без адвоката почти сутки. Ночью следователь Ержан Бекович требовал подписать \
признание; когда я отказался, меня били по почкам и по ногам, надевали на голову пакет. \
Утром врача не было. Синяки сфотографировала моя жена после освобождения под залог.

Я подтверждаю, что всё изложенное — правда. Ёлочная игрушка, о которой спрашивали, принадлежит моей дочери."""

TESTIMONY_KK = """Мені 2 сәуірде Жаңаөзендегі бейбіт жиналыстан кейін ұстады. Полиция бөлімшесінде \
бізді түні бойы еденде отырғызды, су бермеді. Менің ағам Қайрат Серікұлы құқық қорғаушы ретінде \
келгенде, оны да ұстап, телефонын тартып алды. Тергеуші бізге азаптау қаупін төндіріп, \
жиналысқа қатысқанымызды мойындауды талап етті. Біз Қазақстан Конституциясындағы жиналыс \
бостандығын пайдаландық."""

TESTIMONY_EN = """I am the sister of the journalist. After his articles on local corruption he was \
summoned to the prosecutor's office and from there taken to the regional psychiatric hospital \
without a court order. Doctors told us he would stay "until he stops writing". He was given \
injections against his will. We were allowed to see him once, for ten minutes, with a guard present."""

COURT_DECISION = [
    "ПОСТАНОВЛЕНИЕ о санкционировании меры пресечения в виде содержания под стражей",
    "Следственный суд рассмотрел ходатайство следователя о применении меры пресечения в отношении "
    "подозреваемого Арман Сейткали, 1985 года рождения, по части 2 статьи 174 УК РК.",
    "Доводы защиты о применении к подозреваемому недозволенных методов ведения следствия суд "
    "оставил без проверки. Суд постановил: содержать под стражей сроком на два месяца.",
    "ДЕМО-ДОКУМЕНТ. Все имена и обстоятельства вымышлены.",
]


DEMO_OWNER = "Demo monitor"


def create_demo_vault(path: Path, passphrase: str, settings: VaultSettings = VaultSettings()) -> Vault:
    """Create and fill the demo vault; returns it closed (call Vault.open to use it)."""
    vault, _recovery = Vault.create(path, passphrase, owner=DEMO_OWNER, settings=settings)
    with vault:
        with vault.transaction():
            vault.set_meta("demo", "1")  # the app shows a "demo — fictional data" banner
        _fill(vault)
    return vault


def is_demo(vault: Vault) -> bool:
    """A demo vault (marked at creation; older ones are known by their owner's name)."""
    return vault.meta("demo") == "1" or vault.meta("owner") == DEMO_OWNER


def _fill(vault: Vault) -> None:
    # Case 1: a detained defender, Russian.
    c1 = cases.add_case(
        vault,
        "Задержание правозащитника Армана Сейткали",
        "Правозащитник задержан в Алматы после публикации о пытках в ИВС; заявляет о жестоком обращении.",
    )
    arman = people.add_person(vault, "Арман Сейткали", role="defender", aliases=["Армана Сейткали", "Arman Seitkali"])
    witness = people.add_person(
        vault,
        "Айгуль Нурланова",
        pseudonym="Свидетель А",
        protected=True,
        role="witness",
        aliases=["Айгуль Нурлановой", "Айгуль Нурланову", "Aigul Nurlanova"],
    )
    officer = people.add_person(vault, "Ержан Бекович", role="official", aliases=["Ержана Бековича"])
    for pid, role in ((arman, "defender"), (witness, "witness"), (officer, "official")):
        people.link_person_to_case(vault, c1, pid, role)
    cases.add_case_event(vault, c1, "2026-03-14", "Задержан у дома, доставлен в ИВС", "arrest")
    cases.add_case_event(vault, c1, "2026-03-16", "Санкционирован арест на два месяца", "hearing")
    cases.add_case_event(vault, c1, "2026-03-20", "Жалоба адвоката в прокуратуру о пытках", "complaint")
    t1 = testimony.add_testimony(
        vault,
        title="Показания Армана Сейткали об обращении в ИВС",
        text=TESTIMONY_RU,
        case_id=c1,
        language="ru",
        people=[(arman, "victim"), (officer, "perpetrator")],
        tags=["violation/torture", "violation/arbitrary-detention", "place/detention-centre"],
    )
    testimony.revise_testimony(
        vault, t1, TESTIMONY_RU + "\n\nДополнение: свидетель А видела, как меня выводили из ИВС хромающим."
    )
    w1 = testimony.add_testimony(
        vault,
        title="Показания свидетеля у здания ИВС",
        text="Я, Айгуль Нурланова, видела 15 марта, как Армана Сейткали выводили из здания. Он хромал и "
        "держался за бок. Айгуль Нурлановой угрожали, чтобы она молчала.",
        case_id=c1,
        language="ru",
        people=[(witness, "witness")],
        tags=["violation/torture"],
    )
    del w1

    # Case 2: peaceful assembly, Kazakh.
    c2 = cases.add_case(
        vault,
        "Жаңаөзендегі бейбіт жиналысқа қатысушыларды ұстау",
        "Бейбіт жиналыстан кейін бірнеше белсенді ұсталды; құқық қорғаушы да ұсталды.",
    )
    kairat = people.add_person(vault, "Қайрат Серікұлы", role="defender", aliases=["Қайрат Серікұлын"])
    people.link_person_to_case(vault, c2, kairat, "defender")
    cases.add_case_event(vault, c2, "2026-04-02", "Жиналыстан кейін ұсталды", "arrest")
    cases.add_case_event(vault, c2, "2026-04-03", "Әкімшілік сот 10 тәулік қамауға алды", "sentence")
    testimony.add_testimony(
        vault,
        title="Жиналысқа қатысушының айғақтары",
        text=TESTIMONY_KK,
        case_id=c2,
        language="kk",
        people=[(kairat, "witness")],
        tags=["violation/freedom-of-assembly", "violation/persecution-of-defenders"],
    )

    # Case 3: forced psychiatric treatment, English.
    c3 = cases.add_case(
        vault,
        "Forced psychiatric treatment of a journalist",
        "A journalist held in a psychiatric hospital without a court order after reporting on corruption.",
    )
    journalist = people.add_person(vault, "Daniyar Omarov", role="victim", pseudonym="Journalist D", protected=True)
    people.link_person_to_case(vault, c3, journalist, "victim")
    cases.add_case_event(vault, c3, "2026-05-10", "Taken from the prosecutor's office to hospital", "arrest")
    testimony.add_testimony(
        vault,
        title="Statement of the journalist's sister",
        text=TESTIMONY_EN,
        case_id=c3,
        language="en",
        people=[(journalist, "victim")],
        tags=["violation/forced-psychiatric-treatment", "violation/freedom-of-expression"],
    )

    _import_media(vault, c1, c2, arman)


def _import_media(vault: Vault, c1: str, c2: str, arman: str) -> None:
    from .intake import import_paths

    with tempfile.TemporaryDirectory(prefix="ev-demo-") as tmp:
        folder = Path(tmp)
        almaty, zhanaozen = (43.2389, 76.8897), (43.3412, 52.8619)
        shots = [
            (
                "Синяки на спине, 17.03",
                almaty,
                (120, 60, 60),
                "injuries-back.jpg",
                datetime(2026, 3, 17, 10, 5, tzinfo=UTC),
            ),
            ("Ссадины на запястьях", almaty, (90, 70, 60), "wrists.jpg", datetime(2026, 3, 17, 10, 7, tzinfo=UTC)),
            ("ИВС, вид с улицы", almaty, (60, 70, 90), "ivs-building.jpg", datetime(2026, 3, 15, 8, 30, tzinfo=UTC)),
        ]
        case1 = [
            write(
                folder / name,
                photo_jpeg(caption, taken=when, lat=pos[0], lon=pos[1], colour=colour, serial="SN-4471-DEMO"),
            )
            for caption, pos, colour, name, when in shots
        ]
        case1.append(
            write(folder / "postanovlenie-sud.pdf", court_decision_pdf("Следственный суд г. Алматы", COURT_DECISION))
        )
        report = import_paths(vault, case1, case_id=c1, tags=["evidence/medical"], people=[(arman, "victim")])
        for imported in report.imported:
            if imported.kind == "document":
                items.untag_item(vault, imported.id, ["evidence/medical"])
                items.tag_item(vault, imported.id, ["evidence/court-decision"])
        square = write(
            folder / "zhanaozen-square.jpg",
            photo_jpeg(
                "Жиналыс, алаң",
                taken=datetime(2026, 4, 2, 12, 0, tzinfo=UTC),
                lat=zhanaozen[0],
                lon=zhanaozen[1],
                colour=(70, 100, 70),
                serial="SN-9921-DEMO",
            ),
        )
        import_paths(vault, [square], case_id=c2, tags=["violation/freedom-of-assembly"])
