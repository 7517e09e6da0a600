<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Evidence Vault</source>
        <translation>Evidence Vault туралы</translation>
    </message>
    <message>
        <source>Evidence Vault %1</source>
        <translation>Evidence Vault %1</translation>
    </message>
    <message>
        <source>An offline, encrypted evidence store for human-rights monitors. It never opens a network connection. The components below do the encryption; their versions let an auditor check this build.</source>
        <translation>Құқық қорғаушы-мониторларға арналған желіге қосылмайтын, шифрланған дәлелдемелер қоймасы. Ол ешқашан желілік байланыс ашпайды. Шифрлауды төмендегі құрамдас бөліктер орындайды; олардың нұсқалары аудиторға осы жинақты тексеруге мүмкіндік береді.</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Нұсқаларды көшіру</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Қойма құлыпталған.</translation>
    </message>
    <message>
        <source>The vault was wiped: its keys first, then its files.</source>
        <translation>Қойма жойылды: алдымен оның кілттері, содан кейін файлдары.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Қойманың сақтық көшірмесі</translation>
    </message>
    <message>
        <source>The backup is a complete copy of the vault, encrypted like the vault itself. It opens with the same passphrase. Later backups to the same folder copy only what is new.</source>
        <translation>Сақтық көшірме — қойманың толық көшірмесі, ол қойманың өзі сияқты шифрланған. Ол сол құпия фразамен ашылады. Сол қалтаға кейінгі көшірмелер тек жаңасын көшіреді.</translation>
    </message>
    <message>
        <source>a folder on a USB disk: new, empty, or an earlier backup</source>
        <translation>USB дискідегі қалта: жаңа, бос немесе бұрынғы сақтық көшірме</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Көшірме жасау</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Көшіруді тоқтату</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Сақтық көшірме қалтасын таңдаңыз</translation>
    </message>
    <message>
        <source>Copying the database and the new files…</source>
        <translation>Дерекқор мен жаңа файлдар көшірілуде…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Backup finished: %1 items; %2 new files (%3) copied. It opens with the same passphrase.</source>
        <translation>Көшірме дайын: %1 материал; %2 жаңа файл (%3) көшірілді. Ол сол құпия фразамен ашылады.</translation>
    </message>
    <message>
        <source>Backup cancelled. The previous backup in that folder is intact.</source>
        <translation>Көшіру тоқтатылды. Сол қалтадағы бұрынғы сақтық көшірме бүтін.</translation>
    </message>
</context>
<context>
    <name>BuiltinTags</name>
    <message>
        <source>Violations</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <source>Torture and ill-treatment</source>
        <translation>Азаптау және қатыгез қарау</translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation>Негізсіз ұстау</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>Күштеп жоғалту</translation>
    </message>
    <message>
        <source>Forced psychiatric treatment</source>
        <translation>Мәжбүрлі психиатриялық емдеу</translation>
    </message>
    <message>
        <source>Unfair trial</source>
        <translation>Әділетсіз сот талқылауы</translation>
    </message>
    <message>
        <source>Freedom of peaceful assembly</source>
        <translation>Бейбіт жиналыс бостандығы</translation>
    </message>
    <message>
        <source>Freedom of expression and media</source>
        <translation>Сөз бостандығы және БАҚ</translation>
    </message>
    <message>
        <source>Freedom of association</source>
        <translation>Бірлестіктер бостандығы</translation>
    </message>
    <message>
        <source>Freedom of religion or belief</source>
        <translation>Дін және наным бостандығы</translation>
    </message>
    <message>
        <source>Persecution of human rights defenders</source>
        <translation>Құқық қорғаушыларды қудалау</translation>
    </message>
    <message>
        <source>Right to life</source>
        <translation>Өмір сүру құқығы</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Кемсітушілік</translation>
    </message>
    <message>
        <source>Reprisals for cooperation with the UN</source>
        <translation>БҰҰ-мен ынтымақтастық үшін қудалау</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Detention centre (SIZO, IVS)</source>
        <translation>Қамауда ұстау орны (ТИ, УҰИ)</translation>
    </message>
    <message>
        <source>Penal colony</source>
        <translation>Түзеу колониясы</translation>
    </message>
    <message>
        <source>Psychiatric hospital</source>
        <translation>Психиатриялық аурухана</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <source>Medical report</source>
        <translation>Медициналық қорытынды</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Сот шешімі</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>Official reply</source>
        <translation>Ресми жауап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Needs verification</source>
        <translation>Тексеруді қажет етеді</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Құпия</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Send a case to partners (encrypted bundle)</source>
        <translation>Істі серіктестерге жіберу (шифрланған бума)</translation>
    </message>
    <message>
        <source>Also encrypt to this vault, so it can be re-opened here</source>
        <translation>Бума осында қайта ашылуы үшін осы қоймаға да шифрлау</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>Байланыстар…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сақтау орны</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Буманы экспорттау</translation>
    </message>
    <message>
        <source>No partner contacts yet: add their keys under Contacts…</source>
        <translation>Әзірге серіктес байланыстары жоқ: олардың кілттерін «Байланыстар…» бөлімінде қосыңыз</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Буманы сақтау</translation>
    </message>
    <message>
        <source>age-encrypted bundles (*.age)</source>
        <translation>age арқылы шифрланған бумалар (*.age)</translation>
    </message>
    <message>
        <source>Tick at least one partner (or “also encrypt to this vault”).</source>
        <translation>Кемінде бір серіктесті белгілеңіз (немесе «осы қоймаға да шифрлау»).</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Буманы қайда сақтау керектігін таңдаңыз.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Мұндай атаулы файл бұрыннан бар. Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>Preparing the items…</source>
        <translation>Материалдар дайындалуда…</translation>
    </message>
    <message>
        <source>Encrypting and writing…</source>
        <translation>Шифрланып, жазылуда…</translation>
    </message>
    <message>
        <source>Bundle written.</source>
        <translation>Бума сақталды.</translation>
    </message>
    <message>
        <source>%1 files, %2 withheld, %3
SHA-256: %4
Saved to: %5</source>
        <translation>Файлдар: %1, жіберілмегені: %2, %3
SHA-256: %4
Сақталған орны: %5</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import a bundle from a partner</source>
        <translation>Серіктестен келген буманы импорттау</translation>
    </message>
    <message>
        <source>a .age file received from a partner</source>
        <translation>серіктестен алынған .age файлы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>What the bundle says</source>
        <translation>Бума туралы мәлімет</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Таңба</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Белгісіз жіберуші</translation>
    </message>
    <message>
        <source>name to record for this sender</source>
        <translation>жіберушіні қандай атпен жазу керек</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender by phone or in person, and it matches: accept and record this sender</source>
        <translation>Мен таңбаны жіберушімен телефон арқылы немесе жеке салыстырдым, ол сәйкес келеді: осы жіберушіні қабылдап, жазып қою</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Импорттан бас тарту</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Буманы таңдаңыз</translation>
    </message>
    <message>
        <source>Bundles (*.age);;All files (*)</source>
        <translation>Бумалар (*.age);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Checking the bundle&apos;s signature…</source>
        <translation>Буманың қолтаңбасы тексерілуде…</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>осы қойма</translation>
    </message>
    <message>
        <source>unknown — not one of your contacts</source>
        <translation>белгісіз — сіздің байланыстарыңызда жоқ</translation>
    </message>
    <message>
        <source>%1 items: %2 files, %3 withheld by the sender&apos;s profile</source>
        <translation>Материалдар: %1; файлдар: %2, жіберушінің профилі бойынша жіберілмегені: %3</translation>
    </message>
    <message>
        <source>This bundle is correctly signed, but by a key that is not one of your contacts. Anyone can make a key and claim a name. Call the sender on a phone number you already know (not one given with the bundle), and ask them to read their fingerprint aloud. It must match exactly:

%1

If it differs, do not import the bundle.</source>
        <translation>Бұл бума дұрыс қол қойылған, бірақ сіздің байланыстарыңызда жоқ кілтпен. Кез келген адам кілт жасап, өзгенің атын иеленуі мүмкін. Жіберушіге өзіңізге бұрыннан белгілі телефон нөмірі бойынша қоңырау шалып (бумамен бірге келген нөмірге емес), таңбасын дауыстап оқуын сұраңыз. Ол толық сәйкес келуі керек:

%1

Егер өзгеше болса, буманы импорттамаңыз.</translation>
    </message>
    <message>
        <source>Sender %1</source>
        <translation>Жіберуші %1</translation>
    </message>
    <message>
        <source>Decrypting and checking every file…</source>
        <translation>Әр файлдың шифры ашылып, тексерілуде…</translation>
    </message>
    <message>
        <source>Import finished. Every file and the sender&apos;s custody history were verified.</source>
        <translation>Импорт аяқталды. Әр файл мен жіберушінің сақтау тізбегінің тарихы тексерілді.</translation>
    </message>
    <message>
        <source>%1 imported, %2 already present, %3 withheld by the sender&apos;s profile</source>
        <translation>импортталды: %1, бұрыннан бар: %2, жіберушінің профилі бойынша жіберілмегені: %3</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Импорт тоқтатылды. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>The sender is not one of your contacts. Nothing was imported.</source>
        <translation>Жіберуші сіздің байланыстарыңызда жоқ. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>The bundle was refused and nothing was imported. Reason: %1</source>
        <translation>Бума қабылданбады, ештеңе импортталған жоқ. Себебі: %1</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>Істі өңдеу</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Describe the event before adding it.</source>
        <translation>Оқиғаны қоспас бұрын оны сипаттаңыз.</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Істің атауын көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>CaseLinker</name>
    <message>
        <source>Case to add this item to</source>
        <translation>Бұл материал қосылатын іс</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Іске қосу</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>Істен алып тастау</translation>
    </message>
    <message>
        <source>Take this item out of the case selected above</source>
        <translation>Бұл материалды жоғарыда таңдалған істен алып тастау</translation>
    </message>
</context>
<context>
    <name>CaseOverviewWidget</name>
    <message>
        <source>Edit case…</source>
        <translation>Істі өңдеу…</translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation>Досье…</translation>
    </message>
    <message>
        <source>Export this case as a PDF dossier</source>
        <translation>Бұл істі PDF досье ретінде экспорттау</translation>
    </message>
    <message>
        <source>Bundle…</source>
        <translation>Бума…</translation>
    </message>
    <message>
        <source>Send this case to partners as an encrypted bundle</source>
        <translation>Бұл істі серіктестерге шифрланған бумамен жіберу</translation>
    </message>
    <message>
        <source>Nobody linked yet. Drag items onto a person, or link one in “Tags &amp; links”.</source>
        <translation>Әзірге ешкім байланыстырылмаған. Материалдарды тұлғаның үстіне сүйреңіз немесе «Тегтер мен байланыстар» қойындысында байланыстырыңыз.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Сақтау тізбегі</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>No summary yet: “Edit case…” adds one.</source>
        <translation>Қысқаша сипаттама әзірге жоқ: оны «Істі өңдеу…» арқылы қосуға болады.</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>қорғауда</translation>
    </message>
