"""Given names that are also ordinary words.

Вера (faith), Надежда (hope), Любовь (love), Арман (dream), Бақыт (happiness), Жұлдыз (star),
Әділет (justice)... Alone and in lower case they are almost always the word, so such a name
part counts only when capitalised (or beside another part of the same person's name). A
capitalised word at the start of a sentence is still replaced: over-redaction, not a leak.
Measured in docs/protection-matcher.md.
"""

from __future__ import annotations

from .translit import key

_WORDS = """
вера надежда любовь слава роман лев мир роза лилия зоя ангелина виктория майя
арман бақыт жұлдыз сәуле алма гүл нұр ай мұрат әділет берік самал дәулет сабыр қуаныш шолпан
әсем ерік мейрам ақниет ақерке айша бота гүлім жанар жаннат ләззат мерей мөлдір нәзік сұлу
талант тұмар үміт қайрат ерлік бейбіт тыныштық ынтымақ бірлік байлық болат темір алтын күміс
асыл маржан інжу гауһар жасмин нарғыз дана ару аяу нәрсе мақсат марат жеңіс
айна ерке сая ұлан бек қанат азамат ардақ серік мирас мұрагер сұлтан хан батыр арыстан бөрі
қыран сұңқар ғалым ақын әділ раушан айнұр ақмарал нұрлы лада марина ева
"""

WORD_NAMES = frozenset(key(w) for w in _WORDS.split())

# Kinship words and titles that people write into an alias ("тётя Гуля", "Гүлнара апай",
# "г-жа Сейтқазиева"): not parts of the name, or every "Мама" would be replaced.
_TITLES = """
г гн гжа госпожа господин гражданка гражданин тётя тетя дядя мама папа баба бабушка дедушка
сестра брат апа апай апайы әпке аға ағай ата әже жеңеше жеңге келін қарындас сіңлі іні бауыр
мырза ханым ханымы бике апке ака ага эже мать отец сын дочь жена муж
mr mrs ms miss dr sir madam
"""
TITLES = frozenset(key(w) for w in _TITLES.split())
