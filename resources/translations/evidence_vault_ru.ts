<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Evidence Vault</source>
        <translation>О программе Evidence Vault</translation>
    </message>
    <message>
        <source>Evidence Vault %1</source>
        <translation>Evidence Vault %1</translation>
    </message>
    <message>
        <source>An offline, encrypted evidence store for human-rights monitors. It never opens a network connection. The components below do the encryption; their versions let an auditor check this build.</source>
        <translation>Автономное зашифрованное хранилище доказательств для правозащитников-мониторов. Программа никогда не открывает сетевых соединений. Шифрование выполняют перечисленные ниже компоненты; их версии позволяют аудитору проверить эту сборку.</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Копировать версии</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>The vault was wiped: its keys first, then its files.</source>
        <translation>Хранилище уничтожено: сначала его ключи, затем файлы.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Резервная копия хранилища</translation>
    </message>
    <message>
        <source>The backup is a complete copy of the vault, encrypted like the vault itself. It opens with the same passphrase. Later backups to the same folder copy only what is new.</source>
        <translation>Резервная копия — полная копия хранилища, зашифрованная так же, как оно само. Она открывается той же парольной фразой. Следующие копии в ту же папку дописывают только новое.</translation>
    </message>
    <message>
        <source>a folder on a USB disk: new, empty, or an earlier backup</source>
        <translation>папка на USB-диске: новая, пустая или прежняя резервная копия</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Сделать копию</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Отменить копирование</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Выберите папку для резервной копии</translation>
    </message>
    <message>
        <source>Copying the database and the new files…</source>
        <translation>Копируются база данных и новые файлы…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Backup finished: %1 items; %2 new files (%3) copied. It opens with the same passphrase.</source>
        <translation>Копирование завершено: материалов — %1; скопировано новых файлов — %2 (%3). Копия открывается той же парольной фразой.</translation>
    </message>
    <message>
        <source>Backup cancelled. The previous backup in that folder is intact.</source>
        <translation>Копирование отменено. Прежняя резервная копия в этой папке не повреждена.</translation>
    </message>
</context>
<context>
    <name>BuiltinTags</name>
    <message>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Torture and ill-treatment</source>
        <translation>Пытки и жестокое обращение</translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation>Произвольное задержание</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>Насильственное исчезновение</translation>
    </message>
    <message>
        <source>Forced psychiatric treatment</source>
        <translation>Принудительное психиатрическое лечение</translation>
    </message>
    <message>
        <source>Unfair trial</source>
        <translation>Несправедливое судебное разбирательство</translation>
    </message>
    <message>
        <source>Freedom of peaceful assembly</source>
        <translation>Свобода мирных собраний</translation>
    </message>
    <message>
        <source>Freedom of expression and media</source>
        <translation>Свобода выражения мнений и СМИ</translation>
    </message>
    <message>
        <source>Freedom of association</source>
        <translation>Свобода объединений</translation>
    </message>
    <message>
        <source>Freedom of religion or belief</source>
        <translation>Свобода вероисповедания и убеждений</translation>
    </message>
    <message>
        <source>Persecution of human rights defenders</source>
        <translation>Преследование правозащитников</translation>
    </message>
    <message>
        <source>Right to life</source>
        <translation>Право на жизнь</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Дискриминация</translation>
    </message>
    <message>
        <source>Reprisals for cooperation with the UN</source>
        <translation>Репрессии за сотрудничество с ООН</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Detention centre (SIZO, IVS)</source>
        <translation>Место содержания под стражей (СИЗО, ИВС)</translation>
    </message>
    <message>
        <source>Penal colony</source>
        <translation>Исправительная колония</translation>
    </message>
    <message>
        <source>Psychiatric hospital</source>
        <translation>Психиатрическая больница</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Medical report</source>
        <translation>Медицинское заключение</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Судебное решение</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Official reply</source>
        <translation>Официальный ответ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Needs verification</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Конфиденциально</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Send a case to partners (encrypted bundle)</source>
        <translation>Передача дела партнёрам (зашифрованный пакет)</translation>
    </message>
    <message>
        <source>Also encrypt to this vault, so it can be re-opened here</source>
        <translation>Зашифровать также для этого хранилища, чтобы пакет можно было открыть здесь</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>Контакты…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Экспортировать пакет</translation>
    </message>
    <message>
        <source>No partner contacts yet: add their keys under Contacts…</source>
        <translation>Контактов партнёров пока нет: добавьте их ключи в разделе «Контакты…»</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Сохранить пакет как</translation>
    </message>
    <message>
        <source>age-encrypted bundles (*.age)</source>
        <translation>пакеты, зашифрованные age (*.age)</translation>
    </message>
    <message>
        <source>Tick at least one partner (or “also encrypt to this vault”).</source>
        <translation>Отметьте хотя бы одного партнёра (или «зашифровать также для этого хранилища»).</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Выберите, куда сохранить пакет.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Файл с таким именем уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Preparing the items…</source>
        <translation>Подготовка материалов…</translation>
    </message>
    <message>
        <source>Encrypting and writing…</source>
        <translation>Шифрование и запись…</translation>
    </message>
    <message>
        <source>Bundle written.</source>
        <translation>Пакет сохранён.</translation>
    </message>
    <message>
        <source>%1 files, %2 withheld, %3
SHA-256: %4
Saved to: %5</source>
        <translation>Файлов: %1, не передано: %2, %3