</context>
<context>
    <name>CenterPane</name>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Case overview</source>
        <translation>Іске шолу</translation>
    </message>
    <message>
        <source>Person overview</source>
        <translation>Тұлғаға шолу</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Материалдар (%1)</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Evidence Vault keeps testimonies, documents, photos and recordings encrypted in one folder on this computer. Nothing leaves it unless you export it.</source>
        <translation>Evidence Vault айғақтарды, құжаттарды, фотосуреттер мен жазбаларды осы компьютердегі бір қалтада шифрланған түрде сақтайды. Сіз экспорттамайынша, ештеңе одан тыс шықпайды.</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Жаңа қойма құру…</translation>
    </message>
    <message>
        <source>Open an existing vault…</source>
        <translation>Бар қойманы ашу…</translation>
    </message>
    <message>
        <source>Recent vaults on this computer</source>
        <translation>Осы компьютердегі соңғы қоймалар</translation>
    </message>
    <message>
        <source>Double-click to open. Only vaults you opened here are listed.</source>
        <translation>Ашу үшін екі рет шертіңіз. Тізімде тек осы жерде ашқан қоймаларыңыз бар.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Тізімнен алып тастау</translation>
    </message>
    <message>
        <source>Forgets the folder&apos;s path on this computer; the vault is not touched.</source>
        <translation>Осы компьютердегі бума жолын ұмытады; қойманың өзіне тиіспейді.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Welcome to Evidence Vault</source>
        <translation>Evidence Vault-қа қош келдіңіз</translation>
    </message>
</context>
<context>
    <name>ChronologyEditor</name>
    <message>
        <source>Add entry…</source>
        <translation>Жазба қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>No entries yet. Add what happened and when (detention, complaint, hearing, decision) with “Add entry…”; the dossier prints them as the case&apos;s chronology.</source>
        <translation>Әзірге жазба жоқ. Не болғанын және қашан болғанын (ұстау, шағым, сот отырысы, шешім) «Жазба қосу…» батырмасымен қосыңыз; досьеде олар істің хронологиясы ретінде басылады.</translation>
    </message>
    <message>
        <source>Remove chronology entry</source>
        <translation>Хронология жазбасын жою</translation>
    </message>
    <message>
        <source>Remove the entry of %1 from the chronology? The custody log keeps a record that it was removed.</source>
        <translation>%1 күнгі жазбаны хронологиядан жою керек пе? Сақтау тізбегінің журналында оның жойылғаны туралы белгі қалады.</translation>
    </message>
</context>
<context>
    <name>ChronologyModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts and keys</source>
        <translation>Байланыстар мен кілттер</translation>
    </message>
    <message>
        <source>This vault — give these public keys to your partners</source>
        <translation>Осы қойма — бұл ашық кілттерді серіктестеріңізге беріңіз</translation>
    </message>
    <message>
        <source>Recipient (encrypt to)</source>
        <translation>Алушы (кімге шифрлау)</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Қолтаңба кілті</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Таңба</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Read the fingerprint to your partner by phone or in person: if theirs matches, the keys were not swapped on the way.</source>
        <translation>Таңбаны серіктесіңізге телефон арқылы немесе жеке кездесуде оқып беріңіз: егер олардікімен сәйкес келсе, кілттер жолда ауыстырылмаған.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <source>Remove contact…</source>
        <translation>Байланысты жою…</translation>
    </message>
    <message>
        <source>the partner organisation</source>
        <translation>серіктес ұйым</translation>
    </message>
    <message>
        <source>base64 or 64 hex digits</source>
        <translation>base64 немесе 64 оналтылық цифр</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Байланыс қосу</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Серіктес қосу</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Көшірілді.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Байланыстың атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The recipient is an age public key: it starts with “age1”.</source>
        <translation>Алушы — age ашық кілті: ол «age1» деп басталады.</translation>
    </message>
    <message>
        <source>Paste the partner&apos;s signing key (base64 or hex).</source>
        <translation>Серіктестің қолтаңба кілтін қойыңыз (base64 немесе hex).</translation>
    </message>
    <message>
        <source>Contact added. Compare its fingerprint with the partner by phone.</source>
        <translation>Байланыс қосылды. Оның таңбасын серіктеспен телефон арқылы салыстырыңыз.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Байланысты жою</translation>
    </message>
    <message>
        <source>Remove “%1”? Bundles can no longer be sent to this partner, and bundles signed by them will be refused until the contact is added again.</source>
        <translation>«%1» жойылсын ба? Бұл серіктеске бумаларды жіберу мүмкін болмайды, ал ол қол қойған бумалар байланыс қайта қосылғанша қабылданбайды.</translation>
    </message>
    <message>
        <source>Contact removed.</source>
        <translation>Байланыс жойылды.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>e.g. your organisation or initials (recorded in the custody log)</source>
        <translation>мысалы, ұйымыңыз немесе аты-жөніңіздің бас әріптері (сақтау тізбегінің журналына жазылады)</translation>
    </message>
    <message>
        <source>Choose a long passphrase (several words). It is never stored; without it or the recovery key nobody, including us, can open the vault.</source>
        <translation>Ұзын құпия фраза таңдаңыз (бірнеше сөз). Ол еш жерде сақталмайды; онсыз немесе қалпына келтіру кілтінсіз ешкім, соның ішінде біз де, қойманы аша алмайды.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Иесі</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Қайталаңыз</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Қойма құру</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Жаңа қойма құру</translation>
    </message>
    <message>
        <source>Creating the vault… (measuring this computer&apos;s speed for the key)</source>
        <translation>Қойма құрылуда… (кілт үшін осы компьютердің жылдамдығы өлшенуде)</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Қойма үшін қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Please type them again.</source>
        <translation>Екі құпия фраза сәйкес келмейді. Оларды қайта теріңіз.</translation>
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
        <translation>ішкі пайдалануға арналған</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>серіктеске арналған</translation>
    </message>
    <message>
        <source>a public</source>
        <translation>жариялауға арналған</translation>
    </message>
    <message>
        <source>a person no longer in the vault</source>
        <translation>қоймада енді жоқ адам</translation>
    </message>
    <message>
        <source>a case no longer in the vault</source>
        <translation>қоймада енді жоқ іс</translation>
    </message>
    <message>
        <source>, in the case %1</source>
        <translation>, %1 ісіне</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, қатысушылар: %1</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>қысқаша сипаттама</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>the pseudonym</source>
        <translation>бүркеншік аты</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>рөлі</translation>
    </message>
    <message>
        <source>the other spellings</source>
        <translation>басқа жазылу нұсқалары</translation>
    </message>
    <message>
        <source>the protection</source>
        <translation>қорғау</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>жазба</translation>
    </message>
    <message>
        <source>Created the vault</source>
        <translation>Қойма құрылды</translation>
    </message>
    <message>
        <source>Imported “%1”</source>
        <translation>«%1» файлы импортталды</translation>
    </message>
    <message>
        <source>Imported a file</source>
        <translation>Файл импортталды</translation>
    </message>
    <message>
        <source>Recorded a testimony</source>
        <translation>Айғақ жазылды</translation>
    </message>
    <message>
        <source>Saved revision %1 of the testimony</source>
        <translation>Айғақтың %1-редакциясы сақталды</translation>
    </message>
    <message>
        <source>(from a partner&apos;s bundle)</source>
        <translation>(серіктес пакетінен)</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Өзгертілді: %1</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>%1 тегі қосылды</translation>
    </message>
    <message>
        <source>Removed the tag %1</source>
        <translation>%1 тегі алынды</translation>
    </message>
    <message>
        <source>Added to the case %1</source>
        <translation>%1 ісіне қосылды</translation>
    </message>
    <message>
        <source>Taken out of the case %1</source>
        <translation>%1 ісінен шығарылды</translation>
    </message>
    <message>
        <source>Linked %1 as %2</source>
        <translation>%1 %2 ретінде байланыстырылды</translation>
    </message>
    <message>
        <source>Linked %1</source>
        <translation>%1 байланыстырылды</translation>
    </message>
    <message>
        <source>Unlinked %1</source>
        <translation>%1 байланысы алынды</translation>
    </message>
    <message>
        <source>Opened the original for viewing</source>
        <translation>Түпнұсқа қарау үшін ашылды</translation>
    </message>
    <message>
        <source>Saved the vault&apos;s partner identity to a file</source>
        <translation>Қойманың серіктестерге арналған кілті файлға сақталды</translation>
    </message>
    <message>
        <source>Saved a copy of the original out of the vault</source>
        <translation>Түпнұсқаның көшірмесі қоймадан тыс сақталды</translation>
    </message>
    <message>
        <source>Exported %1 dossier</source>
        <translation>%1 досье экспортталды</translation>
    </message>
    <message>
        <source>with a password</source>
        <translation>құпиясөзбен</translation>
    </message>
    <message>
        <source>Exported %1 bundle</source>
        <translation>%1 пакет экспортталды</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>алушылар: %1</translation>
    </message>
    <message>
        <source>Received from %1&apos;s bundle</source>
        <translation>%1 жіберген пакеттен алынды</translation>
    </message>
    <message>
        <source>Received from a partner&apos;s bundle</source>
        <translation>Серіктес пакетінен алынды</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Destroyed the stored file: %1</source>
        <translation>Сақталған файл жойылды: %1</translation>
    </message>
    <message>
        <source>Changed the passphrase</source>
        <translation>Құпия фраза өзгертілді</translation>
    </message>
    <message>
        <source>Opened with the recovery key and set a new passphrase</source>
        <translation>Қалпына келтіру кілтімен ашылып, жаңа құпия фраза орнатылды</translation>
    </message>
    <message>
        <source>Received the case %1 from a partner</source>
        <translation>%1 ісі серіктестен алынды</translation>
    </message>
    <message>
        <source>Created the case %1</source>
        <translation>%1 ісі құрылды</translation>
    </message>
    <message>
        <source>Removed a chronology entry</source>
        <translation>Хронология жазбасы жойылды</translation>
    </message>
    <message>
        <source>Edited a chronology entry (%1)</source>
        <translation>Хронология жазбасы өзгертілді (%1)</translation>
    </message>
    <message>
        <source>Added a chronology entry (%1)</source>
        <translation>Хронология жазбасы қосылды (%1)</translation>
    </message>
    <message>
        <source>Received %1 from a partner</source>
        <translation>Серіктестен алынды: %1</translation>
    </message>
    <message>
        <source>Added %1 (protected)</source>
        <translation>%1 қосылды (қорғалған)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 қосылды</translation>
    </message>
    <message>
        <source>Removed the partner %1</source>
        <translation>%1 серіктесі алынып тасталды</translation>
    </message>
    <message>
        <source>Added the partner %1</source>
        <translation>%1 серіктесі қосылды</translation>
    </message>
    <message>
        <source>Changed the vault settings</source>
        <translation>Қойма баптаулары өзгертілді</translation>
    </message>
