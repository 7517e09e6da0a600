"""The dossier's words for its QR code, acquisition records, attachments and signature, in
English, Russian and Kazakh (merged into labels.LABELS)."""

from __future__ import annotations

SIGNING_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "qr_caption": "Chain head (fingerprint, sequence number, hash) as a QR code: compare it with the "
        "sender's vault or with a head recorded earlier (verify --head).",
        "acquisition": "Acquisition",
        "acq_time": "Acquired (UTC)",
        "acq_by": "Acquired by",
        "acq_device": "Device",
        "acq_source": "Source",
        "acq_sender": "Sent by",
        "src_file": "file or folder import",
        "src_bundle": "bundle from a partner vault",
        "src_messenger": "messenger export",
        "src_testimony": "testimony recorded in the vault",
        "src_unknown": "not recorded",
        "relation": "This dossier shows",
        "rel_photo": "a copy re-encoded from the pixels (metadata removed); the original is sealed in the vault",
        "rel_document": "a text excerpt; the original file is sealed in the vault",
        "rel_testimony": "the text of the latest revision; every revision is sealed in the vault",
        "rel_listed": "a listing only; the original file is sealed in the vault",
        "rel_attached": "The original is attached to this PDF as {name}.",
        "rel_redacted": "Names are shown as this edition's pseudonyms.",
        "attachments": "Files attached to this PDF",
        "attachments_text": "This PDF carries {files} (see the embedded files in a PDF reader, or run "
        "pdfdetach -list). The hash list gives size, SHA-256, SHA-1 and MD5 of each file as sealed at intake.",
        "signed_note": "This PDF is signed (PAdES) with this vault's key; the certificate names the vault "
        "fingerprint above.",
    },
    "ru": {
        "qr_caption": "Вершина цепочки (отпечаток, номер, хеш) в виде QR-кода: сравните её с хранилищем "
        "отправителя или с ранее записанной вершиной (verify --head).",
        "acquisition": "Получение",
        "acq_time": "Получено (UTC)",
        "acq_by": "Кем получено",
        "acq_device": "Устройство",
        "acq_source": "Источник",
        "acq_sender": "Отправитель",
        "src_file": "импорт файла или папки",
        "src_bundle": "пакет из хранилища партнёра",
        "src_messenger": "экспорт из мессенджера",
        "src_testimony": "показания, записанные в хранилище",
        "src_unknown": "не записано",
        "relation": "В этом досье",
        "rel_photo": "копия, заново закодированная из пикселей (метаданные удалены); оригинал запечатан в хранилище",
        "rel_document": "фрагмент текста; исходный файл запечатан в хранилище",
        "rel_testimony": "текст последней редакции; все редакции запечатаны в хранилище",
        "rel_listed": "только упоминание; исходный файл запечатан в хранилище",
        "rel_attached": "Оригинал приложен к этому PDF как {name}.",
        "rel_redacted": "Имена показаны псевдонимами этой редакции.",
        "attachments": "Файлы, приложенные к этому PDF",
        "attachments_text": "Этот PDF содержит {files} (откройте панель вложений в программе просмотра PDF "
        "или выполните pdfdetach -list). Список хешей указывает размер, SHA-256, SHA-1 и MD5 каждого файла "
        "на момент приёма.",
        "signed_note": "Этот PDF подписан (PAdES) ключом хранилища; сертификат называет отпечаток хранилища, "
        "указанный выше.",
    },
    "kk": {
        "qr_caption": "Тізбек басы (саусақ ізі, реттік нөмір, хеш) QR-код түрінде: оны жіберушінің "
        "қоймасымен немесе бұрын жазылған баспен салыстырыңыз (verify --head).",
        "acquisition": "Алыну",
        "acq_time": "Алынған уақыты (UTC)",
        "acq_by": "Кім алды",
        "acq_device": "Құрылғы",
        "acq_source": "Дереккөз",
        "acq_sender": "Жіберуші",
        "src_file": "файлды немесе қалтаны импорттау",
        "src_bundle": "серіктес қоймасынан келген пакет",
        "src_messenger": "мессенджерден экспорт",
        "src_testimony": "қоймада жазылған айғақ",
        "src_unknown": "жазылмаған",
        "relation": "Бұл досьеде",
        "rel_photo": "пиксельдерден қайта кодталған көшірме (метадеректер жойылған); түпнұсқа қоймада мөрленген",
        "rel_document": "мәтіннен үзінді; түпнұсқа файл қоймада мөрленген",
        "rel_testimony": "соңғы нұсқаның мәтіні; барлық нұсқалар қоймада мөрленген",
        "rel_listed": "тек тізімде; түпнұсқа файл қоймада мөрленген",
        "rel_attached": "Түпнұсқа осы PDF-ке {name} ретінде тіркелген.",
        "rel_redacted": "Есімдер осы басылымның бүркеншік аттарымен көрсетілген.",
        "attachments": "Осы PDF-ке тіркелген файлдар",
        "attachments_text": "Бұл PDF-те {files} бар (PDF қарау бағдарламасының тіркемелер панелін ашыңыз "
        "немесе pdfdetach -list орындаңыз). Хештер тізімі әр файлдың қабылдау кезіндегі өлшемін, SHA-256, "
        "SHA-1 және MD5 мәндерін береді.",
        "signed_note": "Бұл PDF қойманың кілтімен қол қойылған (PAdES); сертификатта жоғарыдағы қойма "
        "саусақ ізі көрсетілген.",
    },
}