SHA-256: %4
Сохранено в: %5</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import a bundle from a partner</source>
        <translation>Импорт пакета от партнёра</translation>
    </message>
    <message>
        <source>a .age file received from a partner</source>
        <translation>файл .age, полученный от партнёра</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>What the bundle says</source>
        <translation>Сведения из пакета</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Неизвестный отправитель</translation>
    </message>
    <message>
        <source>name to record for this sender</source>
        <translation>имя, под которым записать отправителя</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender by phone or in person, and it matches: accept and record this sender</source>
        <translation>Я сверил(а) отпечаток с отправителем по телефону или лично, и он совпадает: принять и записать этого отправителя</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Выберите пакет</translation>
    </message>
    <message>
        <source>Bundles (*.age);;All files (*)</source>
        <translation>Пакеты (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking the bundle&apos;s signature…</source>
        <translation>Проверка подписи пакета…</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>это хранилище</translation>
    </message>
    <message>
        <source>unknown — not one of your contacts</source>
        <translation>неизвестен — нет среди ваших контактов</translation>
    </message>
    <message>
        <source>%1 items: %2 files, %3 withheld by the sender&apos;s profile</source>
        <translation>Материалов: %1; файлов: %2, не передано по профилю отправителя: %3</translation>
    </message>
    <message>
        <source>This bundle is correctly signed, but by a key that is not one of your contacts. Anyone can make a key and claim a name. Call the sender on a phone number you already know (not one given with the bundle), and ask them to read their fingerprint aloud. It must match exactly:

%1

If it differs, do not import the bundle.</source>
        <translation>Пакет подписан правильно, но ключом, которого нет среди ваших контактов. Любой может создать ключ и назваться чужим именем. Позвоните отправителю по номеру телефона, который вы уже знаете (не по номеру, присланному вместе с пакетом), и попросите зачитать отпечаток. Он должен совпадать полностью:

%1

Если он отличается, не импортируйте пакет.</translation>
    </message>
    <message>
        <source>Sender %1</source>
        <translation>Отправитель %1</translation>
    </message>
    <message>
        <source>Decrypting and checking every file…</source>
        <translation>Расшифровка и проверка каждого файла…</translation>
    </message>
    <message>
        <source>Import finished. Every file and the sender&apos;s custody history were verified.</source>
        <translation>Импорт завершён. Каждый файл и история цепочки хранения отправителя проверены.</translation>
    </message>
    <message>
        <source>%1 imported, %2 already present, %3 withheld by the sender&apos;s profile</source>
        <translation>импортировано: %1, уже было: %2, не передано по профилю отправителя: %3</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Импорт отменён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The sender is not one of your contacts. Nothing was imported.</source>
        <translation>Отправителя нет среди ваших контактов. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle was refused and nothing was imported. Reason: %1</source>
        <translation>Пакет отклонён, ничего не импортировано. Причина: %1</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>Изменить дело</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Describe the event before adding it.</source>
        <translation>Опишите событие, прежде чем добавить его.</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Укажите название дела.</translation>
    </message>
</context>
<context>
    <name>CaseLinker</name>
    <message>
        <source>Case to add this item to</source>
        <translation>Дело, в которое добавить этот материал</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Добавить в дело</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>Убрать из дела</translation>
    </message>
    <message>
        <source>Take this item out of the case selected above</source>
        <translation>Убрать этот материал из дела, выбранного выше</translation>
    </message>
</context>
<context>
    <name>CaseOverviewWidget</name>
    <message>
        <source>Edit case…</source>
        <translation>Изменить дело…</translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation>Досье…</translation>
    </message>
    <message>
        <source>Export this case as a PDF dossier</source>
        <translation>Экспортировать это дело как досье в PDF</translation>
    </message>
    <message>
        <source>Bundle…</source>
        <translation>Пакет…</translation>
    </message>
    <message>
        <source>Send this case to partners as an encrypted bundle</source>
        <translation>Передать это дело партнёрам зашифрованным пакетом</translation>
    </message>
    <message>
        <source>Nobody linked yet. Drag items onto a person, or link one in “Tags &amp; links”.</source>
        <translation>Пока никто не связан. Перетащите материалы на лицо или свяжите его во вкладке «Теги и связи».</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>No summary yet: “Edit case…” adds one.</source>
        <translation>Краткого описания пока нет: его можно добавить через «Изменить дело…».</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>под защитой</translation>
    </message>
</context>
<context>
    <name>CenterPane</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Case overview</source>
        <translation>Обзор дела</translation>
    </message>
    <message>
        <source>Person overview</source>
        <translation>Обзор лица</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Материалы (%1)</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Evidence Vault keeps testimonies, documents, photos and recordings encrypted in one folder on this computer. Nothing leaves it unless you export it.</source>
        <translation>Evidence Vault хранит показания, документы, фотографии и записи в зашифрованном виде в одной папке на этом компьютере. Ничто не покидает её, пока вы сами не выполните экспорт.</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Создать новое хранилище…</translation>
    </message>
    <message>
        <source>Open an existing vault…</source>
        <translation>Открыть существующее хранилище…</translation>
    </message>
    <message>
        <source>Recent vaults on this computer</source>
        <translation>Недавние хранилища на этом компьютере</translation>
    </message>
    <message>
        <source>Double-click to open. Only vaults you opened here are listed.</source>
        <translation>Дважды щёлкните, чтобы открыть. В списке только хранилища, которые вы открывали здесь.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <source>Forgets the folder&apos;s path on this computer; the vault is not touched.</source>
        <translation>Забывает путь к папке на этом компьютере; само хранилище не затрагивается.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Welcome to Evidence Vault</source>
        <translation>Добро пожаловать в Evidence Vault</translation>
    </message>
</context>
<context>
    <name>ChronologyEditor</name>
    <message>
        <source>Add entry…</source>
        <translation>Добавить запись…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>No entries yet. Add what happened and when (detention, complaint, hearing, decision) with “Add entry…”; the dossier prints them as the case&apos;s chronology.</source>
        <translation>Записей пока нет. Добавьте, что и когда произошло (задержание, жалоба, заседание, решение), кнопкой «Добавить запись…»; в досье они войдут как хронология дела.</translation>
    </message>
    <message>
        <source>Remove chronology entry</source>
        <translation>Удаление записи хронологии</translation>
    </message>
    <message>
        <source>Remove the entry of %1 from the chronology? The custody log keeps a record that it was removed.</source>
        <translation>Удалить запись от %1 из хронологии? В журнале цепочки хранения останется отметка об удалении.</translation>
    </message>
</context>
<context>
    <name>ChronologyModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts and keys</source>
        <translation>Контакты и ключи</translation>
    </message>
    <message>
        <source>This vault — give these public keys to your partners</source>
        <translation>Это хранилище — передайте эти открытые ключи партнёрам</translation>
    </message>
    <message>
        <source>Recipient (encrypt to)</source>
        <translation>Получатель (шифровать для)</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Read the fingerprint to your partner by phone or in person: if theirs matches, the keys were not swapped on the way.</source>
        <translation>Зачитайте отпечаток партнёру по телефону или при встрече: если он совпадает с их отпечатком, ключи не были подменены по пути.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Remove contact…</source>
        <translation>Удалить контакт…</translation>
    </message>
    <message>
        <source>the partner organisation</source>
        <translation>организация-партнёр</translation>
    </message>
    <message>
        <source>base64 or 64 hex digits</source>
        <translation>base64 или 64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Добавить партнёра</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Скопировано.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Укажите имя контакта.</translation>
    </message>
    <message>
        <source>The recipient is an age public key: it starts with “age1”.</source>
        <translation>Получатель — это открытый ключ age: он начинается с «age1».</translation>
    </message>
    <message>
        <source>Paste the partner&apos;s signing key (base64 or hex).</source>
        <translation>Вставьте ключ подписи партнёра (base64 или hex).</translation>
    </message>
    <message>
        <source>Contact added. Compare its fingerprint with the partner by phone.</source>
        <translation>Контакт добавлен. Сверьте его отпечаток с партнёром по телефону.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Удаление контакта</translation>
    </message>
    <message>
        <source>Remove “%1”? Bundles can no longer be sent to this partner, and bundles signed by them will be refused until the contact is added again.</source>
        <translation>Удалить «%1»? Пакеты больше нельзя будет отправить этому партнёру, а подписанные им пакеты будут отклоняться, пока контакт не будет добавлен снова.</translation>
    </message>
    <message>
        <source>Contact removed.</source>
        <translation>Контакт удалён.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>e.g. your organisation or initials (recorded in the custody log)</source>
        <translation>например, ваша организация или инициалы (записываются в журнал цепочки хранения)</translation>
    </message>
    <message>
        <source>Choose a long passphrase (several words). It is never stored; without it or the recovery key nobody, including us, can open the vault.</source>
        <translation>Выберите длинную парольную фразу (несколько слов). Она нигде не сохраняется; без неё или ключа восстановления никто, включая нас, не сможет открыть хранилище.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторите</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Создание нового хранилища</translation>
    </message>
    <message>
        <source>Creating the vault… (measuring this computer&apos;s speed for the key)</source>
        <translation>Создание хранилища… (измеряется скорость этого компьютера для ключа)</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Выберите папку для хранилища.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Please type them again.</source>
        <translation>Парольные фразы не совпадают. Введите их ещё раз.</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>“%1”</source>
        <comment>quotation marks around a name or title</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>an internal</source>
        <translation>для внутреннего пользования</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>для партнёра</translation>
    </message>
    <message>
        <source>a public</source>
        <translation>для публикации</translation>
    </message>
    <message>
        <source>a person no longer in the vault</source>
        <translation>человек, которого больше нет в хранилище</translation>
    </message>
    <message>
        <source>a case no longer in the vault</source>
        <translation>дело, которого больше нет в хранилище</translation>
    </message>
    <message>
        <source>, in the case %1</source>
        <translation>, в дело %1</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, с участием: %1</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>краткое описание</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>the pseudonym</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>the other spellings</source>
        <translation>другие написания</translation>
    </message>
    <message>
        <source>the protection</source>
        <translation>защита</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>Created the vault</source>
        <translation>Создано хранилище</translation>
    </message>
    <message>
        <source>Imported “%1”</source>
        <translation>Импортирован файл «%1»</translation>
    </message>
    <message>
        <source>Imported a file</source>
        <translation>Импортирован файл</translation>
    </message>
    <message>
        <source>Recorded a testimony</source>
        <translation>Записаны показания</translation>
    </message>
    <message>
        <source>Saved revision %1 of the testimony</source>
        <translation>Сохранена редакция %1 показаний</translation>
    </message>
    <message>
        <source>(from a partner&apos;s bundle)</source>
        <translation>(из пакета партнёра)</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>Добавлен тег %1</translation>
    </message>
    <message>
        <source>Removed the tag %1</source>
        <translation>Удалён тег %1</translation>
    </message>
    <message>
        <source>Added to the case %1</source>
        <translation>Добавлено в дело %1</translation>
    </message>
    <message>
        <source>Taken out of the case %1</source>
        <translation>Исключено из дела %1</translation>
    </message>
    <message>
        <source>Linked %1 as %2</source>
        <translation>Связан(а) %1 как %2</translation>
    </message>
    <message>
        <source>Linked %1</source>
        <translation>Связан(а) %1</translation>
    </message>
    <message>
        <source>Unlinked %1</source>
        <translation>Отвязан(а) %1</translation>
    </message>
    <message>
        <source>Opened the original for viewing</source>
        <translation>Оригинал открыт для просмотра</translation>
    </message>
    <message>
        <source>Saved the vault&apos;s partner identity to a file</source>
        <translation>Ключ хранилища для партнёров сохранён в файл</translation>
    </message>
    <message>
        <source>Saved a copy of the original out of the vault</source>
        <translation>Копия оригинала сохранена вне хранилища</translation>
    </message>
    <message>
        <source>Exported %1 dossier</source>
        <translation>Экспортировано досье %1</translation>
    </message>
    <message>
        <source>with a password</source>
        <translation>с паролем</translation>
    </message>
    <message>
        <source>Exported %1 bundle</source>
        <translation>Экспортирован пакет %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>для: %1</translation>
    </message>
    <message>
        <source>Received from %1&apos;s bundle</source>
        <translation>Получено из пакета от %1</translation>
    </message>
    <message>
        <source>Received from a partner&apos;s bundle</source>
        <translation>Получено из пакета партнёра</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Destroyed the stored file: %1</source>
        <translation>Хранимый файл уничтожен: %1</translation>
    </message>
    <message>
        <source>Changed the passphrase</source>
        <translation>Изменена парольная фраза</translation>
    </message>
    <message>
        <source>Opened with the recovery key and set a new passphrase</source>
        <translation>Открыто ключом восстановления, задана новая парольная фраза</translation>
    </message>
    <message>
        <source>Received the case %1 from a partner</source>
        <translation>Получено дело %1 от партнёра</translation>
    </message>
    <message>
        <source>Created the case %1</source>
        <translation>Создано дело %1</translation>
    </message>
    <message>
        <source>Removed a chronology entry</source>
        <translation>Удалена запись хронологии</translation>
    </message>
    <message>
        <source>Edited a chronology entry (%1)</source>
        <translation>Изменена запись хронологии (%1)</translation>
    </message>
    <message>
        <source>Added a chronology entry (%1)</source>
        <translation>Добавлена запись хронологии (%1)</translation>
    </message>
    <message>
        <source>Received %1 from a partner</source>
        <translation>Получен(а) от партнёра: %1</translation>
    </message>
    <message>
        <source>Added %1 (protected)</source>
        <translation>Добавлен(а) %1 (под защитой)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Добавлен(а) %1</translation>
    </message>
    <message>
        <source>Removed the partner %1</source>
        <translation>Удалён партнёр %1</translation>
    </message>
    <message>
        <source>Added the partner %1</source>
        <translation>Добавлен партнёр %1</translation>
    </message>
    <message>
        <source>Changed the vault settings</source>
        <translation>Изменены настройки хранилища</translation>
    </message>
</context>
<context>
    <name>CustodyActions</name>
    <message>
        <source>create</source>
        <comment>custody event: the vault was created</comment>
        <translation>создание хранилища</translation>
    </message>
    <message>
        <source>import</source>
        <comment>custody event: a file was imported</comment>
        <translation>импорт</translation>
    </message>
    <message>
        <source>testimony</source>
        <comment>custody event: a testimony was recorded</comment>
        <translation>запись показаний</translation>
    </message>
    <message>
        <source>revise</source>
        <comment>custody event: a new revision of a testimony</comment>
        <translation>новая редакция</translation>
    </message>
    <message>
        <source>edit</source>
        <comment>custody event: a record was edited</comment>
        <translation>изменение</translation>
    </message>
    <message>
        <source>tag</source>
        <comment>custody event: a tag was added</comment>
        <translation>добавление тега</translation>
    </message>
    <message>
        <source>untag</source>
        <comment>custody event: a tag was removed</comment>
        <translation>удаление тега</translation>
    </message>
    <message>
        <source>link</source>
        <comment>custody event: linked to a person or case</comment>
        <translation>связывание</translation>
    </message>
    <message>
        <source>unlink</source>
        <comment>custody event: a link was removed</comment>
        <translation>удаление связи</translation>
    </message>
    <message>
        <source>view</source>
        <comment>custody event: the original was opened for viewing</comment>
        <translation>просмотр</translation>
    </message>
    <message>
        <source>extract</source>
        <comment>custody event: the original was saved out of the vault</comment>
        <translation>извлечение</translation>
    </message>
    <message>
        <source>export</source>
        <comment>custody event: exported in a dossier or bundle</comment>
        <translation>экспорт</translation>
    </message>
    <message>
        <source>receive</source>
        <comment>custody event: received from a partner&apos;s bundle</comment>
        <translation>получение</translation>
    </message>
    <message>
        <source>delete</source>
        <comment>custody event: deleted</comment>
        <translation>удаление</translation>
    </message>
    <message>
        <source>destroy</source>
        <comment>custody event: the stored bytes were destroyed</comment>
        <translation>уничтожение</translation>
    </message>
    <message>
        <source>passphrase</source>
        <comment>custody event: the passphrase was changed</comment>
        <translation>смена парольной фразы</translation>
    </message>
    <message>
        <source>recover</source>
        <comment>custody event: opened with the recovery key</comment>
        <translation>открытие ключом восстановления</translation>
    </message>
    <message>
        <source>case</source>
        <comment>custody event: a case was created or changed</comment>
        <translation>изменение дела</translation>
    </message>
    <message>
        <source>case-event</source>
        <comment>custody event: a chronology entry was added</comment>
        <translation>запись хронологии</translation>
    </message>
    <message>
        <source>person</source>
        <comment>custody event: a person record was created or changed</comment>
        <translation>изменение сведений о лице</translation>
    </message>
    <message>
        <source>contact</source>
        <comment>custody event: a partner contact was added or removed</comment>
        <translation>изменение контактов</translation>
    </message>
    <message>
        <source>settings</source>
        <comment>custody event: vault settings were changed</comment>
        <translation>изменение настроек</translation>
    </message>
    <message>
        <source>backup</source>
        <comment>custody event: a backup copy of the vault was made</comment>
        <translation>резервная копия</translation>
    </message>
    <message>
        <source>escrow</source>
        <comment>custody event: the header escrowed with a partner</comment>
        <translation>заголовок передан партнёру</translation>
    </message>
    <message>
        <source>travel-start</source>
        <comment>custody event: travel mode started</comment>
        <translation>начало режима поездки</translation>
    </message>
    <message>
        <source>travel-end</source>
        <comment>custody event: travel mode ended</comment>
        <translation>конец режима поездки</translation>
    </message>
    <message>
        <source>duress-set</source>
        <comment>custody event: a duress passphrase was set</comment>
        <translation>задана фраза под принуждением</translation>
    </message>
    <message>
        <source>recovery-split</source>
        <comment>custody event: recovery shares made</comment>
        <translation>ключ восстановления разделён</translation>
    </message>
    <message>
        <source>provenance</source>
        <comment>custody event: proof carried by the file was checked</comment>
        <translation>проверка происхождения</translation>
    </message>
</context>
<context>
    <name>CustodyBox</name>
    <message>
        <source>No custody events yet.</source>
        <translation>Событий цепочки хранения пока нет.</translation>
    </message>
    <message>
        <source>signatures verified</source>
        <translation>подписи проверены</translation>
    </message>
    <message>
        <source>signature check FAILED — run Verify vault</source>
        <translation>проверка подписей НЕ ПРОЙДЕНА — запустите проверку хранилища</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Last: %1, %2</source>
        <translation>Последнее: %1, %2</translation>
    </message>
    <message>
        <source>Hash of the last event: %1</source>
        <translation>Хеш последнего события: %1</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверена</translation>
    </message>
    <message>
        <source>does not verify</source>
        <translation>не проходит проверку</translation>
    </message>
    <message>
        <source>SHA-256 of the event: %1 (double-click to copy)</source>
        <translation>SHA-256 события: %1 (двойной щелчок — скопировать)</translation>
    </message>
    <message>
        <source>The event&apos;s hash and signature check out under this vault&apos;s key.</source>
        <translation>Хеш и подпись события верны для ключа этого хранилища.</translation>
    </message>
    <message>
        <source>This event&apos;s hash or signature does not check out: run Vault ▸ Verify vault…</source>
        <translation>Хеш или подпись этого события не сходятся: запустите Хранилище ▸ Проверить хранилище…</translation>
    </message>
</context>
<context>
    <name>CustodyPanel</name>
    <message>
        <source>Copy event hash</source>
        <translation>Копировать хеш события</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Edit testimony…</source>
        <translation>Изменить показания…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Исходное имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Копировать SHA-256</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>People and cases</source>
        <translation>Лица и дела</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Tags &amp;&amp; links</source>
        <translation>Теги и связи</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Редакции</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Выберите материал, чтобы увидеть сведения о нём.</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>под защитой</translation>
    </message>
    <message>
        <source>Person: %1 (%2)</source>
        <translation>Лицо: %1 (%2)</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Дело: %1</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Export a case dossier (PDF)</source>
        <translation>Экспорт досье по делу (PDF)</translation>
    </message>
    <message>
        <source>e.g. your organisation (printed on the cover)</source>
        <translation>например, ваша организация (печатается на обложке)</translation>
    </message>
    <message>
        <source>optional: the PDF then opens only with it (AES-256)</source>
        <translation>необязательно: тогда PDF откроется только с ним (AES-256)</translation>
    </message>
    <message>
        <source>repeat the password</source>
        <translation>повторите пароль</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Подготовлено</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Sign (PAdES, certificate named after this vault&apos;s fingerprint)</source>
        <translation>Подписать (PAdES, сертификат назван по отпечатку этого хранилища)</translation>
    </message>
    <message>
        <source>A password-protected dossier is not PDF/A and carries no attached originals.</source>
        <translation>Досье с паролем не соответствует PDF/A и не содержит приложенных оригиналов.</translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation>Сохранить досье как</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The two passwords differ. Please type them again.</source>
        <translation>Пароли не совпадают. Введите их ещё раз.</translation>
    </message>
    <message>
        <source>Choose where to save the dossier.</source>
        <translation>Выберите, куда сохранить досье.</translation>
    </message>
    <message>
        <source>Collecting the case…</source>
        <translation>Сбор материалов дела…</translation>
    </message>
    <message>
        <source>Preparing photos (re-encoded without metadata)…</source>
        <translation>Подготовка фотографий (перекодирование без метаданных)…</translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Запись файла…</translation>
    </message>
    <message>
        <source>Dossier written.</source>
        <translation>Досье сохранено.</translation>
    </message>
    <message>
        <source>%1 pages
SHA-256: %2
Saved to: %3</source>
        <translation>Страниц: %1
SHA-256: %2
Сохранено в: %3</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No results for “%1”. Check the spelling, try fewer or shorter words, or search All items (click it on the left).</source>
        <translation>Ничего не найдено по запросу «%1». Проверьте написание, возьмите меньше слов или слова короче, либо ищите во всех материалах (щёлкните «Все материалы» слева).</translation>
    </message>
    <message>
        <source>No items in this case yet. Drag items from All items onto the case on the left, or choose “Add to case” in an item&apos;s menu (right click). Files imported while this case is selected are added to it.</source>
        <translation>В этом деле пока нет материалов. Перетащите материалы из «Все материалы» на дело слева или выберите «Добавить в дело» в меню материала (правый щелчок). Файлы, импортированные при выбранном деле, добавляются в него.</translation>
    </message>
    <message>
        <source>No items linked to this person yet. Drag items onto the person on the left, or choose “Link person with role” in an item&apos;s menu (right click).</source>
        <translation>С этим лицом пока не связано ни одного материала. Перетащите материалы на лицо слева или выберите «Связать с лицом (с ролью)» в меню материала (правый щелчок).</translation>
    </message>
    <message>
        <source>No items here yet.</source>
        <translation>Здесь пока нет материалов.</translation>
    </message>
    <message>
        <source>This vault is empty. Import photos, documents and recordings with Vault ▸ Import files… (Ctrl+I) or by dragging them onto this window, or write a testimony with Records ▸ New testimony…</source>
        <translation>Хранилище пусто. Импортируйте фото, документы и записи через Хранилище ▸ Импорт файлов… (Ctrl+I) или перетащив их в это окно, либо запишите показания через Записи ▸ Новые показания…</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit chronology entry</source>
        <translation>Изменение записи хронологии</translation>
    </message>
    <message>
        <source>New chronology entry</source>
        <translation>Новая запись хронологии</translation>
    </message>
    <message>
        <source>What happened, where, who was involved</source>
        <translation>Что произошло, где, кто участвовал</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase did not open this vault. Nothing was changed; please try again.</source>
        <translation>Эта парольная фраза не открывает хранилище. Ничего не изменено; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The bundle was refused and nothing was imported: %1</source>
        <translation>Пакет отклонён, ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>An integrity check failed: this data may have been altered.</source>
        <translation>Проверка целостности не пройдена: данные могли быть изменены.</translation>
    </message>
    <message>
        <source>This vault is in travel mode: its keys are with your partner organisation. Ask them for the header, then end travel mode.</source>
        <translation>Хранилище в режиме поездки: его ключи хранятся у организации-партнёра. Попросите у них заголовок, затем завершите режим поездки.</translation>
    </message>
    <message>
        <source>The vault looks damaged: %1</source>
        <translation>Хранилище, по-видимому, повреждено: %1</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать файл: %1</translation>
    </message>
    <message>
        <source>This record is no longer in the vault (it may have been deleted meanwhile).</source>
        <translation>Этой записи больше нет в хранилище (возможно, её тем временем удалили).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). Please try again; if it happens again, run Vault ▸ Verify vault…</source>
        <translation>Произошла непредвиденная ошибка (%1). Попробуйте ещё раз; если она повторится, запустите Хранилище ▸ Проверить хранилище…</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Arrest</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Судебное заседание</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Этапирование</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>Export &amp;dossier (PDF)…</source>
        <translation>Экспорт &amp;досье (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Send case to partners…</source>
        <translation>&amp;Передать дело партнёрам…</translation>
    </message>
    <message>
        <source>&amp;Import bundle from a partner…</source>
        <translation>&amp;Импорт пакета от партнёра…</translation>
    </message>
    <message>
        <source>&amp;Contacts and keys…</source>
        <translation>&amp;Контакты и ключи…</translation>
    </message>
    <message>
        <source>&amp;About Evidence Vault</source>
        <translation>&amp;О программе Evidence Vault</translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Экспорт отменён. Файл не записан.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>There is no case yet. Create a case and add items to it first.</source>
        <translation>Дел пока нет. Сначала создайте дело и добавьте в него материалы.</translation>
    </message>
</context>
<context>
    <name>ExportDoneButtons</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Opens the exported file with this computer&apos;s viewer.</source>
        <translation>Открывает экспортированный файл программой просмотра этого компьютера.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
</context>
<context>
    <name>ExportNames</name>
    <message>
        <source>internal</source>
        <translation>внутреннее</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>для партнёра</translation>
    </message>
    <message>
        <source>public</source>
        <translation>публичное</translation>
    </message>
    <message>
        <source>Dossier, %1, %2 (%3).pdf</source>
        <translation>Досье, %1, %2 (%3).pdf</translation>
    </message>
    <message>
        <source>Bundle, %1, %2 (%3).age</source>
        <translation>Пакет, %1, %2 (%3).age</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Internal: everything, for your own organisation</source>
        <translation>Внутренний: всё, для своей организации</translation>
    </message>
    <message>
        <source>Partner: protected people pseudonymised, originals only if cleared</source>
        <translation>Партнёр: защищаемые лица под псевдонимами, оригиналы только с разрешения</translation>
    </message>
    <message>
        <source>Public: everyone not marked public pseudonymised, originals only if cleared</source>
        <translation>Публично: все, кто не отмечен как публичный, под псевдонимами, оригиналы только с разрешения</translation>
    </message>
    <message>
        <source>Protected people shown by pseudonym</source>
        <translation>Лица под защитой указаны под псевдонимом</translation>
    </message>
    <message>
        <source>People not marked public shown by pseudonym</source>
        <translation>Лица, не отмеченные как публичные, показаны под псевдонимами</translation>
    </message>
    <message>
        <source>Victims and witnesses shown by pseudonym</source>
        <translation>Потерпевшие и свидетели указаны под псевдонимом</translation>
    </message>
    <message>
        <source>Name mentions replaced by pseudonyms</source>
        <translation>Упоминания имён заменены псевдонимами</translation>
    </message>
    <message>
        <source>Words close to a hidden name replaced by pseudonyms</source>
        <translation>Слова, похожие на скрытое имя, заменены псевдонимами</translation>
    </message>
    <message>
        <source>Phone numbers in text replaced</source>
        <translation>Номера телефонов в тексте заменены</translation>
    </message>
    <message>
        <source>Personal identity numbers (IIN) in text replaced</source>
        <translation>ИИН в тексте заменены</translation>
    </message>
    <message>
        <source>Recorded pseudonyms too close to a name, replaced</source>
        <translation>Записанные псевдонимы, слишком близкие к имени, заменены</translation>
    </message>
    <message>
        <source>GPS positions removed</source>
        <translation>GPS-координаты удалены</translation>
    </message>
    <message>
        <source>Device serial numbers and owner fields removed</source>
        <translation>Серийные номера устройств и данные владельца удалены</translation>
    </message>
    <message>
        <source>Locations coarsened</source>
        <translation>Места указаны обобщённо</translation>
    </message>
    <message>
        <source>Original file names withheld</source>
        <translation>Исходные имена файлов скрыты</translation>
    </message>
    <message>
        <source>Aliases carrying a hidden name withheld</source>
        <translation>Варианты имени, содержащие скрытое имя, не переданы</translation>
    </message>
    <message>
        <source>Images re-encoded without metadata</source>
        <translation>Изображения перекодированы без метаданных</translation>
    </message>
</context>
<context>
    <name>FieldMenu</name>
    <message>
        <source>&amp;Back up to…</source>
        <translation>&amp;Резервная копия в…</translation>
    </message>
    <message>
        <source>Split recovery key among &amp;colleagues…</source>
        <translation>Разделить ключ восстановления между &amp;коллегами…</translation>
    </message>
    <message>
        <source>&amp;Wipe vault…</source>
        <translation>&amp;Уничтожить хранилище…</translation>
    </message>
    <message>
        <source>The vault was not closed properly last time (a power cut or a crash). %1 unfinished file(s) of an interrupted write were cleaned up; nothing that was saved was lost.</source>
        <translation>В прошлый раз хранилище не было закрыто как следует (отключение питания или сбой). Убраны незавершённые файлы прерванной записи: %1; ничего сохранённого не потеряно.</translation>
    </message>
    <message>
        <source>This vault has never been backed up. Vault → Back up to… makes a copy on a USB disk.</source>
        <translation>У этого хранилища ещё нет резервной копии. Хранилище → Резервная копия в… создаст копию на USB-диске.</translation>
    </message>
    <message>
        <source>The last backup is %1 days old. Vault → Back up to… updates it.</source>
        <translation>Последней резервной копии уже %1 дн. Хранилище → Резервная копия в… обновит её.</translation>
    </message>
    <message>
        <source>Backup finished.</source>
        <translation>Резервная копия готова.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>&lt;b&gt;EXIF&lt;/b&gt;</source>
        <translation>&lt;b&gt;EXIF&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Пиксели</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>This photo records where it was taken. Partner and public exports remove it.</source>
        <translation>В этой фотографии записано место съёмки. При экспорте для партнёров и публичном экспорте оно удаляется.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received document&lt;/b&gt;</source>
        <translation>&lt;b&gt;Полученный документ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>a partner (no longer in your contacts)</source>
        <translation>партнёр (его больше нет в ваших контактах)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>The partner sent this document as page images, without its text or metadata. Each page is kept exactly as the partner signed it and checked every time it is opened.</source>
        <translation>Партнёр прислал этот документ как изображения страниц, без текста и метаданных. Каждая страница хранится точно такой, какой партнёр её подписал, и проверяется при каждом открытии.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>added to the case</source>
        <translation>добавлен в дело</translation>
    </message>
    <message>
        <source>tagged: %1</source>
        <translation>теги: %1</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>изменений не требуется</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>Импорт доказательств</translation>
    </message>
    <message>
        <source>Drop files or folders here, or choose them below. Originals are hashed and sealed; the files on disk are left untouched.</source>
        <translation>Перетащите сюда файлы или папки либо выберите их ниже. Для оригиналов вычисляется хеш, и они опечатываются; файлы на диске остаются нетронутыми.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(без дела)</translation>
    </message>
    <message>
        <source>tags separated by commas, e.g. status/needs-verification</source>
        <translation>теги через запятую, например status/needs-verification</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Выберите файлы для импорта</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Выберите папку для импорта</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Чтение файлов…</translation>
    </message>
    <message>
        <source>%1 of %2 files, %3 MB</source>
        <translation>%1 из %2 файлов, %3 МБ</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the vault, %3 rejected</source>
        <translation>импортировано: %1, уже в хранилище: %2, отклонено: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the vault added to the case</source>
        <translation>
            <numerusform>%n файл, уже бывший в хранилище, добавлен в дело</numerusform>
            <numerusform>%n файла, уже бывших в хранилище, добавлены в дело</numerusform>
            <numerusform>%n файлов, уже бывших в хранилище, добавлены в дело</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the vault tagged</source>
        <translation>
            <numerusform>%n файлу, уже бывшему в хранилище, присвоены теги</numerusform>
            <numerusform>%n файлам, уже бывшим в хранилище, присвоены теги</numerusform>
            <numerusform>%n файлам, уже бывшим в хранилище, присвоены теги</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message>
        <source>Import cancelled. Files already imported stay in the vault.</source>
        <translation>Импорт отменён. Уже импортированные файлы остаются в хранилище.</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Уже в хранилище</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
</context>
<context>
    <name>IntakeReasons</name>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>пустой файл (0 байт)</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>невозможно прочитать: доступ запрещён</translation>
    </message>
    <message>
        <source>file vanished before it could be read</source>
        <translation>файл исчез, прежде чем его удалось прочитать</translation>
    </message>
    <message>
        <source>is inside the vault&apos;s own folder</source>
        <translation>находится в папке самого хранилища</translation>
    </message>
    <message>
        <source>symbolic link leads outside the imported folder</source>
        <translation>символическая ссылка ведёт за пределы импортируемой папки</translation>
    </message>
    <message>
        <source>symbolic link leads nowhere (broken or looping)</source>
        <translation>символическая ссылка никуда не ведёт (битая или зацикленная)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>a named pipe (FIFO) is not a file</source>
        <translation>именованный канал (FIFO) — не файл</translation>
    </message>
    <message>
        <source>a socket is not a file</source>
        <translation>сокет — не файл</translation>
    </message>
    <message>
        <source>a device is not a file</source>
        <translation>устройство — не файл</translation>
    </message>
    <message>
        <source>became a folder while importing</source>
        <translation>во время импорта стал папкой</translation>
    </message>
    <message>
        <source>became a symbolic link while importing</source>
        <translation>во время импорта стал символической ссылкой</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
</context>
<context>
    <name>IntakeWarnings</name>
    <message>
        <source>audio/video metadata could not be read</source>
        <translation>не удалось прочитать метаданные аудио/видео</translation>
    </message>
    <message>
        <source>audio/video metadata could not be fully read (damaged or truncated file)</source>
        <translation>метаданные аудио/видео прочитаны не полностью (файл повреждён или обрезан)</translation>
    </message>
    <message>
        <source>audio/video metadata not read: its tags are larger than 6 MiB</source>
        <translation>метаданные аудио/видео не прочитаны: теги больше 6 МиБ</translation>
    </message>
    <message>
        <source>text could not be extracted</source>
        <translation>не удалось извлечь текст</translation>
    </message>
    <message>
        <source>text could not be extracted: unknown document type</source>
        <translation>не удалось извлечь текст: неизвестный тип документа</translation>
    </message>
    <message>
        <source>text could not be extracted: no document body in the DOCX</source>
        <translation>не удалось извлечь текст: в DOCX нет тела документа</translation>
    </message>
    <message>
        <source>text could not be extracted: no content in the ODT</source>
        <translation>не удалось извлечь текст: в ODT нет содержимого</translation>
    </message>
    <message>
        <source>text could not be extracted: not an RTF document</source>
        <translation>не удалось извлечь текст: это не документ RTF</translation>
    </message>
    <message>
        <source>text could not be extracted: the content is not text</source>
        <translation>не удалось извлечь текст: содержимое не является текстом</translation>
    </message>
    <message>
        <source>text could not be extracted: the PDF is password-protected</source>
        <translation>не удалось извлечь текст: PDF защищён паролем</translation>
    </message>
    <message>
        <source>text could not be extracted: the document took too long or needed too much memory to read</source>
        <translation>не удалось извлечь текст: чтение документа заняло слишком много времени или памяти</translation>
    </message>
    <message>
        <source>text could not be extracted: no process could be started to read the document</source>
        <translation>не удалось извлечь текст: не удалось запустить процесс для чтения документа</translation>
    </message>
    <message>
        <source>text could not be extracted: the document is too large to read safely</source>
        <translation>не удалось извлечь текст: документ слишком велик, чтобы безопасно его прочитать</translation>
    </message>
    <message>
        <source>text could not be extracted: the document is unsafe to unpack</source>
        <translation>не удалось извлечь текст: распаковывать документ небезопасно</translation>
    </message>
    <message>
        <source>text could not be extracted: the document&apos;s XML was refused</source>
        <translation>не удалось извлечь текст: XML документа отклонён</translation>
    </message>
    <message>
        <source>image not decoded: the file is larger than %1 MiB</source>
        <translation>изображение не декодировано: файл больше %1 МиБ</translation>
    </message>
    <message>
        <source>the file changed while it was being imported (%1 bytes at the start, %2 read)</source>
        <translation>файл изменился во время импорта (в начале %1 байт, прочитано %2)</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message numerus="yes">
        <source>%n item(s) added to the case.</source>
        <translation>
            <numerusform>%n материал добавлен в дело.</numerusform>
            <numerusform>%n материала добавлены в дело.</numerusform>
            <numerusform>%n материалов добавлено в дело.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) removed from the case.</source>
        <translation>
            <numerusform>%n материал убран из дела.</numerusform>
            <numerusform>%n материала убраны из дела.</numerusform>
            <numerusform>%n материалов убрано из дела.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Person linked to %n item(s).</source>
        <translation>
            <numerusform>Лицо связано с %n материалом.</numerusform>
            <numerusform>Лицо связано с %n материалами.</numerusform>
            <numerusform>Лицо связано с %n материалами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) tagged.</source>
        <translation>
            <numerusform>Тег присвоен %n материалу.</numerusform>
            <numerusform>Тег присвоен %n материалам.</numerusform>
            <numerusform>Тег присвоен %n материалам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag removed from %n item(s).</source>
        <translation>
            <numerusform>Тег снят с %n материала.</numerusform>
            <numerusform>Тег снят с %n материалов.</numerusform>
            <numerusform>Тег снят с %n материалов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag items</source>
        <translation>Присвоить тег</translation>
    </message>
    <message>
        <source>Tag (a path like violation/torture; several separated by commas):</source>
        <translation>Тег (путь вида нарушение/пытки; несколько — через запятую):</translation>
    </message>
    <message>
        <source>Untag items</source>
        <translation>Снять тег</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Какой тег снять:</translation>
    </message>
    <message>
        <source>The selected items have no tags.</source>
        <translation>У выбранных материалов нет тегов.</translation>
    </message>