</context>
<context>
    <name>CustodyActions</name>
    <message>
        <source>create</source>
        <comment>custody event: the vault was created</comment>
        <translation>қойманы құру</translation>
    </message>
    <message>
        <source>import</source>
        <comment>custody event: a file was imported</comment>
        <translation>импорттау</translation>
    </message>
    <message>
        <source>testimony</source>
        <comment>custody event: a testimony was recorded</comment>
        <translation>айғақты жазу</translation>
    </message>
    <message>
        <source>revise</source>
        <comment>custody event: a new revision of a testimony</comment>
        <translation>жаңа редакция</translation>
    </message>
    <message>
        <source>edit</source>
        <comment>custody event: a record was edited</comment>
        <translation>өзгерту</translation>
    </message>
    <message>
        <source>tag</source>
        <comment>custody event: a tag was added</comment>
        <translation>тег қосу</translation>
    </message>
    <message>
        <source>untag</source>
        <comment>custody event: a tag was removed</comment>
        <translation>тегті алу</translation>
    </message>
    <message>
        <source>link</source>
        <comment>custody event: linked to a person or case</comment>
        <translation>байланыстыру</translation>
    </message>
    <message>
        <source>unlink</source>
        <comment>custody event: a link was removed</comment>
        <translation>байланысты үзу</translation>
    </message>
    <message>
        <source>view</source>
        <comment>custody event: the original was opened for viewing</comment>
        <translation>қарау</translation>
    </message>
    <message>
        <source>extract</source>
        <comment>custody event: the original was saved out of the vault</comment>
        <translation>шығарып алу</translation>
    </message>
    <message>
        <source>export</source>
        <comment>custody event: exported in a dossier or bundle</comment>
        <translation>экспорттау</translation>
    </message>
    <message>
        <source>receive</source>
        <comment>custody event: received from a partner&apos;s bundle</comment>
        <translation>қабылдау</translation>
    </message>
    <message>
        <source>delete</source>
        <comment>custody event: deleted</comment>
        <translation>жою</translation>
    </message>
    <message>
        <source>destroy</source>
        <comment>custody event: the stored bytes were destroyed</comment>
        <translation>біржола жою</translation>
    </message>
    <message>
        <source>passphrase</source>
        <comment>custody event: the passphrase was changed</comment>
        <translation>құпия фразаны ауыстыру</translation>
    </message>
    <message>
        <source>recover</source>
        <comment>custody event: opened with the recovery key</comment>
        <translation>қалпына келтіру кілтімен ашу</translation>
    </message>
    <message>
        <source>case</source>
        <comment>custody event: a case was created or changed</comment>
        <translation>істі өзгерту</translation>
    </message>
    <message>
        <source>case-event</source>
        <comment>custody event: a chronology entry was added</comment>
        <translation>хронология жазбасы</translation>
    </message>
    <message>
        <source>person</source>
        <comment>custody event: a person record was created or changed</comment>
        <translation>тұлға туралы мәліметті өзгерту</translation>
    </message>
    <message>
        <source>contact</source>
        <comment>custody event: a partner contact was added or removed</comment>
        <translation>байланыстарды өзгерту</translation>
    </message>
    <message>
        <source>settings</source>
        <comment>custody event: vault settings were changed</comment>
        <translation>баптауларды өзгерту</translation>
    </message>
    <message>
        <source>backup</source>
        <comment>custody event: a backup copy of the vault was made</comment>
        <translation>сақтық көшірме</translation>
    </message>
    <message>
        <source>escrow</source>
        <comment>custody event: the header escrowed with a partner</comment>
        <translation>тақырып серіктеске берілді</translation>
    </message>
    <message>
        <source>travel-start</source>
        <comment>custody event: travel mode started</comment>
        <translation>сапар режимінің басы</translation>
    </message>
    <message>
        <source>travel-end</source>
        <comment>custody event: travel mode ended</comment>
        <translation>сапар режимінің соңы</translation>
    </message>
    <message>
        <source>duress-set</source>
        <comment>custody event: a duress passphrase was set</comment>
        <translation>мәжбүрлеу фразасы орнатылды</translation>
    </message>
    <message>
        <source>recovery-split</source>
        <comment>custody event: recovery shares made</comment>
        <translation>қалпына келтіру кілті бөлінді</translation>
    </message>
    <message>
        <source>provenance</source>
        <comment>custody event: proof carried by the file was checked</comment>
        <translation>шығу тегін тексеру</translation>
    </message>
</context>
<context>
    <name>CustodyBox</name>
    <message>
        <source>No custody events yet.</source>
        <translation>Сақтау тізбегінде әзірге оқиға жоқ.</translation>
    </message>
    <message>
        <source>signatures verified</source>
        <translation>қолтаңбалар тексерілді</translation>
    </message>
    <message>
        <source>signature check FAILED — run Verify vault</source>
        <translation>қолтаңбаларды тексеру СӘТСІЗ — қойманы тексеруді іске қосыңыз</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message>
        <source>Last: %1, %2</source>
        <translation>Соңғысы: %1, %2</translation>
    </message>
    <message>
        <source>Hash of the last event: %1</source>
        <translation>Соңғы оқиғаның хеші: %1</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолтаңба</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Хэш</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>тексерілді</translation>
    </message>
    <message>
        <source>does not verify</source>
        <translation>тексеруден өтпейді</translation>
    </message>
    <message>
        <source>SHA-256 of the event: %1 (double-click to copy)</source>
        <translation>Оқиғаның SHA-256 мәні: %1 (көшіру үшін екі рет шертіңіз)</translation>
    </message>
    <message>
        <source>The event&apos;s hash and signature check out under this vault&apos;s key.</source>
        <translation>Оқиғаның хэші мен қолтаңбасы осы қойманың кілтімен расталды.</translation>
    </message>
    <message>
        <source>This event&apos;s hash or signature does not check out: run Vault ▸ Verify vault…</source>
        <translation>Бұл оқиғаның хэші немесе қолтаңбасы расталмады: Қойма ▸ Қойманы тексеру… іске қосыңыз</translation>
    </message>
</context>
<context>
    <name>CustodyPanel</name>
    <message>
        <source>Copy event hash</source>
        <translation>Оқиға хэшін көшіру</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Edit testimony…</source>
        <translation>Айғақты өңдеу…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Түсірілген</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Түпнұсқа атауы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Файл түрі</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер саны</translation>
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
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>SHA-256 көшіру</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метадеректер</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>People and cases</source>
        <translation>Тұлғалар мен істер</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Tags &amp;&amp; links</source>
        <translation>Тегтер мен байланыстар</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Редакциялар</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Сақтау тізбегі</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Мәліметтерін көру үшін материалды таңдаңыз.</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>қорғауда</translation>
    </message>
    <message>
        <source>Person: %1 (%2)</source>
        <translation>Тұлға: %1 (%2)</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Іс: %1</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Export a case dossier (PDF)</source>
        <translation>Іс бойынша досьені экспорттау (PDF)</translation>
    </message>
    <message>
        <source>e.g. your organisation (printed on the cover)</source>
        <translation>мысалы, ұйымыңыз (мұқабада басылады)</translation>
    </message>
    <message>
        <source>optional: the PDF then opens only with it (AES-256)</source>
        <translation>міндетті емес: сонда PDF тек сонымен ашылады (AES-256)</translation>
    </message>
    <message>
        <source>repeat the password</source>
        <translation>құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Дайындаған</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сақтау орны</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Sign (PAdES, certificate named after this vault&apos;s fingerprint)</source>
        <translation>Қол қою (PAdES, сертификат осы қойманың саусақ ізімен аталған)</translation>
    </message>
    <message>
        <source>A password-protected dossier is not PDF/A and carries no attached originals.</source>
        <translation>Құпиясөзі бар досье PDF/A емес және оған түпнұсқалар тіркелмейді.</translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation>Досьені сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>The two passwords differ. Please type them again.</source>
        <translation>Екі құпиясөз сәйкес келмейді. Оларды қайта теріңіз.</translation>
    </message>
    <message>
        <source>Choose where to save the dossier.</source>
        <translation>Досьені қайда сақтау керектігін таңдаңыз.</translation>
    </message>
    <message>
        <source>Collecting the case…</source>
        <translation>Іс материалдары жиналуда…</translation>
    </message>
    <message>
        <source>Preparing photos (re-encoded without metadata)…</source>
        <translation>Фотосуреттер дайындалуда (метадеректерсіз қайта кодталады)…</translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation>Беттер құрастырылуда…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Файл жазылуда…</translation>
    </message>
    <message>
        <source>Dossier written.</source>
        <translation>Досье сақталды.</translation>
    </message>
    <message>
        <source>%1 pages
SHA-256: %2
Saved to: %3</source>
        <translation>Беттер саны: %1
