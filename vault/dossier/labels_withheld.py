"""The dossier's words for what a partner/public edition withholds or ties by commitment, in
English, Russian and Kazakh (merged into labels.LABELS)."""

from __future__ import annotations

WITHHELD_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "why_contains-hidden-name": "withheld: contains a hidden name",
        "why_could-not-check": "withheld: could not be checked ({kind})",
        "why_linked-to-hidden-person": "withheld: depicts or was made by a hidden person",
        "why_chat-members-unchecked": "withheld: a chat whose members are not all recorded people",
        "why_undecodable": "withheld: could not be checked (the image could not be decoded)",
        "why_too-large": "withheld: could not be checked (too large)",
        "why_no-stored-original": "withheld: no stored original",
        "why_may-name-hidden-person": "withheld: may name a hidden person",
        "why_holds-pictures": "withheld: holds pictures (a scan cannot be checked)",
        "why_not-read-completely": "withheld: could not be checked (the document could not be read completely)",
        "why_too-long-to-check": "withheld: too long to check",
        "why_office-not-rendered": "withheld: could not be checked (office documents cannot be shown as page images)",
        "status": "In this edition",
        "shown_sha": "SHA-256 of the text shown",
        "document_text_note": "The document's text as read at intake; hidden people's names are replaced by "
        "pseudonyms. The file itself (its layout, pictures and metadata) is not part of this edition.",
        "commitment": "Commitment to the original",
        "commitment_note": "Under this profile the original's SHA-256 is not printed (it would let a reader "
        "test guessed names). Each exhibit instead carries a salted commitment to its sealed original; the "
        "organisation can reveal the salt to a court, which recomputes the commitment with sha256sum.",
        "rm_items-withheld": "exhibits withheld",
    },
    "ru": {
        "why_contains-hidden-name": "скрыто: содержит скрываемое имя",
        "why_could-not-check": "скрыто: проверить невозможно ({kind})",
        "why_linked-to-hidden-person": "скрыто: изображает скрываемое лицо или создано им",
        "why_chat-members-unchecked": "скрыто: чат, не все участники которого записаны в хранилище",
        "why_undecodable": "скрыто: проверить невозможно (изображение не декодируется)",
        "why_too-large": "скрыто: проверить невозможно (слишком большой файл)",
        "why_no-stored-original": "скрыто: оригинал не сохранён",
        "why_may-name-hidden-person": "скрыто: может называть скрываемое лицо",
        "why_holds-pictures": "скрыто: содержит изображения (скан проверить невозможно)",
        "why_not-read-completely": "скрыто: проверить невозможно (документ не прочитан полностью)",
        "why_too-long-to-check": "скрыто: слишком длинный для проверки",
        "why_office-not-rendered": "скрыто: проверить невозможно (офисный документ нельзя показать страницами)",
        "status": "В этой редакции",
        "shown_sha": "SHA-256 приведённого текста",
        "document_text_note": "Текст документа в том виде, в каком он был прочитан при приёме; имена скрываемых "
        "лиц заменены псевдонимами. Сам файл (его оформление, изображения и метаданные) в эту редакцию не входит.",
        "commitment": "Обязательство (commitment) к оригиналу",
        "commitment_note": "В этом профиле SHA-256 оригинала не печатается (по нему можно было бы проверять "
        "догадки об именах). Вместо него у каждого материала есть «соленое» обязательство к опечатанному "
        "оригиналу; организация может раскрыть соль суду, который пересчитает его командой sha256sum.",
        "rm_items-withheld": "скрытые материалы",
    },
    "kk": {
        "why_contains-hidden-name": "жасырылған: жасырын есімді қамтиды",
        "why_could-not-check": "жасырылған: тексеру мүмкін емес ({kind})",
        "why_linked-to-hidden-person": "жасырылған: жасырын адамды бейнелейді немесе соның жасағаны",
        "why_chat-members-unchecked": "жасырылған: қатысушылары қоймада түгел жазылмаған чат",
        "why_undecodable": "жасырылған: тексеру мүмкін емес (сурет ашылмады)",
        "why_too-large": "жасырылған: тексеру мүмкін емес (файл тым үлкен)",
        "why_no-stored-original": "жасырылған: түпнұсқа сақталмаған",
        "why_may-name-hidden-person": "жасырылған: жасырын адамды атауы мүмкін",
        "why_holds-pictures": "жасырылған: суреттері бар (сканерленген көшірмені тексеру мүмкін емес)",
        "why_not-read-completely": "жасырылған: тексеру мүмкін емес (құжат толық оқылмады)",
        "why_too-long-to-check": "жасырылған: тексеру үшін тым ұзын",
        "why_office-not-rendered": "жасырылған: тексеру мүмкін емес (кеңсе құжатын беттер ретінде көрсету мүмкін емес)",
        "status": "Бұл редакцияда",
        "shown_sha": "Көрсетілген мәтіннің SHA-256",
        "document_text_note": "Құжаттың қабылдау кезінде оқылған мәтіні; жасырылатын адамдардың аттары "
        "бүркеншік аттармен ауыстырылған. Файлдың өзі (безендірілуі, суреттері мен метадеректері) "
        "бұл басылымға кірмейді.",
        "commitment": "Түпнұсқаға міндеттеме (commitment)",
        "commitment_note": "Бұл профильде түпнұсқаның SHA-256 басылмайды (ол арқылы есімдерді болжап "
        "тексеруге болар еді). Оның орнына әр материалда мөрленген түпнұсқаға «тұзды» міндеттеме бар; ұйым "
        "тұзды сотқа аша алады, сот оны sha256sum арқылы қайта есептейді.",
        "rm_items-withheld": "жасырылған материалдар",
    },
}