</context>
<context>
    <name>ItemContextMenu</name>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>Выбран %n материал</numerusform>
            <numerusform>Выбрано %n материала</numerusform>
            <numerusform>Выбрано %n материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Добавить в дело</translation>
    </message>
    <message>
        <source>No cases yet: create one with Records → New case…</source>
        <translation>Дел пока нет: создайте через Записи → Новое дело…</translation>
    </message>
    <message>
        <source>Remove from case “%1”</source>
        <translation>Убрать из дела «%1»</translation>
    </message>
    <message>
        <source>Link person with role</source>
        <translation>Связать с лицом (с ролью)</translation>
    </message>
    <message>
        <source>No people yet: add one with Records → New person…</source>
        <translation>Лиц пока нет: добавьте через Записи → Новое лицо…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Присвоить тег…</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>Снять тег…</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>Экспорт дела</translation>
    </message>
    <message>
        <source>Dossier (PDF)…</source>
        <translation>Досье (PDF)…</translation>
    </message>
    <message>
        <source>Bundle for partners…</source>
        <translation>Пакет для партнёров…</translation>
    </message>
    <message>
        <source>Select a case in the left panel to export it</source>
        <translation>Чтобы экспортировать дело, выберите его на левой панели</translation>
    </message>
</context>
<context>
    <name>ItemListPanel</name>
    <message>
        <source>Search titles, testimonies, notes, people, tags…</source>
        <translation>Поиск: названия, показания, заметки, лица, теги…</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (прокрутите, чтобы увидеть больше)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n материал</numerusform>
            <numerusform>%n материала</numerusform>
            <numerusform>%n материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>Выбран %n материал</numerusform>
            <numerusform>Выбрано %n материала</numerusform>
            <numerusform>Выбрано %n материалов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>KeyWatcher</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Включён Caps Lock.</translation>
    </message>
    <message>
        <source>Keyboard layout: %1</source>
        <translation>Раскладка клавиатуры: %1</translation>
    </message>