SHA-256: %2
Сақталған орны: %3</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No results for “%1”. Check the spelling, try fewer or shorter words, or search All items (click it on the left).</source>
        <translation>«%1» бойынша ештеңе табылмады. Жазылуын тексеріңіз, азырақ немесе қысқарақ сөз алыңыз, не барлық материалдардан іздеңіз (сол жақтағы «Барлық материалдар» түймесін басыңыз).</translation>
    </message>
    <message>
        <source>No items in this case yet. Drag items from All items onto the case on the left, or choose “Add to case” in an item&apos;s menu (right click). Files imported while this case is selected are added to it.</source>
        <translation>Бұл істе әзірге материал жоқ. Материалдарды «Барлық материалдар» ішінен сол жақтағы іске сүйреңіз немесе материал мәзірінен «Іске қосу» таңдаңыз (оң жақ шерту). Іс таңдалып тұрғанда импортталған файлдар соған қосылады.</translation>
    </message>
    <message>
        <source>No items linked to this person yet. Drag items onto the person on the left, or choose “Link person with role” in an item&apos;s menu (right click).</source>
        <translation>Бұл тұлғамен әзірге бірде-бір материал байланыстырылмаған. Материалдарды сол жақтағы тұлғаға сүйреңіз немесе материал мәзірінен «Тұлғамен байланыстыру (рөлімен)» таңдаңыз (оң жақ шерту).</translation>
    </message>
    <message>
        <source>No items here yet.</source>
        <translation>Мұнда әзірге материал жоқ.</translation>
    </message>
    <message>
        <source>This vault is empty. Import photos, documents and recordings with Vault ▸ Import files… (Ctrl+I) or by dragging them onto this window, or write a testimony with Records ▸ New testimony…</source>
        <translation>Қойма бос. Фото, құжаттар мен жазбаларды Қойма ▸ Файлдарды импорттау… (Ctrl+I) арқылы немесе осы терезеге сүйреп импорттаңыз, не Жазбалар ▸ Жаңа айғақ… арқылы айғақ жазыңыз.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit chronology entry</source>
        <translation>Хронология жазбасын өңдеу</translation>
    </message>
    <message>
        <source>New chronology entry</source>
        <translation>Хронологияның жаңа жазбасы</translation>
    </message>
    <message>
        <source>What happened, where, who was involved</source>
        <translation>Не болды, қайда, кім қатысты</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase did not open this vault. Nothing was changed; please try again.</source>
        <translation>Бұл құпия фраза қойманы ашпады. Ештеңе өзгертілген жоқ; қайта көріңіз.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Қойма құлыпталған.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>The bundle was refused and nothing was imported: %1</source>
        <translation>Бума қабылданбады, ештеңе импортталған жоқ: %1</translation>
    </message>
    <message>
        <source>An integrity check failed: this data may have been altered.</source>
        <translation>Тұтастықты тексеру сәтсіз аяқталды: бұл деректер өзгертілген болуы мүмкін.</translation>
    </message>
    <message>
        <source>This vault is in travel mode: its keys are with your partner organisation. Ask them for the header, then end travel mode.</source>
        <translation>Қойма сапар режимінде: оның кілттері серіктес ұйымда. Олардан тақырыпты (header) сұрап алыңыз, содан кейін сапар режимін аяқтаңыз.</translation>
    </message>
    <message>
        <source>The vault looks damaged: %1</source>
        <translation>Қойма зақымдалған сияқты: %1</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>Файлды оқу немесе жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>This record is no longer in the vault (it may have been deleted meanwhile).</source>
        <translation>Бұл жазба қоймада енді жоқ (ол осы арада жойылған болуы мүмкін).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). Please try again; if it happens again, run Vault ▸ Verify vault…</source>
        <translation>Күтпеген қате болды (%1). Қайталап көріңіз; қате қайталанса, Қойма ▸ Қойманы тексеру… іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Arrest</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Сот отырысы</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Үкім</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Басқа мекемеге ауыстыру</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Босату</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>Export &amp;dossier (PDF)…</source>
        <translation>&amp;Досьені экспорттау (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Send case to partners…</source>
        <translation>Істі серіктестерге &amp;жіберу…</translation>
    </message>
    <message>
        <source>&amp;Import bundle from a partner…</source>
        <translation>Серіктестен келген буманы &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Contacts and keys…</source>
        <translation>&amp;Байланыстар мен кілттер…</translation>
    </message>
    <message>
        <source>&amp;About Evidence Vault</source>
        <translation>Evidence Vault &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation>А&amp;лмасу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Cancel export</source>
        <translation>Экспортты тоқтату</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Экспорт тоқтатылды. Ешбір файл жазылмады.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>There is no case yet. Create a case and add items to it first.</source>
        <translation>Әзірге іс жоқ. Алдымен іс құрып, оған материалдар қосыңыз.</translation>
    </message>
</context>
<context>
    <name>ExportDoneButtons</name>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Opens the exported file with this computer&apos;s viewer.</source>
        <translation>Экспортталған файлды осы компьютердің қарау бағдарламасымен ашады.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Бумада көрсету</translation>
    </message>
</context>
<context>
    <name>ExportNames</name>
    <message>
        <source>internal</source>
        <translation>ішкі</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>серіктеске</translation>
    </message>
    <message>
        <source>public</source>
        <translation>жария</translation>
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
        <translation>Ішкі: барлығы, өз ұйымыңыз үшін</translation>
    </message>
    <message>
        <source>Partner: protected people pseudonymised, originals only if cleared</source>
        <translation>Серіктес: қорғалатын адамдар бүркеншік атпен, түпнұсқалар тек рұқсатпен</translation>
    </message>
    <message>
        <source>Public: everyone not marked public pseudonymised, originals only if cleared</source>
        <translation>Жария: жария деп белгіленбегендердің бәрі бүркеншік атпен, түпнұсқалар тек рұқсатпен</translation>
    </message>
    <message>
        <source>Protected people shown by pseudonym</source>
        <translation>Қорғаудағы тұлғалар бүркеншік атпен көрсетілген</translation>
    </message>
    <message>
        <source>People not marked public shown by pseudonym</source>
        <translation>Жария деп белгіленбеген адамдар бүркеншік атпен көрсетілді</translation>
    </message>
    <message>
        <source>Victims and witnesses shown by pseudonym</source>
        <translation>Жәбірленушілер мен куәлар бүркеншік атпен көрсетілген</translation>
    </message>
    <message>
        <source>Name mentions replaced by pseudonyms</source>
        <translation>Есімдер бүркеншік аттармен ауыстырылған</translation>
    </message>
    <message>
        <source>Words close to a hidden name replaced by pseudonyms</source>
        <translation>Жасырын есімге ұқсас сөздер бүркеншік аттармен ауыстырылды</translation>
    </message>
    <message>
        <source>Phone numbers in text replaced</source>
        <translation>Мәтіндегі телефон нөмірлері ауыстырылды</translation>
    </message>
    <message>
        <source>Personal identity numbers (IIN) in text replaced</source>
        <translation>Мәтіндегі ЖСН ауыстырылды</translation>
    </message>
    <message>
        <source>Recorded pseudonyms too close to a name, replaced</source>
        <translation>Атқа тым жақын жазылған бүркеншік аттар ауыстырылды</translation>
    </message>
    <message>
        <source>GPS positions removed</source>
        <translation>GPS координаттары алынған</translation>
    </message>
    <message>
        <source>Device serial numbers and owner fields removed</source>
        <translation>Құрылғылардың сериялық нөмірлері мен иесі туралы деректер алынған</translation>
    </message>
    <message>
        <source>Locations coarsened</source>
        <translation>Орындар жалпыланған</translation>
    </message>
    <message>
        <source>Original file names withheld</source>
        <translation>Түпнұсқа файл атаулары жасырылған</translation>
    </message>
    <message>
        <source>Aliases carrying a hidden name withheld</source>
        <translation>Жасырын атты қамтитын ат нұсқалары берілмеді</translation>
    </message>
    <message>
        <source>Images re-encoded without metadata</source>
        <translation>Суреттер метадеректерсіз қайта кодталған</translation>
    </message>
</context>
<context>
    <name>FieldMenu</name>
    <message>
        <source>&amp;Back up to…</source>
        <translation>&amp;Сақтық көшірме…</translation>
    </message>
    <message>
        <source>Split recovery key among &amp;colleagues…</source>
        <translation>Қалпына келтіру кілтін &amp;әріптестерге бөлу…</translation>
    </message>
    <message>
        <source>&amp;Wipe vault…</source>
        <translation>Қойманы &amp;жою…</translation>
    </message>
    <message>
        <source>The vault was not closed properly last time (a power cut or a crash). %1 unfinished file(s) of an interrupted write were cleaned up; nothing that was saved was lost.</source>
        <translation>Өткен жолы қойма дұрыс жабылмады (жарық өшті немесе ақау болды). Үзілген жазудың аяқталмаған файлдары тазаланды: %1; сақталған ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
        <source>This vault has never been backed up. Vault → Back up to… makes a copy on a USB disk.</source>
        <translation>Бұл қойманың әлі сақтық көшірмесі жоқ. Қойма → Сақтық көшірме… USB дискіге көшірме жасайды.</translation>
    </message>
    <message>
        <source>The last backup is %1 days old. Vault → Back up to… updates it.</source>
        <translation>Соңғы сақтық көшірме жасалғанына %1 күн болды. Қойма → Сақтық көшірме… оны жаңартады.</translation>
    </message>
    <message>
        <source>Backup finished.</source>
        <translation>Сақтық көшірме дайын.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Терезеге сыйдыру</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Нақты өлшемі</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>&lt;b&gt;EXIF&lt;/b&gt;</source>
        <translation>&lt;b&gt;EXIF&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Пиксельдер</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>This photo records where it was taken. Partner and public exports remove it.</source>
        <translation>Бұл фотосуретте түсірілген орны жазылған. Серіктестерге және жария экспорт кезінде ол алынып тасталады.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received document&lt;/b&gt;</source>
        <translation>&lt;b&gt;Алынған құжат&lt;/b&gt;</translation>
    </message>
    <message>
        <source>a partner (no longer in your contacts)</source>
        <translation>серіктес (ол енді контактілеріңізде жоқ)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынған уақыты</translation>
    </message>
    <message>
        <source>The partner sent this document as page images, without its text or metadata. Each page is kept exactly as the partner signed it and checked every time it is opened.</source>
        <translation>Серіктес бұл құжатты мәтінсіз және метадеректерсіз, беттердің суреттері ретінде жіберді. Әр бет серіктес қол қойған күйінде дәл сақталады және әр ашылған сайын тексеріледі.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1-бет, барлығы %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>added to the case</source>
        <translation>іске қосылды</translation>
    </message>
    <message>
        <source>tagged: %1</source>
        <translation>тегтер: %1</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>өзгерту қажет емес</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>Дәлелдемелерді импорттау</translation>
    </message>
    <message>
        <source>Drop files or folders here, or choose them below. Originals are hashed and sealed; the files on disk are left untouched.</source>
        <translation>Файлдарды немесе қалталарды осында сүйреп әкеліңіз не төменнен таңдаңыз. Түпнұсқалардың хеші есептеліп, олар мөрленеді; дискідегі файлдар өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Файлдар қосу…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Қалта қосу…</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(іссіз)</translation>
    </message>
    <message>
        <source>tags separated by commas, e.g. status/needs-verification</source>
        <translation>үтірмен бөлінген тегтер, мысалы status/needs-verification</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Импорттан бас тарту</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Импорттау үшін файлдарды таңдаңыз</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Импорттау үшін қалтаны таңдаңыз</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Файлдар оқылуда…</translation>
    </message>
    <message>
        <source>%1 of %2 files, %3 MB</source>
        <translation>%2 файлдың %1-і, %3 МБ</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the vault, %3 rejected</source>
        <translation>импортталды: %1, қоймада бұрыннан бар: %2, қабылданбады: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the vault added to the case</source>
        <translation>
            <numerusform>қоймада бұрыннан бар %n файл іске қосылды</numerusform>
            <numerusform>қоймада бұрыннан бар %n файл іске қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the vault tagged</source>
        <translation>
            <numerusform>қоймада бұрыннан бар %n файлға тег қойылды</numerusform>
            <numerusform>қоймада бұрыннан бар %n файлға тег қойылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Импорт аяқталды.</translation>
    </message>
    <message>
        <source>Import cancelled. Files already imported stay in the vault.</source>
        <translation>Импорт тоқтатылды. Импортталып үлгерген файлдар қоймада қалады.</translation>
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
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Қоймада бұрыннан бар</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
</context>
<context>
    <name>IntakeReasons</name>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>бос файл (0 байт)</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>оқу мүмкін емес: рұқсат жоқ</translation>
    </message>
    <message>
        <source>file vanished before it could be read</source>
        <translation>файл оқылмай тұрып жоғалып кетті</translation>
    </message>
    <message>
        <source>is inside the vault&apos;s own folder</source>
        <translation>қойманың өз қалтасында орналасқан</translation>
    </message>
    <message>
        <source>symbolic link leads outside the imported folder</source>
        <translation>символдық сілтеме импортталатын қалтадан тыс жерге апарады</translation>
    </message>
    <message>
        <source>symbolic link leads nowhere (broken or looping)</source>
        <translation>символдық сілтеме ешқайда апармайды (бұзылған немесе тұйықталған)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>мұндай файл немесе қалта жоқ</translation>
    </message>
    <message>
        <source>a named pipe (FIFO) is not a file</source>
        <translation>атаулы арна (FIFO) файл емес</translation>
    </message>
    <message>
        <source>a socket is not a file</source>
        <translation>сокет файл емес</translation>
    </message>
    <message>
        <source>a device is not a file</source>
        <translation>құрылғы файл емес</translation>
    </message>
    <message>
        <source>became a folder while importing</source>
        <translation>импорт кезінде қалтаға айналды</translation>
    </message>
    <message>
        <source>became a symbolic link while importing</source>
        <translation>импорт кезінде символдық сілтемеге айналды</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>кәдімгі файл емес</translation>
    </message>
</context>
<context>
    <name>IntakeWarnings</name>
    <message>
        <source>audio/video metadata could not be read</source>
        <translation>аудио/бейне метадеректерін оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>audio/video metadata could not be fully read (damaged or truncated file)</source>
        <translation>аудио/бейне метадеректері толық оқылмады (файл зақымдалған немесе қысқартылған)</translation>
    </message>
    <message>
        <source>audio/video metadata not read: its tags are larger than 6 MiB</source>
        <translation>аудио/бейне метадеректері оқылмады: тегтері 6 МиБ-тан үлкен</translation>
    </message>
    <message>
        <source>text could not be extracted</source>
        <translation>мәтінді шығару мүмкін болмады</translation>
    </message>
    <message>
        <source>text could not be extracted: unknown document type</source>
        <translation>мәтінді шығару мүмкін болмады: құжат түрі белгісіз</translation>
    </message>
    <message>
        <source>text could not be extracted: no document body in the DOCX</source>
        <translation>мәтінді шығару мүмкін болмады: DOCX ішінде құжат мәтіні жоқ</translation>
    </message>
    <message>
        <source>text could not be extracted: no content in the ODT</source>
        <translation>мәтінді шығару мүмкін болмады: ODT ішінде мазмұн жоқ</translation>
    </message>
    <message>
        <source>text could not be extracted: not an RTF document</source>
        <translation>мәтінді шығару мүмкін болмады: бұл RTF құжаты емес</translation>
    </message>
    <message>
        <source>text could not be extracted: the content is not text</source>
        <translation>мәтінді шығару мүмкін болмады: мазмұны мәтін емес</translation>
    </message>
    <message>
        <source>text could not be extracted: the PDF is password-protected</source>
        <translation>мәтінді шығару мүмкін болмады: PDF құпиясөзбен қорғалған</translation>
    </message>
    <message>
        <source>text could not be extracted: the document took too long or needed too much memory to read</source>
        <translation>мәтінді шығару мүмкін болмады: құжатты оқу тым ұзаққа созылды немесе тым көп жад қажет болды</translation>
    </message>
    <message>
        <source>text could not be extracted: no process could be started to read the document</source>
        <translation>мәтінді шығару мүмкін болмады: құжатты оқитын процесті іске қосу мүмкін болмады</translation>
    </message>
    <message>
        <source>text could not be extracted: the document is too large to read safely</source>
        <translation>мәтінді шығару мүмкін болмады: құжат қауіпсіз оқу үшін тым үлкен</translation>
    </message>
    <message>
        <source>text could not be extracted: the document is unsafe to unpack</source>
        <translation>мәтінді шығару мүмкін болмады: құжатты ашу қауіпті</translation>
    </message>
    <message>
        <source>text could not be extracted: the document&apos;s XML was refused</source>
        <translation>мәтінді шығару мүмкін болмады: құжаттың XML-і қабылданбады</translation>
    </message>
    <message>
        <source>image not decoded: the file is larger than %1 MiB</source>
        <translation>сурет ашылмады: файл %1 МиБ-тан үлкен</translation>
    </message>
    <message>
        <source>the file changed while it was being imported (%1 bytes at the start, %2 read)</source>
        <translation>файл импорттау кезінде өзгерді (басында %1 байт, оқылғаны %2)</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message numerus="yes">
        <source>%n item(s) added to the case.</source>
        <translation>
            <numerusform>%n материал іске қосылды.</numerusform>
            <numerusform>%n материал іске қосылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) removed from the case.</source>
        <translation>
            <numerusform>%n материал істен алынды.</numerusform>
            <numerusform>%n материал істен алынды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Person linked to %n item(s).</source>
        <translation>
            <numerusform>Тұлға %n материалмен байланыстырылды.</numerusform>
            <numerusform>Тұлға %n материалмен байланыстырылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) tagged.</source>
        <translation>
            <numerusform>%n материалға тег қойылды.</numerusform>
            <numerusform>%n материалға тег қойылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag removed from %n item(s).</source>
        <translation>
            <numerusform>%n материалдан тег алынды.</numerusform>
            <numerusform>%n материалдан тег алынды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag items</source>
        <translation>Тег қою</translation>
    </message>
    <message>
        <source>Tag (a path like violation/torture; several separated by commas):</source>
        <translation>Тег (бұзушылық/азаптау сияқты жол; бірнешеуін үтір арқылы):</translation>
    </message>
    <message>
        <source>Untag items</source>
        <translation>Тегті алып тастау</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Алынатын тег:</translation>
    </message>
    <message>
        <source>The selected items have no tags.</source>
        <translation>Таңдалған материалдарда тег жоқ.</translation>
    </message>
