namespace Casefile.Vocabulary;

/// <summary>The enumerations of the format (casefile-format.md), each value with its Kazakh and Russian aliases.</summary>
public static class Terms
{
    public static Term T(string canonical, string kazakh, string russian) =>
        new(canonical, Split(kazakh), Split(russian));

    private static string[] Split(string forms) => forms.Length == 0 ? [] : forms.Split('|');

    public static readonly TermSet YesNo = new("yes-no", [
        T("yes", "иә|ия", "да"),
        T("no", "жоқ", "нет"),
    ]);

    public static readonly TermSet None = new("none", [T("none", "жоқ", "нет")]);

    public static readonly TermSet Language = new("language", [
        T("kk", "қазақша|қаз", "казахский"),
        T("ru", "орысша", "русский"),
        T("en", "ағылшынша", "английский"),
    ]);

    public static readonly TermSet Procedure = new("procedure", [
        T("general", "жалпы", "общий|общая"),
        T("shortened", "қысқартылған", "сокращенный|сокращенное|сокращенная"),
        T("private-prosecution", "жеке-айыптау", "частное-обвинение"),
    ]);

    public static readonly TermSet Stage = new("stage", [
        T("pretrial", "сотқа-дейінгі", "досудебная"),
        T("trial", "сот-талқылауы|сот", "судебное-разбирательство|суд"),
        T("appeal", "апелляциялық", "апелляция|апелляционная"),
    ]);

    public static readonly TermSet InterruptionReason = new("interruption-reason", [
        T("international-assistance", "халықаралық-құқықтық-көмек|халықаралық-көмек", "международная-правовая-помощь|международная-помощь"),
        T("expertise", "сараптама", "экспертиза"),
        T("suspect-wanted", "күдікті-іздестіруде", "подозреваемый-в-розыске|розыск-подозреваемого"),
        T("other", "басқа", "другое|иное"),
    ]);

    public static readonly TermSet Role = new("role", [
        T("suspect", "күдікті", "подозреваемый|подозреваемая"),
        T("accused", "айыпталушы", "обвиняемый|обвиняемая"),
        T("defendant", "сотталушы", "подсудимый|подсудимая"),
        T("victim", "жәбірленуші", "потерпевший|потерпевшая"),
        T("witness", "куә", "свидетель|свидетельница"),
        T("witness-with-defence-right", "қорғауға-құқығы-бар-куә", "свидетель-имеющий-право-на-защиту"),
        T("defender", "қорғаушы|адвокат", "защитник|адвокат"),
        T("investigator", "тергеуші", "следователь"),
        T("inquirer", "анықтаушы", "дознаватель"),
        T("prosecutor", "прокурор", "прокурор"),
        T("judge", "судья", "судья"),
        T("investigating-judge", "тергеу-судьясы", "следственный-судья"),
        T("expert", "сарапшы", "эксперт"),
        T("specialist", "маман", "специалист"),
        T("attesting-witness", "куәгер", "понятой|понятая"),
        T("operative", "жедел-қызметкер", "оперативный-сотрудник|оперуполномоченный"),
        T("private-prosecutor", "жеке-айыптаушы", "частный-обвинитель"),
        T("legal-representative", "заңды-өкіл", "законный-представитель"),
        T("interpreter", "аудармашы", "переводчик"),
    ]);

    public static readonly TermSet Rank = new("rank", [
        T("prosecutor-general", "бас-прокурор", "генеральный-прокурор"),
        T("deputy-prosecutor-general", "бас-прокурордың-орынбасары", "заместитель-генерального-прокурора"),
        T("military-prosecutor-of-republic", "республиканың-әскери-прокуроры", "военный-прокурор-республики"),
        T("regional-prosecutor", "облыс-прокуроры", "прокурор-области"),
        T("equal-to-regional", "облыс-прокурорына-теңестірілген", "приравненный-к-прокурору-области"),
        T("district-prosecutor", "аудан-прокуроры", "прокурор-района"),
        T("other", "басқа", "другой|иной"),
    ]);

    public static readonly TermSet Affiliation = new("affiliation", [
        T("none", "жоқ", "нет"),
        T("law-enforcement", "құқық-қорғау-органы", "правоохранительный-орган"),
        T("law-enforcement-intern", "құқық-қорғау-органының-тағылымдамашысы", "стажер-правоохранительного-органа"),
        T("law-enforcement-student", "құқық-қорғау-оқу-орнының-білім-алушысы", "учащийся-правоохранительного-учебного-заведения"),
        T("parolee", "шартты-түрде-мерзімінен-бұрын-босатылған", "условно-досрочно-освобожденный"),
        T("administrative-supervision", "әкімшілік-қадағалаудағы", "под-административным-надзором"),
        T("dependent-on-prosecution", "айыптау-тарапына-тәуелді", "зависимый-от-стороны-обвинения"),
    ]);