</context>
<context>
    <name>KindCounts</name>
    <message numerus="yes">
        <source>%n item(s) in all</source>
        <translation>
            <numerusform>Всего %n материал</numerusform>
            <numerusform>Всего %n материала</numerusform>
            <numerusform>Всего %n материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation>Материалов пока нет.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Testimony</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Evidence Vault — %1</source>
        <translation>Evidence Vault — %1</translation>
    </message>
    <message>
        <source>Vault unlocked. Lock with Ctrl+L.</source>
        <translation>Хранилище открыто. Заблокировать: Ctrl+L.</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>Import a &amp;messenger export…</source>
        <translation>Импорт из &amp;мессенджера…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Новое &amp;дело…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Новое &amp;лицо…</translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation>Новые &amp;показания…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Расшифровка…</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>Название этого поиска:</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Работа не завершена</translation>
    </message>
    <message>
        <source>Work is still running. Quit anyway?</source>
        <translation>Работа ещё выполняется. Всё равно выйти?</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>Не удаётся воспроизвести: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>MessengerImportDialog</name>
    <message>
        <source>Import a messenger export</source>
        <translation>Импорт из мессенджера</translation>
    </message>
    <message>
        <source>Choose the folder of a chat export: Telegram Desktop&apos;s (it holds messages.html or result.json) or WhatsApp&apos;s (the .txt and the media files). Each photo, video, voice message and file becomes an item that records the chat, the sender, the date and the message.</source>
        <translation>Выберите папку экспорта чата: Telegram Desktop (в ней лежит messages.html или result.json) или WhatsApp (файл .txt и медиафайлы). Каждое фото, видео, голосовое сообщение и файл станут материалом, в котором записаны чат, отправитель, дата и сообщение.</translation>
    </message>
    <message>
        <source>Choose export folder…</source>
        <translation>Выбрать папку экспорта…</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(без дела)</translation>
    </message>
    <message>
        <source>Keep the chat itself as a record</source>
        <translation>Сохранить сам чат как запись</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Выберите папку экспорта</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Чтение экспорта…</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(не связан)</translation>
    </message>
    <message>
        <source>Chat: %1 · %2 files</source>
        <translation>Чат: %1 · файлов: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the vault, %3 rejected</source>
        <translation>импортировано: %1, уже в хранилище: %2, отклонено: %3</translation>
    </message>
    <message>
        <source>%1 files named in the chat are not in the export</source>
        <translation>файлов, упомянутых в чате, нет в экспорте: %1</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <source>taken</source>
        <translation>дата съёмки</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>make</source>
        <translation>производитель</translation>
    </message>
    <message>
        <source>model</source>
        <translation>модель</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>серийный номер</translation>
    </message>
    <message>
        <source>lens</source>
        <translation>объектив</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>ориентация</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>широта</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>долгота</translation>
    </message>
    <message>
        <source>altitude, m</source>
        <translation>высота, м</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ширина</translation>
    </message>
    <message>
        <source>height</source>
        <translation>высота</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>число страниц</translation>
    </message>
    <message>
        <source>page images</source>
        <translation>изображения страниц</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>зашифрован</translation>
    </message>
    <message>
        <source>contains JavaScript</source>
        <translation>содержит JavaScript</translation>
    </message>
    <message>
        <source>text truncated</source>
        <translation>текст обрезан</translation>
    </message>
    <message>
        <source>characters of body text</source>
        <translation>символов основного текста</translation>
    </message>
    <message>
        <source>embedded pictures</source>
        <translation>встроенные изображения</translation>
    </message>
    <message>
        <source>duration, s</source>
        <translation>длительность, с</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>artist</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <source>album</source>
        <translation>альбом</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>software</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