</context>
<context>
    <name>ItemContextMenu</name>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n материал таңдалды</numerusform>
            <numerusform>%n материал таңдалды</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Іске қосу</translation>
    </message>
    <message>
        <source>No cases yet: create one with Records → New case…</source>
        <translation>Әзірге іс жоқ: Жазбалар → Жаңа іс… арқылы құрыңыз</translation>
    </message>
    <message>
        <source>Remove from case “%1”</source>
        <translation>«%1» ісінен алып тастау</translation>
    </message>
    <message>
        <source>Link person with role</source>
        <translation>Тұлғамен байланыстыру (рөлімен)</translation>
    </message>
    <message>
        <source>No people yet: add one with Records → New person…</source>
        <translation>Әзірге тұлға жоқ: Жазбалар → Жаңа тұлға… арқылы қосыңыз</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Тег қою…</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>Тегті алып тастау…</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>Істі экспорттау</translation>
    </message>
    <message>
        <source>Dossier (PDF)…</source>
        <translation>Досье (PDF)…</translation>
    </message>
    <message>
        <source>Bundle for partners…</source>
        <translation>Серіктестерге бума…</translation>
    </message>
    <message>
        <source>Select a case in the left panel to export it</source>
        <translation>Істі экспорттау үшін оны сол жақ панельде таңдаңыз</translation>
    </message>
</context>
<context>
    <name>ItemListPanel</name>
    <message>
        <source>Search titles, testimonies, notes, people, tags…</source>
        <translation>Іздеу: атау, айғақ, ескертпе, тұлға, тег…</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Іздеуді сақтау</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n нәтиже</numerusform>
            <numerusform>%n нәтиже</numerusform>
        </translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (қалғанын көру үшін айналдырыңыз)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n материал</numerusform>
            <numerusform>%n материал</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n материал таңдалды</numerusform>
            <numerusform>%n материал таңдалды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Түсірілген</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>KeyWatcher</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock қосулы.</translation>
    </message>
    <message>
        <source>Keyboard layout: %1</source>
        <translation>Пернетақта тілі: %1</translation>
    </message>
</context>
<context>
    <name>KindCounts</name>
    <message numerus="yes">
        <source>%n item(s) in all</source>
        <translation>
            <numerusform>Барлығы %n материал</numerusform>
            <numerusform>Барлығы %n материал</numerusform>
        </translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation>Әзірге материал жоқ.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Testimony</source>
        <translation>Айғақ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотосурет</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Бейне</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
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
        <translation>Қойма ашық. Құлыптау: Ctrl+L.</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Файлдарды &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Қазір құлыптау</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Қойма</translation>
    </message>
    <message>
        <source>Import a &amp;messenger export…</source>
        <translation>&amp;Мессенджер экспортын импорттау…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Жазбалар</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Жаңа &amp;іс…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Жаңа &amp;тұлға…</translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation>Жаңа &amp;айғақ…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі панель</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Шифр ашылуда…</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Іздеуді сақтау</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>Осы іздеудің атауы:</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Жұмыс жүріп жатыр</translation>
    </message>
    <message>
        <source>Work is still running. Quit anyway?</source>
        <translation>Жұмыс әлі орындалуда. Бәрібір шығасыз ба?</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>Ойнату мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Үзіліс</translation>
    </message>
</context>
<context>
    <name>MessengerImportDialog</name>
    <message>
        <source>Import a messenger export</source>
        <translation>Мессенджер экспортын импорттау</translation>
    </message>
    <message>
        <source>Choose the folder of a chat export: Telegram Desktop&apos;s (it holds messages.html or result.json) or WhatsApp&apos;s (the .txt and the media files). Each photo, video, voice message and file becomes an item that records the chat, the sender, the date and the message.</source>
        <translation>Чат экспортының қалтасын таңдаңыз: Telegram Desktop (онда messages.html немесе result.json бар) немесе WhatsApp (.txt файлы және медиафайлдар). Әр фото, бейне, дауыстық хабар және файл чатты, жіберушіні, күнді және хабарды жазатын материалға айналады.</translation>
    </message>
    <message>
        <source>Choose export folder…</source>
        <translation>Экспорт қалтасын таңдау…</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(іссіз)</translation>
    </message>
    <message>
        <source>Keep the chat itself as a record</source>
        <translation>Чаттың өзін жазба ретінде сақтау</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Экспорт қалтасын таңдаңыз</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Экспорт оқылуда…</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(байланыстырылмаған)</translation>
    </message>
    <message>
        <source>Chat: %1 · %2 files</source>
        <translation>Чат: %1 · файлдар: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the vault, %3 rejected</source>
        <translation>импортталды: %1, қоймада бұрыннан бар: %2, қабылданбады: %3</translation>
    </message>
    <message>
        <source>%1 files named in the chat are not in the export</source>
        <translation>чатта аталған файлдар экспортта жоқ: %1</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <source>taken</source>
        <translation>түсірілген уақыты</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>make</source>
        <translation>өндіруші</translation>
    </message>
    <message>
        <source>model</source>
        <translation>моделі</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>сериялық нөмірі</translation>
    </message>
    <message>
        <source>lens</source>
        <translation>объектив</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>бағдары</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>ендік</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>бойлық</translation>
    </message>
    <message>
        <source>altitude, m</source>
        <translation>биіктік, м</translation>
    </message>
    <message>
        <source>format</source>
        <translation>пішім</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ені</translation>
    </message>
    <message>
        <source>height</source>
        <translation>биіктігі</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>беттер саны</translation>
    </message>
    <message>
        <source>page images</source>
        <translation>бет суреттері</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>шифрланған</translation>
    </message>
    <message>
        <source>contains JavaScript</source>
        <translation>JavaScript бар</translation>
    </message>
    <message>
        <source>text truncated</source>
        <translation>мәтін қысқартылған</translation>
    </message>
    <message>
        <source>characters of body text</source>
        <translation>негізгі мәтін таңбалары</translation>
    </message>
    <message>
        <source>embedded pictures</source>
        <translation>ендірілген суреттер</translation>
    </message>
    <message>
        <source>duration, s</source>
        <translation>ұзақтығы, с</translation>
    </message>
    <message>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>artist</source>
        <translation>орындаушы</translation>
    </message>
    <message>
        <source>album</source>
        <translation>альбом</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>түсініктеме</translation>
    </message>
    <message>
        <source>software</source>
        <translation>бағдарлама</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күні</translation>
    </message>