    public static readonly TermSet RefusedToTestify = new("refused-to-testify", [
        T("art-78", "78-бап", "ст-78|статья-78"),
    ]);

    /// <summary>The sources of evidence the law provides (para 2); any other kind gives CF0201.</summary>
    public static readonly TermSet EvidenceKind = new("kind", [
        T("testimony", "айғақ|айғақтар", "показания"),
        T("expert-opinion", "сарапшы-қорытындысы", "заключение-эксперта"),
        T("specialist-opinion", "маман-қорытындысы", "заключение-специалиста"),
        T("physical-evidence", "заттай-дәлелдеме", "вещественное-доказательство"),
        T("protocol", "хаттама", "протокол"),
        T("document", "құжат", "документ|иной-документ"),
        T("audio-video", "аудио-бейнежазба|аудио-бейне", "аудио-видеозапись|аудио-видео"),
        T("operational-material", "жедел-іздестіру-материалы", "оперативно-розыскной-материал|материалы-орд"),
        T("covert-action-result", "жасырын-тергеу-әрекетінің-нәтижесі", "результат-негласного-следственного-действия|результат-нсд"),
    ]);

    public static readonly TermSet Action = new("action", [
        T("search", "тінту", "обыск"),
        T("seizure", "алу", "выемка"),
        T("inspection", "қарау", "осмотр"),
        T("scene-inspection", "оқиға-болған-жерді-қарау", "осмотр-места-происшествия"),
        T("identification", "танып-білуге-ұсыну|танып-білу", "опознание|предъявление-для-опознания"),
        T("confrontation", "беттестіру", "очная-ставка"),
        T("on-site-verification", "айғақтарды-оқиға-болған-жерде-тексеру", "проверка-показаний-на-месте"),
        T("experiment", "тергеу-эксперименті|эксперимент", "следственный-эксперимент|эксперимент"),
        T("examination", "куәландыру", "освидетельствование"),
        T("other", "басқа", "другое|иное"),
    ]);

    public static readonly TermSet Place = new("place", [
        T("office", "кабинет|қызметтік-кабинет", "кабинет|служебный-кабинет"),
        T("court", "сот", "суд"),
        T("detention-facility", "ұстау-орны|тергеу-изоляторы", "изолятор|место-содержания-под-стражей"),
        T("hospital", "аурухана", "больница"),
        T("scene", "оқиға-орны", "место-происшествия"),
        T("person-home", "тұлғаның-тұрғын-үйі|тұрғын-үй", "жилище-лица|жилище"),
        T("street", "көше", "улица"),
        T("cafe", "кафе", "кафе"),
        T("foreign-apartment", "бөтен-пәтер", "чужая-квартира"),
        T("other-locality", "басқа-елді-мекен", "другой-населенный-пункт"),
    ]);

    /// <summary>The three situations that brook no delay (para 15, second part).</summary>
    public static readonly TermSet Urgent = new("urgent", [
        T("trace-destruction", "қылмыс-іздерінің-жойылуы|іздердің-жойылуы", "уничтожение-следов"),
        T("perpetrator-hiding", "қылмыскердің-жасырынуы", "сокрытие-виновного|сокрытие-лица"),
        T("compensation-loss", "залалды-өтеу-мүмкіндігінің-жоғалуы", "утрата-возможности-возмещения"),
    ]);

    public static readonly TermSet SourceOfKnowledge = new("source-of-knowledge", [
        T("personal", "өзі|жеке", "лично"),
        T("hearsay-unknown", "белгісіз-қауесет|қауесет", "слухи|неизвестный-источник"),
        T("assumption", "болжам|жорамал", "предположение|догадка"),
    ]);

    public static readonly TermSet Status = new("status", [
        T("admitted", "қабылданды", "допущено|принято"),
        T("excluded", "алынып-тасталды", "исключено"),
        T("disputed", "дау-айтылған|даулы", "оспаривается|оспорено"),
    ]);

    public static readonly TermSet Packaging = new("packaging", [
        T("intact", "бүтін", "целая|не-нарушена"),
        T("broken", "бұзылған", "нарушена|повреждена"),
    ]);