</context>
<context>
    <name>NavModel</name>
    <message>
        <source>All items</source>
        <translation>Все материалы</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>под защитой</translation>
    </message>
    <message>
        <source>Protected: shown as “%1” in partner and public exports</source>
        <translation>Под защитой: в экспорте для партнёров и публичном экспорте указывается как «%1»</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Delete saved search…</source>
        <translation>Удалить сохранённый поиск…</translation>
    </message>
    <message>
        <source>Link person</source>
        <translation>Связать с лицом</translation>
    </message>
    <message numerus="yes">
        <source>Role of the person in the %n item(s):</source>
        <translation>
            <numerusform>Роль лица в %n материале:</numerusform>
            <numerusform>Роль лица в %n материалах:</numerusform>
            <numerusform>Роль лица в %n материалах:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Парольная фраза должна содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>That passphrase is too easy to guess. Use several words that belong together only for you.</source>
        <translation>Эту парольную фразу слишком легко угадать. Возьмите несколько слов, которые связаны между собой только для вас.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Изменить сведения о лице</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <source>shown instead of the name in protecting exports; empty: one is assigned</source>
        <translation>показывается вместо имени в защищённых экспортах; если пусто, назначается автоматически</translation>
    </message>
    <message>
        <source>Protected: never name this person outside internal exports</source>
        <translation>Под защитой: никогда не называть это лицо вне внутреннего экспорта</translation>
    </message>
    <message>
        <source>Public: may appear by real name in public exports (officials, public figures)</source>
        <translation>Публичное лицо: может быть названо настоящим именем в публичных экспортах (должностные лица, публичные фигуры)</translation>
    </message>
    <message>
        <source>Public exports name only people marked public; everyone else is pseudonymised.</source>
        <translation>Публичные экспорты называют только людей, отмеченных как публичные; все остальные заменяются псевдонимами.</translation>
    </message>
    <message>
        <source>other spellings, separated by commas</source>
        <translation>другие написания, через запятую</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <source>This pseudonym shares a stem with the name or an alias, so it would point to the person. Choose another, or leave it empty to have one assigned.</source>
        <translation>Этот псевдоним имеет общую основу с именем или другим написанием и указал бы на человека. Выберите другой или оставьте поле пустым, чтобы псевдоним назначился автоматически.</translation>
    </message>
    <message>
        <source>An alias carries the name of a person who is hidden in exports. Aliases of people shown by name must not; remove it.</source>
        <translation>Одно из написаний содержит имя человека, скрываемого в экспортах. У людей, показываемых по имени, таких написаний быть не должно; удалите его.</translation>
    </message>