</context>
<context>
    <name>NavModel</name>
    <message>
        <source>All items</source>
        <translation>Барлық материалдар</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сақталған іздеулер</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>қорғауда</translation>
    </message>
    <message>
        <source>Protected: shown as “%1” in partner and public exports</source>
        <translation>Қорғауда: серіктестерге және жария экспортта «%1» деп көрсетіледі</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Delete saved search…</source>
        <translation>Сақталған іздеуді жою…</translation>
    </message>
    <message>
        <source>Link person</source>
        <translation>Тұлғамен байланыстыру</translation>
    </message>
    <message numerus="yes">
        <source>Role of the person in the %n item(s):</source>
        <translation>
            <numerusform>Тұлғаның %n материалдағы рөлі:</numerusform>
            <numerusform>Тұлғаның %n материалдағы рөлі:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Жасыру</translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Құпия фраза кемінде %1 таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>That passphrase is too easy to guess. Use several words that belong together only for you.</source>
        <translation>Бұл құпия фразаны табу тым оңай. Тек сіз үшін ғана байланысты бірнеше сөзді алыңыз.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Тұлғаны өңдеу</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <source>shown instead of the name in protecting exports; empty: one is assigned</source>
        <translation>қорғалған экспорттарда есімнің орнына көрсетіледі; бос болса, автоматты түрде тағайындалады</translation>
    </message>
    <message>
        <source>Protected: never name this person outside internal exports</source>
        <translation>Қорғауда: бұл тұлғаның атын ішкі экспорттан тыс ешқашан атамау</translation>
    </message>
    <message>
        <source>Public: may appear by real name in public exports (officials, public figures)</source>
        <translation>Жария тұлға: жария экспорттарда шын есімімен аталуы мүмкін (лауазымды тұлғалар, қоғам қайраткерлері)</translation>
    </message>
    <message>
        <source>Public exports name only people marked public; everyone else is pseudonymised.</source>
        <translation>Жария экспорттар тек жария деп белгіленген адамдарды атайды; қалғандарының бәрі бүркеншік атпен ауыстырылады.</translation>
    </message>
    <message>
        <source>other spellings, separated by commas</source>
        <translation>басқа жазылу нұсқалары, үтірмен бөлінген</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Басқа есімдері</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Аты-жөнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>This pseudonym shares a stem with the name or an alias, so it would point to the person. Choose another, or leave it empty to have one assigned.</source>
        <translation>Бұл бүркеншік аттың есіммен немесе басқа жазылуымен ортақ түбірі бар, сондықтан ол адамды көрсетіп қояды. Басқасын таңдаңыз немесе автоматты түрде тағайындалуы үшін бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>An alias carries the name of a person who is hidden in exports. Aliases of people shown by name must not; remove it.</source>
        <translation>Жазылулардың бірінде экспорттарда жасырылатын адамның есімі бар. Есімімен көрсетілетін адамдарда мұндай жазылу болмауы керек; оны алып тастаңыз.</translation>
    </message>
</context>
<context>
    <name>PersonLinker</name>
    <message>
        <source>Person to link to this item</source>
        <translation>Осы материалмен байланыстырылатын тұлға</translation>
    </message>
    <message>
        <source>(role)</source>
        <translation>(рөлі)</translation>
    </message>
    <message>
        <source>The person&apos;s role in this item</source>
        <translation>Тұлғаның осы материалдағы рөлі</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Байланыстыру</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Байланысты үзу</translation>
    </message>
    <message>
        <source>Remove the link to the person selected above</source>
        <translation>Жоғарыда таңдалған тұлғамен байланысты алып тастау</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>қорғауда</translation>
    </message>
</context>
<context>
    <name>PersonOverviewWidget</name>
    <message>
        <source>Edit person…</source>
        <translation>Тұлғаны өңдеу…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Сақтау тізбегі</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>Байланысты материалдар</translation>
    </message>
    <message>
        <source>protected: shown as “%1” in partner and public exports</source>
        <translation>қорғауда: серіктестерге және жария экспортта «%1» ретінде көрсетіледі</translation>
    </message>
    <message>
        <source>In no case yet</source>
        <translation>Әзірге ешбір істе жоқ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
</context>
<context>
    <name>ProvenanceBadges</name>
    <message>
        <source>From the %1 chat “%2”, sent by %3 on %4</source>
        <translation>%1 чатынан «%2», жіберген: %3, %4</translation>
    </message>
    <message>
        <source>forwarded from %1</source>
        <translation>қайта жіберілген: %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>қолтаңбасыз</translation>
    </message>
    <message>
        <source>Verified by %1 · signed by %2</source>
        <translation>%1 растады · қол қойған: %2</translation>
    </message>
    <message>
        <source>%1 proof is broken: the file or its signature changed after signing</source>
        <translation>%1 дәлелі бұзылған: файл немесе оның қолтаңбасы қол қойылғаннан кейін өзгерген</translation>
    </message>
    <message>
        <source>%1 proof present but could not be verified here</source>
        <translation>%1 дәлелі бар, бірақ мұнда тексеру мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Delete saved search</source>
        <translation>Сақталған іздеуді жою</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”? The items it finds are not touched.</source>
        <translation>«%1» сақталған іздеуі жойылсын ба? Ол табатын материалдар өзгермейді.</translation>
    </message>
    <message>
        <source>Saved search deleted.</source>
        <translation>Сақталған іздеу жойылды.</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Type the recovery key you wrote down when the vault was created (8 groups of 4 letters and digits), then choose a new passphrase. The old passphrase stops working.</source>
        <translation>Қойма құрылған кезде жазып алған қалпына келтіру кілтін теріңіз (4 әріп пен цифрдан тұратын 8 топ), содан кейін жаңа құпия фраза таңдаңыз. Ескі құпия фраза жұмыс істемей қалады.</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Терілгенді көрсету</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Қайталаңыз</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>Құлпын ашып, жаңа құпия фразаны орнату</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>Құпия фразаны ұмыттыңыз ба?</translation>
    </message>
    <message>
        <source>Unlocking with the recovery key and setting the new passphrase…</source>
        <translation>Қалпына келтіру кілтімен ашылып, жаңа құпия фраза орнатылуда…</translation>
    </message>
    <message>
        <source>That recovery key did not open this vault. Nothing was changed.</source>
        <translation>Бұл қалпына келтіру кілті қойманы ашпады. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>A recovery key has 32 letters and digits, in 8 groups of 4. Please check it and type it again.</source>
        <translation>Қалпына келтіру кілті 32 әріп пен цифрдан тұрады — әрқайсысы 4 таңбадан 8 топ. Оны тексеріп, қайта теріңіз.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Қалпына келтіру кілтін теріңіз.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Please type them again.</source>
        <translation>Екі құпия фраза сәйкес келмейді. Оларды қайта теріңіз.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Copy (cleared after 30 s)</source>
        <translation>Көшіру (30 с кейін тазартылады)</translation>
    </message>
    <message>
        <source>This is your recovery key. It opens the vault if the passphrase is lost. It is shown only now and is not stored anywhere.

• Write it on paper, or save the emergency kit and print it; keep it somewhere safe, away from this computer.
• Do not photograph it or keep it in a file on this computer.
• Anyone with this key can open the vault.</source>
        <translation>Бұл — қалпына келтіру кілтіңіз. Құпия фраза жоғалса, ол қойманы ашады. Ол тек қазір көрсетіледі және еш жерде сақталмайды.