    public static readonly TermSet RestrictedRight = new("restricts-rights", [
        T("privacy", "жеке-өмірге-қол-сұғылмаушылық|жеке-өмір", "неприкосновенность-частной-жизни|частная-жизнь"),
        T("home", "тұрғын-үйге-қол-сұғылмаушылық|тұрғын-үй", "неприкосновенность-жилища|жилище"),
        T("correspondence", "хат-алмасу", "переписка"),
        T("phone", "телефон-арқылы-сөйлесу|телефон", "телефонные-переговоры|телефон"),
        T("post", "пошта", "почтовые-отправления|почта"),
    ]);

    public static readonly TermSet StatementForm = new("form", [
        T("explanation", "түсініктеме", "объяснение"),
        T("confession", "кінәні-мойындап-келу|мойындау", "явка-с-повинной"),
        T("witness-interrogation", "куә-ретінде-жауап-алу", "допрос-в-качестве-свидетеля|допрос-свидетеля"),
        T("protocol", "хаттама", "протокол"),
    ]);

    public static readonly TermSet CovertAction = new("covert-action", [
        T("audio-video-surveillance", "аудио-бейне-бақылау", "аудио-видеоконтроль"),
        T("phone-interception", "телефон-тыңдау", "прослушивание-телефона|перехват-переговоров"),
        T("correspondence-control", "хат-алмасуды-бақылау", "контроль-переписки"),
        T("imitation", "имитация", "имитация"),
        T("infiltration", "енгізу", "внедрение"),
        T("other", "басқа", "другое|иное"),
    ]);

    public static readonly TermSet Complaint = new("complaint", [
        T("torture", "азаптау", "пытки"),
        T("coercion", "мәжбүрлеу", "принуждение"),
        T("deception", "алдау", "обман"),
        T("no-defender", "қорғаушысыз", "без-защитника"),
        T("denied-medical-aid", "медициналық-көмектен-бас-тарту", "отказ-в-медицинской-помощи"),
        T("other", "басқа", "другое|иное"),
    ]);

    public static readonly TermSet ReadOutGround = new("read-out-ground", [
        T("contradictions", "қайшылықтар", "противоречия"),
        T("death", "қайтыс-болуы", "смерть"),
        T("illness", "ауруы", "болезнь"),
        T("business-trip", "іссапар", "командировка"),
        T("whereabouts-unknown", "тұрған-жері-белгісіз", "местонахождение-неизвестно"),
        T("deposited", "депоненттелген", "депонировано|депонированные"),
    ]);

    public static readonly TermSet CollectedBy = new("collected-by", [
        T("court", "сот", "суд"),
        T("investigation", "тергеу", "следствие"),
        T("party", "тарап", "сторона"),
    ]);

    public static readonly TermSet Purpose = new("purpose", [
        T("guilt", "кінәні-дәлелдеу|кінә", "доказывание-виновности|виновность"),
        T("other", "басқа", "другое|иное"),
    ]);

    public static readonly TermSet InVerdict = new("in-verdict", [
        T("relied", "негізге-алынды", "положено-в-основу"),
        T("rejected", "қабылданбады", "отвергнуто"),
    ]);

    public static readonly TermSet Element = new("element", [
        T("event", "оқиға", "событие"),
        T("guilt", "кінә", "виновность"),
        T("motive", "уәж", "мотив"),
        T("identity", "тұлға", "личность"),
        T("damage", "зиян", "вред|ущерб"),
        T("exculpatory", "ақтайтын", "оправдывающее"),
        T("mitigating", "жеңілдететін", "смягчающее"),
        T("aggravating", "ауырлататын", "отягчающее"),
        T("release-grounds", "босату-негіздері", "основания-освобождения"),
        T("confiscation", "тәркілеу", "конфискация"),
    ]);

    public static readonly TermSet MotionType = new("type", [
        T("exclude-evidence", "дәлелдемені-алып-тастау", "исключение-доказательства|об-исключении-доказательства"),
        T("other", "басқа", "другое|иное"),
    ]);

    public static readonly TermSet MotionForm = new("motion-form", [
        T("written", "жазбаша", "письменное|письменная"),
        T("oral", "ауызша", "устное|устная"),
    ]);

    public static readonly TermSet Decision = new("decision", [
        T("granted", "қанағаттандырылды", "удовлетворено"),
        T("denied", "қанағаттандырусыз-қалдырылды|бас-тартылды", "отклонено|отказано"),
        T("pending", "қаралуда", "на-рассмотрении"),
    ]);
}