</context>
<context>
    <name>PersonLinker</name>
    <message>
        <source>Person to link to this item</source>
        <translation>Лицо, которое нужно связать с этим материалом</translation>
    </message>
    <message>
        <source>(role)</source>
        <translation>(роль)</translation>
    </message>
    <message>
        <source>The person&apos;s role in this item</source>
        <translation>Роль лица в этом материале</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <source>Remove the link to the person selected above</source>
        <translation>Удалить связь с лицом, выбранным выше</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>под защитой</translation>
    </message>
</context>
<context>
    <name>PersonOverviewWidget</name>
    <message>
        <source>Edit person…</source>
        <translation>Изменить лицо…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>Связанные материалы</translation>
    </message>
    <message>
        <source>protected: shown as “%1” in partner and public exports</source>
        <translation>под защитой: в экспорте для партнёров и публичном показывается как «%1»</translation>
    </message>
    <message>
        <source>In no case yet</source>
        <translation>Пока ни в одном деле</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>ProvenanceBadges</name>
    <message>
        <source>From the %1 chat “%2”, sent by %3 on %4</source>
        <translation>Из чата %1 «%2», отправитель: %3, %4</translation>
    </message>
    <message>
        <source>forwarded from %1</source>
        <translation>переслано от: %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>без подписи</translation>
    </message>
    <message>
        <source>Verified by %1 · signed by %2</source>
        <translation>Подтверждено %1 · подписал: %2</translation>
    </message>
    <message>
        <source>%1 proof is broken: the file or its signature changed after signing</source>
        <translation>Доказательство %1 нарушено: файл или подпись изменены после подписания</translation>
    </message>
    <message>
        <source>%1 proof present but could not be verified here</source>
        <translation>Доказательство %1 есть, но не удалось проверить его здесь</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Delete saved search</source>
        <translation>Удаление сохранённого поиска</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”? The items it finds are not touched.</source>
        <translation>Удалить сохранённый поиск «%1»? Найденные им материалы не затрагиваются.</translation>
    </message>
    <message>
        <source>Saved search deleted.</source>
        <translation>Сохранённый поиск удалён.</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Type the recovery key you wrote down when the vault was created (8 groups of 4 letters and digits), then choose a new passphrase. The old passphrase stops working.</source>
        <translation>Введите ключ восстановления, который вы записали при создании хранилища (8 групп по 4 буквы и цифры), затем выберите новую парольную фразу. Старая парольная фраза перестанет действовать.</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Показывать вводимое</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторите</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>Открыть и задать новую парольную фразу</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>Забыли парольную фразу?</translation>
    </message>
    <message>
        <source>Unlocking with the recovery key and setting the new passphrase…</source>
        <translation>Открытие ключом восстановления и установка новой парольной фразы…</translation>
    </message>
    <message>
        <source>That recovery key did not open this vault. Nothing was changed.</source>
        <translation>Этот ключ восстановления не открывает хранилище. Ничего не изменено.</translation>
    </message>
    <message>
        <source>A recovery key has 32 letters and digits, in 8 groups of 4. Please check it and type it again.</source>
        <translation>Ключ восстановления состоит из 32 букв и цифр — 8 групп по 4. Проверьте его и введите ещё раз.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Введите ключ восстановления.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Please type them again.</source>
        <translation>Парольные фразы не совпадают. Введите их ещё раз.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Copy (cleared after 30 s)</source>
        <translation>Копировать (очищается через 30 с)</translation>
    </message>
    <message>
        <source>This is your recovery key. It opens the vault if the passphrase is lost. It is shown only now and is not stored anywhere.

• Write it on paper, or save the emergency kit and print it; keep it somewhere safe, away from this computer.
• Do not photograph it or keep it in a file on this computer.
• Anyone with this key can open the vault.</source>
        <translation>Это ваш ключ восстановления. Он открывает хранилище, если парольная фраза утеряна. Он показывается только сейчас и нигде не хранится.