• Оны қағазға жазыңыз немесе төтенше жағдай жинағын сақтап, басып шығарыңыз; осы компьютерден бөлек, қауіпсіз жерде сақтаңыз.
• Оны суретке түсірмеңіз және осы компьютердегі файлда сақтамаңыз.
• Бұл кілті бар кез келген адам қойманы аша алады.</translation>
    </message>
    <message>
        <source>Save emergency kit (PDF)…</source>
        <translation>Төтенше жағдай жинағын сақтау (PDF)…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Кілтті жазып алдым</translation>
    </message>
    <message>
        <source>Show the key again</source>
        <translation>Кілтті қайта көрсету</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Сіздің қалпына келтіру кілтіңіз</translation>
    </message>
    <message>
        <source>To be sure the key is written down correctly, type two of its groups from your paper. Groups are the blocks of four characters between the dashes, counted from the left.</source>
        <translation>Кілттің дұрыс жазылғанына көз жеткізу үшін қағаздағы екі топты теріңіз. Топтар — сызықшалар арасындағы төрт таңбадан тұратын блоктар, солдан бастап саналады.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>%1-топ</translation>
    </message>
    <message>
        <source>That does not match the key. Check your paper, or show the key again.</source>
        <translation>Кілтпен сәйкес келмейді. Қағазды тексеріңіз немесе кілтті қайта көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <source>audio recording</source>
        <translation>аудиожазба</translation>
    </message>
    <message>
        <source>video</source>
        <translation>бейне</translation>
    </message>
    <message>
        <source>testimony file</source>
        <translation>айғақ файлы</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>file of unknown kind</source>
        <translation>белгісіз түрдегі файл</translation>
    </message>
    <message>
        <source>could not be checked: %1</source>
        <translation>тексеру мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>contains a hidden name</source>
        <translation>жасырын атты қамтиды</translation>
    </message>
    <message>
        <source>depicts or was made by a hidden person</source>
        <translation>жасырын адамды бейнелейді немесе оның жасағаны</translation>
    </message>
    <message>
        <source>a chat whose members are not all recorded people</source>
        <translation>қатысушылары қоймада түгел жазылмаған чат</translation>
    </message>
    <message>
        <source>could not be checked: the image could not be decoded</source>
        <translation>тексеру мүмкін болмады: кескін оқылмады</translation>
    </message>
    <message>
        <source>could not be checked: too large to re-encode</source>
        <translation>тексеру мүмкін болмады: қайта кодтау үшін тым үлкен</translation>
    </message>
    <message>
        <source>no stored original</source>
        <translation>түпнұсқа сақталмаған</translation>
    </message>
    <message>
        <source>may name a hidden person</source>
        <translation>жасырын адамды атауы мүмкін</translation>
    </message>
    <message>
        <source>holds pictures (a scan cannot be checked)</source>
        <translation>суреттері бар (сканерленген көшірмені тексеру мүмкін емес)</translation>
    </message>
    <message>
        <source>could not be checked: the document could not be read completely</source>
        <translation>тексеру мүмкін болмады: құжатты толық оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>too long to check</source>
        <translation>тексеру үшін тым ұзын</translation>
    </message>
    <message>
        <source>could not be checked: office documents cannot be shown as page images</source>
        <translation>тексеру мүмкін болмады: кеңсе құжаттарын бет суреттері ретінде көрсету мүмкін емес</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>тексеру мүмкін болмады</translation>
    </message>
    <message>
        <source>photo re-encoded from pixels: no EXIF, GPS, serials or thumbnails</source>
        <translation>пиксельдерден қайта кодталған фото: EXIF, GPS, сериялық нөмірлер мен нобайларсыз</translation>
    </message>
    <message>
        <source>text with hidden people&apos;s names replaced by pseudonyms</source>
        <translation>жасырын адамдардың аттары бүркеншік аттармен ауыстырылған мәтін</translation>
    </message>
    <message>
        <source>the original file, cleared for this profile by a person</source>
        <translation>адам осы профиль үшін рұқсат еткен түпнұсқа файл</translation>
    </message>
    <message>
        <source>document as page images re-encoded from pixels: no text layer or metadata</source>
        <translation>құжат пикселдерден қайта кодталған бет суреттері ретінде: мәтін қабатысыз және метадеректерсіз</translation>
    </message>
    <message>
        <source>the document&apos;s text, hidden people&apos;s names replaced; not the file, its pictures or metadata</source>
        <translation>құжаттың мәтіні, жасырылатын адамдардың аттары ауыстырылған; файлдың өзі, суреттері мен метадеректері емес</translation>
    </message>
    <message>
        <source>text, revision %1</source>
        <translation>мәтін, %1-нұсқа</translation>
    </message>
    <message>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>файл аты</translation>
    </message>
    <message>
        <source>case title</source>
        <translation>іс атауы</translation>
    </message>
    <message>
        <source>case summary</source>
        <translation>іс сипаттамасы</translation>
    </message>
    <message>
        <source>chronology</source>
        <translation>хронология</translation>
    </message>
    <message>
        <source>Clear for this profile…</source>
        <translation>Осы профиль үшін рұқсат ету…</translation>
    </message>
    <message>
        <source>Cleared (untick to withdraw)</source>
        <translation>Рұқсат етілген (қайтарып алу үшін белгіні алыңыз)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>What is replaced or removed</source>
        <translation>Не ауыстырылады немесе алынып тасталады</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Item (as the export shows it)</source>
        <translation>Материал (экспортта көрсетілетіндей)</translation>
    </message>
    <message>
        <source>Why it stays home</source>
        <translation>Неге берілмейді</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Түпнұсқа</translation>
    </message>
    <message>
        <source>What travels instead</source>
        <translation>Оның орнына не беріледі</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Сөз</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>Мәтін ішінде</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Not a name</source>
        <translation>Ат емес</translation>
    </message>
    <message>
        <source>Leave this word as it is and drop it from this review</source>
        <translation>Сөзді сол күйінде қалдырып, осы тексеруден алып тастау</translation>
    </message>
    <message>
        <source>Under the internal profile everything travels: every real name, every original file with all its metadata (GPS positions, device serials, authors). Send it only within your own organisation.</source>
        <translation>«Ішкі» профильде бәрі беріледі: барлық нақты аттар, барлық түпнұсқа файлдар бүкіл метадеректерімен (GPS координаттары, құрылғылардың сериялық нөмірлері, авторлар). Оны тек өз ұйымыңыздың ішінде жіберіңіз.</translation>
    </message>
    <message>
        <source>Reviewing what this export would show…</source>
        <translation>Бұл экспорт нені көрсететінін тексеріп жатырмыз…</translation>
    </message>
    <message>
        <source>Reviewing item %1 of %2…</source>
        <translation>%2 материалдың %1-і тексерілуде…</translation>
    </message>
    <message>
        <source>Replaced (%1)</source>
        <translation>Ауыстырылды (%1)</translation>
    </message>
    <message>
        <source>Withheld (%1)</source>
        <translation>Берілмейді (%1)</translation>
    </message>
    <message>
        <source>Derived (%1)</source>
        <translation>Көшірмелер (%1)</translation>
    </message>
    <message>
        <source>Nothing is withheld: the export carries every item of this case, each in the form shown under Derived.</source>
        <translation>Ештеңе қалдырылмайды: экспортқа істің барлық материалы кіреді, әрқайсысы «Көшірмелер» қойындысында көрсетілген түрде.</translation>
    </message>
    <message>
        <source>Reviewed: nothing is replaced, withheld or derived.</source>
        <translation>Тексерілді: ештеңе ауыстырылмайды, ұсталмайды, көшірілмейді.</translation>
    </message>
    <message>
        <source>Reviewed. Words left in the export that resemble a hidden name: %1. Check them under Suspects before exporting.</source>
        <translation>Тексерілді. Экспортта жасырын атқа ұқсас сөздер: %1. Экспорт алдында оларды «Күдікті» қойындысында қараңыз.</translation>
    </message>
    <message>
        <source>Reviewed. No word left in the export resembles a hidden name.</source>
        <translation>Тексерілді. Экспортта жасырын атқа ұқсас сөз қалмады.</translation>
    </message>
    <message>
        <source>Suspects (%1)</source>
        <translation>Күдікті (%1)</translation>
    </message>
    <message>
        <source>No suspects: no word left in the export resembles a hidden name.</source>
        <translation>Күдікті жоқ: экспортта жасырын атқа ұқсас сөз қалмады.</translation>
    </message>
    <message>
        <source>Add as alias of %1…</source>
        <translation>Ат нұсқасы ретінде қосу: %1…</translation>
    </message>
    <message>
        <source>Add as alias…</source>
        <translation>Ат нұсқасы ретінде қосу…</translation>
    </message>
    <message>
        <source>This word resembles no single hidden person</source>
        <translation>Бұл сөз бір нақты жасырын адамға ұқсамайды</translation>
    </message>
    <message>
        <source>This item changed meanwhile (perhaps from the command line). The review was run again.</source>
        <translation>Бұл материал осы аралықта өзгерді (мүмкін, командалық жолдан). Тексеру қайта орындалды.</translation>
    </message>
    <message>
        <source>This spelling names another hidden person, so it was not recorded.</source>
        <translation>Бұл жазылу басқа жасырын адамды атайды, сондықтан ол жазылмады.</translation>
    </message>
    <message>
        <source>Clear the original for this profile</source>
        <translation>Түпнұсқаға осы профиль үшін рұқсат ету</translation>
    </message>
    <message>
        <source>Why may the original of “%1” leave under this profile? The reason is kept in the custody log.</source>
        <translation>Неге «%1» түпнұсқасын осы профильмен беруге болады? Себебі сақтау журналына жазылады.</translation>
    </message>
    <message>
        <source>Add an alias</source>
        <translation>Ат нұсқасын қосу</translation>
    </message>
    <message>
        <source>Record this spelling as one more name of the person shown as %1:</source>
        <translation>Бұл жазылуды %1 ретінде көрсетілген адамның тағы бір аты ретінде жазу:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Human rights defender</source>
        <translation>Құқық қорғаушы</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Куә</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Лауазымды тұлға</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Болжамды құқық бұзушы</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Туыс</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Shown in it (depicted)</source>
        <translation>Онда бейнеленген</translation>
    </message>
    <message>
        <source>Its author</source>
        <translation>Материал авторы</translation>
    </message>
</context>
<context>
    <name>SendersModel</name>
    <message>
        <source>(not linked)</source>
        <translation>(байланыстырылмаған)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Жүйе тілі</translation>
    </message>
    <message>
        <source>Internal (everything)</source>
        <translation>Ішкі (барлығы)</translation>
    </message>
    <message>
        <source>Partner (protected people pseudonymised, originals only if cleared)</source>
        <translation>Серіктестік (қорғаудағы тұлғалар бүркеншік атпен, түпнұсқалар тек рұқсаттан кейін)</translation>
    </message>
    <message>
        <source>Public (only people marked public named)</source>
        <translation>Жария (аты-жөнімен тек жария деп белгіленгендер)</translation>
    </message>
    <message>
        <source>Show protected people by pseudonym on screen (privacy mode)</source>
        <translation>Қорғалған адамдарды экранда бүркеншік атымен көрсету (құпиялық режимі)</translation>
    </message>
    <message>
        <source>Remember recent vaults on this computer (their folder paths)</source>
        <translation>Осы компьютерде соңғы қоймаларды есте сақтау (бума жолдары)</translation>
    </message>
    <message>
        <source>Off: the list and the last vault are forgotten, and nothing is kept.</source>
        <translation>Өшірулі: тізім мен соңғы қойма ұмытылады, ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Әрекетсіз болса, құлыптау</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Default export profile</source>
        <translation>Әдепкі экспорт профилі</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Evidence Vault starts.</source>
        <translation>Жаңа тіл Evidence Vault келесі рет іске қосылғанда қолданылады.</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <source>Split the recovery key among colleagues</source>
        <translation>Қалпына келтіру кілтін әріптестерге бөлу</translation>
    </message>
    <message>
        <source>Give one sheet to each colleague you trust. Any %1 of them together can set a new passphrase if you forget yours; fewer learn nothing. Print the sheets, then delete the files. Splitting again makes earlier sheets useless; your printed recovery key keeps working.</source>
        <translation>Сенетін әр әріптеске бір парақтан беріңіз. Өз құпия фразаңызды ұмытсаңыз, олардың кез келген %1-і бірге жаңасын орната алады; азырағы ештеңе білмейді. Парақтарды басып шығарып, файлдарды жойыңыз. Қайта бөлу бұрынғы парақтарды жарамсыз етеді; басылған қалпына келтіру кілті жұмыс істей береді.</translation>
    </message>
    <message>
        <source>an empty folder, best on a USB disk</source>
        <translation>бос қалта, жақсысы USB дискіде</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Colleagues (shares)</source>
        <translation>Әріптестер (бөліктер)</translation>
    </message>
    <message>
        <source>Needed to recover</source>
        <translation>Қалпына келтіруге қажет</translation>
    </message>
    <message>
        <source>Folder for the sheets</source>
        <translation>Парақтар қалтасы</translation>
    </message>
    <message>
        <source>Create share sheets</source>
        <translation>Парақтарды жасау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Choose a folder for the share sheets</source>
        <translation>Кілт бөліктерінің парақтарына қалта таңдаңыз</translation>
    </message>
    <message>
        <source>Choose a folder for the sheets first.</source>
        <translation>Алдымен парақтарға қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 sheets written to %2. Print them, give one to each colleague, then delete the files.</source>
        <translation>%1 парақ %2 қалтасына жазылды. Оларды басып шығарып, әр әріптеске бірден беріңіз, содан кейін файлдарды жойыңыз.</translation>
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
        <translation>%1 жолында қойма табылмады (жылжытылған немесе қосылмаған дискіде).</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Қойма қалтасын таңдаңыз</translation>
    </message>
    <message>
        <source>That folder is not an Evidence Vault.</source>
        <translation>Бұл қалта Evidence Vault қоймасы емес.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new vault</source>
        <translation>Жаңа қойма үшін бос қалта таңдаңыз</translation>
    </message>
    <message>
        <source>Save the emergency kit as</source>
        <translation>Төтенше жағдай жинағын былай сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then delete the file.</source>
        <translation>Сақталды: %1. Басып шығарып, файлды өшіріңіз.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>At least %1 characters</source>
        <translation>Кемінде %1 таңба</translation>
    </message>
    <message>
        <source>Hard enough to guess: not one or two common words, a repeat or a run like 12345</source>
        <translation>Табуы жеткілікті қиын: бір-екі қарапайым сөз, қайталау не 12345 сияқты тізбек емес</translation>
    </message>
    <message>
        <source>Recommended: four or more words, or 20 characters</source>
        <translation>Ұсынылады: төрт не одан көп сөз немесе 20 таңба</translation>
    </message>
    <message>
        <source>Recommended: mix letters with digits, capitals or signs</source>
        <translation>Ұсынылады: әріптерді сандармен, бас әріптермен не таңбалармен араластырыңыз</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Өте әлсіз</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Әлсіз</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Мықты</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Өте мықты</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Add a tag, e.g. violation/torture</source>
        <translation>Тег қосыңыз, мысалы violation/torture</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Таңдалғандарды алып тастау</translation>
    </message>
</context>
<context>
    <name>TestimonyDialog</name>
    <message>
        <source>Edit testimony</source>
        <translation>Айғақты өңдеу</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>Жаңа айғақ</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(іссіз)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Revisions (the first is the sealed original)</source>
        <translation>Редакциялар (алғашқысы — мөрленген түпнұсқа)</translation>
    </message>
    <message>
        <source>Revision %1 — %2, %3</source>
        <translation>%1-редакция — %2, %3</translation>
    </message>
    <message>
        <source>A testimony needs a title and a text.</source>
        <translation>Айғақтың атауы мен мәтіні болуы керек.</translation>
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
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>Құпия фразаны ұмыттыңыз ба?</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Басқа қойманы ашу…</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Жаңа қойма құру…</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Қойманың құлпын ашу</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Қойма: %1</translation>
    </message>
    <message>
        <source>Unlocking… (deriving the key takes a moment)</source>
        <translation>Ашылуда… (кілтті есептеу біраз уақыт алады)</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>A stored file is missing</source>
        <translation>Сақталған файл жоқ</translation>
    </message>
    <message>
        <source>A stored file is damaged or was altered (it fails to decrypt)</source>
        <translation>Сақталған файл бүлінген немесе өзгертілген (шифры ашылмайды)</translation>
    </message>
    <message>
        <source>A file&apos;s fingerprint (SHA-256) differs from the one recorded at import</source>
        <translation>Файлдың саусақ ізі (SHA-256) импорт кезінде жазылғанынан өзгеше</translation>
    </message>
    <message>
        <source>A file&apos;s size differs from the one recorded</source>
        <translation>Файлдың өлшемі жазылғанынан өзгеше</translation>
    </message>
    <message>
        <source>A leftover file no record uses (from an interrupted import)</source>
        <translation>Ешбір жазба пайдаланбайтын артық файл (үзілген импорттан қалған)</translation>
    </message>
    <message>
        <source>An unfinished file from an interrupted write</source>
        <translation>Үзілген жазудан қалған аяқталмаған файл</translation>
    </message>
    <message>
        <source>Something unexpected in the vault&apos;s file store</source>
        <translation>Қойманың файл қоймасында күтпеген нәрсе бар</translation>
    </message>
    <message>
        <source>A record points to another record that does not exist</source>
        <translation>Жазба жоқ жазбаға сілтейді</translation>
    </message>
    <message>
        <source>An item has no stored original</source>
        <translation>Материалдың сақталған түпнұсқасы жоқ</translation>
    </message>
    <message>
        <source>A testimony is missing a revision</source>
        <translation>Айғақта редакция жетіспейді</translation>
    </message>
    <message>
        <source>An item is not mentioned in the custody history</source>
        <translation>Материал сақтау тарихында аталмаған</translation>
    </message>
    <message>
        <source>An item was deleted without a custody record</source>
        <translation>Материал сақтау тарихында жазбасыз жойылған</translation>
    </message>
    <message>
        <source>A file was destroyed without a custody record</source>
        <translation>Файл сақтау тарихында жазбасыз жойылған</translation>
    </message>
    <message>
        <source>Events are missing from the custody history</source>
        <translation>Сақтау тарихында оқиғалар жетіспейді</translation>
    </message>
    <message>
        <source>The custody history&apos;s chain is broken (an event was removed or changed)</source>
        <translation>Сақтау тарихының тізбегі үзілген (оқиға жойылған немесе өзгертілген)</translation>
    </message>
    <message>
        <source>A custody event was changed after it was recorded</source>
        <translation>Сақтау тарихының оқиғасы жазылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>A custody event&apos;s signature does not verify</source>
        <translation>Сақтау тарихы оқиғасының қолтаңбасы расталмайды</translation>
    </message>
    <message>
        <source>A custody event was signed by another key</source>
        <translation>Сақтау тарихының оқиғасына басқа кілтпен қол қойылған</translation>
    </message>
    <message>
        <source>A custody event cannot be read</source>
        <translation>Сақтау тарихының оқиғасын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>The vault&apos;s signing key is not the one recorded when it was created</source>
        <translation>Қойманың қолтаңба кілті құрылған кезде жазылғанмен сәйкес келмейді</translation>
    </message>
    <message>
        <source>The custody history was cut or rewritten since an earlier export</source>
        <translation>Сақтау тарихы бұрынғы экспорттан кейін қысқартылған немесе қайта жазылған</translation>
    </message>
    <message>
        <source>The database fails its integrity check</source>
        <translation>Дерекқор тұтастық тексеруінен өтпейді</translation>
    </message>
    <message>
        <source>The encrypted database pages fail their check</source>
        <translation>Дерекқордың шифрланған беттері тексеруден өтпейді</translation>
    </message>
    <message>
        <source>The computer&apos;s clock went backwards between two events</source>
        <translation>Екі оқиға арасында компьютер сағаты артқа кеткен</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Дерекқор тексерілуде…</translation>
    </message>
    <message>
        <source>Checking the custody history and its signatures…</source>
        <translation>Сақтау тарихы мен қолтаңбалар тексерілуде…</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>Жазбалар тексерілуде…</translation>
    </message>
    <message>
        <source>Re-reading and checking every stored file…</source>
        <translation>Әрбір сақталған файл қайта оқылып, тексерілуде…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify vault</source>
        <translation>Қойманы тексеру</translation>
    </message>
    <message>
        <source>Re-reads every stored file and checks it against its fingerprint, walks the whole custody history and its signatures, and checks the database. Nothing is changed or repaired.</source>
        <translation>Әрбір сақталған файлды қайта оқып, саусақ ізімен салыстырады, бүкіл сақтау тарихы мен оның қолтаңбаларын және дерекқорды тексереді. Ештеңе өзгертілмейді және түзетілмейді.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Басталуда…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Қайта тексеру</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Аяқталды.</translation>
    </message>
    <message>
        <source>Checked %1 items, %2 stored files (%3) and %4 custody events.</source>
        <translation>Тексерілді: %1 материал, %2 сақталған файл (%3) және сақтау тарихының %4 оқиғасы.</translation>
    </message>
    <message>
        <source>✓ The vault is sound. Every file matches its fingerprint and the custody history is complete and signed.</source>
        <translation>✓ Қойма дұрыс. Әр файл өз саусақ ізіне сәйкес, сақтау тарихы толық және қол қойылған.</translation>
    </message>
    <message>
        <source>✗ Problems found: %1. Nothing was changed. Keep this vault as it is and make a copy of the folder before anything else.</source>
        <translation>✗ Табылған ақаулар: %1. Ештеңе өзгертілмеді. Қойманы сол күйінде қалдырып, ең алдымен буманың көшірмесін жасаңыз.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ескерту: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed; run it again to check everything.</source>
        <translation>Тоқтатылды. Ештеңе өзгертілмеді; бәрін тексеру үшін қайта іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;Verify vault…</source>
        <translation>Қойманы &amp;тексеру…</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Privacy mode (pseudonyms on screen)</source>
        <translation>&amp;Құпиялық режимі (экранда бүркеншік аттар)</translation>
    </message>
    <message>
        <source>Protected people are shown by their pseudonym everywhere on screen.</source>
        <translation>Қорғалған адамдар экранның барлық жерінде бүркеншік атымен көрсетіледі.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <source>DEMO — fictional data. Every name, case and file in this vault is invented, for trying the app. Do not put real evidence here: create a new vault for that.</source>
        <translation>ДЕМО — ойдан шығарылған деректер. Бұл қоймадағы барлық есімдер, істер мен файлдар бағдарламаны сынап көру үшін ойдан шығарылған. Мұнда нақты материалдарды сақтамаңыз: олар үшін жаңа қойма құрыңыз.</translation>
    </message>
    <message>
        <source>Privacy mode: protected people are shown by pseudonym.</source>
        <translation>Құпиялық режимі: қорғалған адамдар бүркеншік атымен көрсетілген.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>No in-app viewer for this kind of file (%1, %2).</source>
        <translation>Бұл файл түрін қолданба ішінде қарау мүмкін емес (%1, %2).</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Wipe the vault</source>
        <translation>Қойманы жою</translation>
    </message>
    <message>
        <source>WIPE</source>
        <translation>ЖОЮ</translation>
    </message>
    <message>
        <source>This destroys the vault on this computer for good: first its keys (from then on nothing can be decrypted), then every file. Backups and an escrowed header are not touched. There is no undo.

To confirm, type %1 below.</source>
        <translation>Бұл компьютердегі қойма біржола жойылады: алдымен оның кілттері (осыдан кейін ештеңені шифрдан шығару мүмкін емес), содан кейін барлық файлдар. Сақтық көшірмелер мен серіктеске берілген тақырып қозғалмайды. Мұны қайтару мүмкін емес.

Растау үшін төменге %1 деп теріңіз.</translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation>Қазір жою</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
</TS>