• Запишите его на бумаге или сохраните аварийный комплект и распечатайте его; храните в надёжном месте, отдельно от этого компьютера.
• Не фотографируйте его и не храните в файле на этом компьютере.
• Любой, у кого есть этот ключ, может открыть хранилище.</translation>
    </message>
    <message>
        <source>Save emergency kit (PDF)…</source>
        <translation>Сохранить аварийный комплект (PDF)…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Я записал(а) ключ</translation>
    </message>
    <message>
        <source>Show the key again</source>
        <translation>Показать ключ ещё раз</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <source>To be sure the key is written down correctly, type two of its groups from your paper. Groups are the blocks of four characters between the dashes, counted from the left.</source>
        <translation>Чтобы убедиться, что ключ записан верно, введите две его группы с вашего листа. Группы — это блоки из четырёх символов между дефисами, считая слева.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message>
        <source>That does not match the key. Check your paper, or show the key again.</source>
        <translation>Не совпадает с ключом. Проверьте запись или покажите ключ ещё раз.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>audio recording</source>
        <translation>аудиозапись</translation>
    </message>
    <message>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <source>testimony file</source>
        <translation>файл показаний</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>file of unknown kind</source>
        <translation>файл неизвестного типа</translation>
    </message>
    <message>
        <source>could not be checked: %1</source>
        <translation>не удалось проверить: %1</translation>
    </message>
    <message>
        <source>contains a hidden name</source>
        <translation>содержит скрытое имя</translation>
    </message>
    <message>
        <source>depicts or was made by a hidden person</source>
        <translation>изображает скрытое лицо или сделано им</translation>
    </message>
    <message>
        <source>a chat whose members are not all recorded people</source>
        <translation>чат, не все участники которого записаны в хранилище</translation>
    </message>
    <message>
        <source>could not be checked: the image could not be decoded</source>
        <translation>не удалось проверить: изображение не читается</translation>
    </message>
    <message>
        <source>could not be checked: too large to re-encode</source>
        <translation>не удалось проверить: слишком большой для перекодирования</translation>
    </message>
    <message>
        <source>no stored original</source>
        <translation>оригинал не хранится</translation>
    </message>
    <message>
        <source>may name a hidden person</source>
        <translation>может называть скрытого человека</translation>
    </message>
    <message>
        <source>holds pictures (a scan cannot be checked)</source>
        <translation>содержит изображения (скан нельзя проверить)</translation>
    </message>
    <message>
        <source>could not be checked: the document could not be read completely</source>
        <translation>не удалось проверить: документ не удалось прочитать полностью</translation>
    </message>
    <message>
        <source>too long to check</source>
        <translation>слишком длинный для проверки</translation>
    </message>
    <message>
        <source>could not be checked: office documents cannot be shown as page images</source>
        <translation>не удалось проверить: офисные документы нельзя показать изображениями страниц</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>не удалось проверить</translation>
    </message>
    <message>
        <source>photo re-encoded from pixels: no EXIF, GPS, serials or thumbnails</source>
        <translation>фото, перекодированное из пикселей: без EXIF, GPS, серийных номеров и миниатюр</translation>
    </message>
    <message>
        <source>text with hidden people&apos;s names replaced by pseudonyms</source>
        <translation>текст, в котором имена скрытых лиц заменены псевдонимами</translation>
    </message>
    <message>
        <source>the original file, cleared for this profile by a person</source>
        <translation>оригинальный файл, разрешённый для этого профиля человеком</translation>
    </message>
    <message>
        <source>document as page images re-encoded from pixels: no text layer or metadata</source>
        <translation>документ как изображения страниц, перекодированные из пикселей: без текстового слоя и метаданных</translation>
    </message>
    <message>
        <source>the document&apos;s text, hidden people&apos;s names replaced; not the file, its pictures or metadata</source>
        <translation>текст документа, имена скрываемых лиц заменены; не сам файл, его изображения и метаданные</translation>
    </message>
    <message>
        <source>text, revision %1</source>
        <translation>текст, редакция %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <source>case title</source>
        <translation>название дела</translation>
    </message>
    <message>
        <source>case summary</source>
        <translation>описание дела</translation>
    </message>
    <message>
        <source>chronology</source>
        <translation>хронология</translation>
    </message>
    <message>
        <source>Clear for this profile…</source>
        <translation>Разрешить для этого профиля…</translation>
    </message>
    <message>
        <source>Cleared (untick to withdraw)</source>
        <translation>Разрешено (снимите отметку, чтобы отозвать)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>What is replaced or removed</source>
        <translation>Что заменяется или удаляется</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Item (as the export shows it)</source>
        <translation>Материал (как его покажет экспорт)</translation>
    </message>
    <message>
        <source>Why it stays home</source>
        <translation>Почему не передаётся</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>What travels instead</source>
        <translation>Что передаётся вместо него</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>В контексте</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Not a name</source>
        <translation>Не имя</translation>
    </message>
    <message>
        <source>Leave this word as it is and drop it from this review</source>
        <translation>Оставить слово как есть и убрать его из этой проверки</translation>
    </message>
    <message>
        <source>Under the internal profile everything travels: every real name, every original file with all its metadata (GPS positions, device serials, authors). Send it only within your own organisation.</source>
        <translation>В профиле «внутренний» передаётся всё: все настоящие имена, все оригинальные файлы со всеми метаданными (координаты GPS, серийные номера устройств, авторы). Передавайте его только внутри своей организации.</translation>
    </message>
    <message>
        <source>Reviewing what this export would show…</source>
        <translation>Проверяем, что покажет этот экспорт…</translation>
    </message>
    <message>
        <source>Reviewing item %1 of %2…</source>
        <translation>Проверка материала %1 из %2…</translation>
    </message>
    <message>
        <source>Replaced (%1)</source>
        <translation>Заменено (%1)</translation>
    </message>
    <message>
        <source>Withheld (%1)</source>
        <translation>Не передаётся (%1)</translation>
    </message>
    <message>
        <source>Derived (%1)</source>
        <translation>Копии (%1)</translation>
    </message>
    <message>
        <source>Nothing is withheld: the export carries every item of this case, each in the form shown under Derived.</source>
        <translation>Ничего не удержано: в экспорт войдут все материалы дела, каждый в том виде, что указан во вкладке «Копии».</translation>
    </message>
    <message>
        <source>Reviewed: nothing is replaced, withheld or derived.</source>
        <translation>Проверено: ничего не заменяется, не удерживается и не копируется.</translation>
    </message>
    <message>
        <source>Reviewed. Words left in the export that resemble a hidden name: %1. Check them under Suspects before exporting.</source>
        <translation>Проверено. Слов в экспорте, похожих на скрытое имя: %1. Просмотрите их на вкладке «Подозрительные» перед экспортом.</translation>
    </message>
    <message>
        <source>Reviewed. No word left in the export resembles a hidden name.</source>
        <translation>Проверено. В экспорте не осталось слов, похожих на скрытое имя.</translation>
    </message>
    <message>
        <source>Suspects (%1)</source>
        <translation>Подозрительные (%1)</translation>
    </message>
    <message>
        <source>No suspects: no word left in the export resembles a hidden name.</source>
        <translation>Подозрительных нет: в экспорте не осталось слов, похожих на скрытое имя.</translation>
    </message>
    <message>
        <source>Add as alias of %1…</source>
        <translation>Добавить как вариант имени: %1…</translation>
    </message>
    <message>
        <source>Add as alias…</source>
        <translation>Добавить как вариант имени…</translation>
    </message>
    <message>
        <source>This word resembles no single hidden person</source>
        <translation>Это слово не похоже на какое-то одно скрытое лицо</translation>
    </message>
    <message>
        <source>This item changed meanwhile (perhaps from the command line). The review was run again.</source>
        <translation>Этот материал тем временем изменился (возможно, из командной строки). Проверка выполнена заново.</translation>
    </message>
    <message>
        <source>This spelling names another hidden person, so it was not recorded.</source>
        <translation>Это написание называет другое скрытое лицо, поэтому оно не записано.</translation>
    </message>
    <message>
        <source>Clear the original for this profile</source>
        <translation>Разрешить оригинал для этого профиля</translation>
    </message>
    <message>
        <source>Why may the original of “%1” leave under this profile? The reason is kept in the custody log.</source>
        <translation>Почему оригинал «%1» можно передать в этом профиле? Причина сохраняется в журнале хранения.</translation>
    </message>
    <message>
        <source>Add an alias</source>
        <translation>Добавить вариант имени</translation>
    </message>
    <message>
        <source>Record this spelling as one more name of the person shown as %1:</source>
        <translation>Записать это написание как ещё один вариант имени человека, показанного как %1:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Human rights defender</source>
        <translation>Правозащитник</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Потерпевший</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Предполагаемый нарушитель</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Shown in it (depicted)</source>
        <translation>Изображён(а) на нём</translation>
    </message>
    <message>
        <source>Its author</source>
        <translation>Автор материала</translation>
    </message>
</context>
<context>
    <name>SendersModel</name>
    <message>
        <source>(not linked)</source>
        <translation>(не связан)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Internal (everything)</source>
        <translation>Внутренний (всё)</translation>
    </message>
    <message>
        <source>Partner (protected people pseudonymised, originals only if cleared)</source>
        <translation>Партнёрский (лица под защитой — под псевдонимом, оригиналы — только после разрешения)</translation>
    </message>
    <message>
        <source>Public (only people marked public named)</source>
        <translation>Публичный (по имени — только лица, отмеченные как публичные)</translation>
    </message>
    <message>
        <source>Show protected people by pseudonym on screen (privacy mode)</source>
        <translation>Показывать защищённых людей на экране под псевдонимом (режим приватности)</translation>
    </message>
    <message>
        <source>Remember recent vaults on this computer (their folder paths)</source>
        <translation>Запоминать недавние хранилища на этом компьютере (пути к папкам)</translation>
    </message>
    <message>
        <source>Off: the list and the last vault are forgotten, and nothing is kept.</source>
        <translation>Выключено: список и последнее хранилище забываются, ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Блокировать при бездействии</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Default export profile</source>
        <translation>Профиль экспорта по умолчанию</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Evidence Vault starts.</source>
        <translation>Новый язык вступит в силу после перезапуска Evidence Vault.</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <source>Split the recovery key among colleagues</source>
        <translation>Разделить ключ восстановления между коллегами</translation>
    </message>
    <message>
        <source>Give one sheet to each colleague you trust. Any %1 of them together can set a new passphrase if you forget yours; fewer learn nothing. Print the sheets, then delete the files. Splitting again makes earlier sheets useless; your printed recovery key keeps working.</source>
        <translation>Дайте по одному листу каждому коллеге, которому доверяете. Любые %1 из них вместе смогут задать новую парольную фразу, если вы забудете свою; меньшее число не узнает ничего. Распечатайте листы, затем удалите файлы. Новое разделение делает прежние листы бесполезными; напечатанный ключ восстановления продолжает действовать.</translation>
    </message>
    <message>
        <source>an empty folder, best on a USB disk</source>
        <translation>пустая папка, лучше на USB-диске</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Colleagues (shares)</source>
        <translation>Коллег (частей)</translation>
    </message>
    <message>
        <source>Needed to recover</source>
        <translation>Нужно для восстановления</translation>
    </message>
    <message>
        <source>Folder for the sheets</source>
        <translation>Папка для листов</translation>
    </message>
    <message>
        <source>Create share sheets</source>
        <translation>Создать листы</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose a folder for the share sheets</source>
        <translation>Выберите папку для листов с частями ключа</translation>
    </message>
    <message>
        <source>Choose a folder for the sheets first.</source>
        <translation>Сначала выберите папку для листов.</translation>
    </message>
    <message>
        <source>%1 sheets written to %2. Print them, give one to each colleague, then delete the files.</source>
        <translation>Листов записано: %1, в папку %2. Распечатайте их, дайте по одному каждому коллеге, затем удалите файлы.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Evidence Vault</source>
        <translation>Evidence Vault</translation>
    </message>
    <message>
        <source>No vault was found at %1 (moved, or on a disk that is not connected).</source>
        <translation>Хранилище не найдено по пути %1 (перемещено или находится на неподключённом диске).</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Выберите папку хранилища</translation>
    </message>
    <message>
        <source>That folder is not an Evidence Vault.</source>
        <translation>Эта папка не является хранилищем Evidence Vault.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new vault</source>
        <translation>Выберите пустую папку для нового хранилища</translation>
    </message>
    <message>
        <source>Save the emergency kit as</source>
        <translation>Сохранить аварийный комплект как</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then delete the file.</source>
        <translation>Сохранено: %1. Распечатайте, затем удалите файл.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>At least %1 characters</source>
        <translation>Не менее %1 символов</translation>
    </message>
    <message>
        <source>Hard enough to guess: not one or two common words, a repeat or a run like 12345</source>
        <translation>Достаточно сложная: не одно-два обычных слова, не повтор и не последовательность вроде 12345</translation>
    </message>
    <message>
        <source>Recommended: four or more words, or 20 characters</source>
        <translation>Рекомендуется: четыре слова и больше или 20 символов</translation>
    </message>
    <message>
        <source>Recommended: mix letters with digits, capitals or signs</source>
        <translation>Рекомендуется: смешайте буквы с цифрами, заглавными или знаками</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Очень надёжная</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Add a tag, e.g. violation/torture</source>
        <translation>Добавьте тег, например violation/torture</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Удалить выбранные</translation>
    </message>
</context>
<context>
    <name>TestimonyDialog</name>
    <message>
        <source>Edit testimony</source>
        <translation>Изменить показания</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>Новые показания</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(без дела)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Revisions (the first is the sealed original)</source>
        <translation>Редакции (первая — опечатанный оригинал)</translation>
    </message>
    <message>
        <source>Revision %1 — %2, %3</source>
        <translation>Редакция %1 — %2, %3</translation>
    </message>
    <message>
        <source>A testimony needs a title and a text.</source>
        <translation>У показаний должны быть название и текст.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>B</source>
        <translation>Б</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>КБ</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>Забыли парольную фразу?</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Открыть другое хранилище…</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Создать новое хранилище…</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Разблокировка хранилища</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>Unlocking… (deriving the key takes a moment)</source>
        <translation>Открытие… (вычисление ключа занимает некоторое время)</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>A stored file is missing</source>
        <translation>Отсутствует хранимый файл</translation>
    </message>
    <message>
        <source>A stored file is damaged or was altered (it fails to decrypt)</source>
        <translation>Хранимый файл повреждён или изменён (не расшифровывается)</translation>
    </message>
    <message>
        <source>A file&apos;s fingerprint (SHA-256) differs from the one recorded at import</source>
        <translation>Отпечаток файла (SHA-256) отличается от записанного при импорте</translation>
    </message>
    <message>
        <source>A file&apos;s size differs from the one recorded</source>
        <translation>Размер файла отличается от записанного</translation>
    </message>
    <message>
        <source>A leftover file no record uses (from an interrupted import)</source>
        <translation>Лишний файл, на который не ссылается ни одна запись (после прерванного импорта)</translation>
    </message>
    <message>
        <source>An unfinished file from an interrupted write</source>
        <translation>Незавершённый файл после прерванной записи</translation>
    </message>
    <message>
        <source>Something unexpected in the vault&apos;s file store</source>
        <translation>В файловом хранилище есть что-то постороннее</translation>
    </message>
    <message>
        <source>A record points to another record that does not exist</source>
        <translation>Запись ссылается на несуществующую запись</translation>
    </message>
    <message>
        <source>An item has no stored original</source>
        <translation>У материала нет сохранённого оригинала</translation>
    </message>
    <message>
        <source>A testimony is missing a revision</source>
        <translation>В показаниях не хватает редакции</translation>
    </message>
    <message>
        <source>An item is not mentioned in the custody history</source>
        <translation>Материал не упомянут в истории хранения</translation>
    </message>
    <message>
        <source>An item was deleted without a custody record</source>
        <translation>Материал удалён без записи в истории хранения</translation>
    </message>
    <message>
        <source>A file was destroyed without a custody record</source>
        <translation>Файл уничтожен без записи в истории хранения</translation>
    </message>
    <message>
        <source>Events are missing from the custody history</source>
        <translation>В истории хранения не хватает событий</translation>
    </message>
    <message>
        <source>The custody history&apos;s chain is broken (an event was removed or changed)</source>
        <translation>Цепочка истории хранения нарушена (событие удалено или изменено)</translation>
    </message>
    <message>
        <source>A custody event was changed after it was recorded</source>
        <translation>Событие истории хранения изменено после записи</translation>
    </message>
    <message>
        <source>A custody event&apos;s signature does not verify</source>
        <translation>Подпись события истории хранения не проходит проверку</translation>
    </message>
    <message>
        <source>A custody event was signed by another key</source>
        <translation>Событие истории хранения подписано другим ключом</translation>
    </message>
    <message>
        <source>A custody event cannot be read</source>
        <translation>Событие истории хранения не читается</translation>
    </message>
    <message>
        <source>The vault&apos;s signing key is not the one recorded when it was created</source>
        <translation>Ключ подписи хранилища не совпадает с записанным при создании</translation>
    </message>
    <message>
        <source>The custody history was cut or rewritten since an earlier export</source>
        <translation>История хранения обрезана или переписана после более раннего экспорта</translation>
    </message>
    <message>
        <source>The database fails its integrity check</source>
        <translation>База данных не проходит проверку целостности</translation>
    </message>
    <message>
        <source>The encrypted database pages fail their check</source>
        <translation>Зашифрованные страницы базы данных не проходят проверку</translation>
    </message>
    <message>
        <source>The computer&apos;s clock went backwards between two events</source>
        <translation>Часы компьютера шли назад между двумя событиями</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <source>Checking the custody history and its signatures…</source>
        <translation>Проверка истории хранения и подписей…</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>Проверка записей…</translation>
    </message>
    <message>
        <source>Re-reading and checking every stored file…</source>
        <translation>Повторное чтение и проверка каждого файла…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify vault</source>
        <translation>Проверка хранилища</translation>
    </message>
    <message>
        <source>Re-reads every stored file and checks it against its fingerprint, walks the whole custody history and its signatures, and checks the database. Nothing is changed or repaired.</source>
        <translation>Заново читает каждый хранимый файл и сверяет его с отпечатком, проходит всю историю хранения и её подписи и проверяет базу данных. Ничего не изменяется и не исправляется.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Checked %1 items, %2 stored files (%3) and %4 custody events.</source>
        <translation>Проверено материалов: %1, хранимых файлов: %2 (%3), событий истории хранения: %4.</translation>
    </message>
    <message>
        <source>✓ The vault is sound. Every file matches its fingerprint and the custody history is complete and signed.</source>
        <translation>✓ Хранилище в порядке. Каждый файл совпадает со своим отпечатком, история хранения полна и подписана.</translation>
    </message>
    <message>
        <source>✗ Problems found: %1. Nothing was changed. Keep this vault as it is and make a copy of the folder before anything else.</source>
        <translation>✗ Найдено проблем: %1. Ничего не изменено. Оставьте хранилище как есть и прежде всего сделайте копию папки.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed; run it again to check everything.</source>
        <translation>Отменено. Ничего не изменено; запустите снова, чтобы проверить всё.</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;Verify vault…</source>
        <translation>&amp;Проверить хранилище…</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Privacy mode (pseudonyms on screen)</source>
        <translation>Режим &amp;приватности (псевдонимы на экране)</translation>
    </message>
    <message>
        <source>Protected people are shown by their pseudonym everywhere on screen.</source>
        <translation>Защищённые люди везде на экране показываются под псевдонимом.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <source>DEMO — fictional data. Every name, case and file in this vault is invented, for trying the app. Do not put real evidence here: create a new vault for that.</source>
        <translation>ДЕМО — вымышленные данные. Все имена, дела и файлы в этом хранилище придуманы, чтобы попробовать программу. Не храните здесь настоящие материалы: для них создайте новое хранилище.</translation>
    </message>
    <message>
        <source>Privacy mode: protected people are shown by pseudonym.</source>
        <translation>Режим приватности: защищённые люди показаны под псевдонимом.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>No in-app viewer for this kind of file (%1, %2).</source>
        <translation>Для этого типа файлов нет встроенного просмотра (%1, %2).</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Wipe the vault</source>
        <translation>Уничтожить хранилище</translation>
    </message>
    <message>
        <source>WIPE</source>
        <translation>УДАЛИТЬ</translation>
    </message>
    <message>
        <source>This destroys the vault on this computer for good: first its keys (from then on nothing can be decrypted), then every file. Backups and an escrowed header are not touched. There is no undo.

To confirm, type %1 below.</source>
        <translation>Хранилище на этом компьютере будет уничтожено навсегда: сначала его ключи (после этого ничего уже нельзя расшифровать), затем все файлы. Резервные копии и заголовок, переданный партнёру, не затрагиваются. Отменить это нельзя.

Для подтверждения введите ниже %1.</translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation>Уничтожить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>
