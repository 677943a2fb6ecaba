using static Casefile.Vocabulary.Terms;
using Shape = Casefile.Vocabulary.ValueShape;

namespace Casefile.Vocabulary;

/// <summary>Every key of the format, per entity kind, with its aliases, value shape and meaning.</summary>
public static class Keys
{
    private static readonly Shape Text = new Shape.Text();
    private static readonly Shape TextOrNone = new Shape.Text(AllowsNone: true);
    private static readonly Shape Date = new Shape.DateTime();
    private static readonly Shape YesNoValue = new Shape.Enumeration(YesNo);
    private static readonly Shape PersonRef = new Shape.Reference("P");
    private static readonly Shape DefenderOrNone = new Shape.Reference("P", None, RequiredRoles: ["defender"]);
    private static readonly Shape PersonRefList = new Shape.Reference("P", IsList: true);
    private static readonly Shape EvidenceOrNone = new Shape.Reference("E", None);
    private static readonly Shape EvidenceList = new Shape.Reference("E", IsList: true);

    private static Shape Enum(TermSet set) => new Shape.Enumeration(set);

    private static KeyDefinition K(EntityKind entity, string canonical, string kazakh, string russian, Shape shape, string meaning, bool repeatable = false) =>
        new(entity, T(canonical, kazakh, russian), shape, meaning, repeatable);

    public static IReadOnlyList<KeyDefinition> Case { get; } =
    [
        K(EntityKind.Case, "case", "іс|тізілім-нөмірі", "дело|номер-ердр", Text, "Number of the case in the Unified Register of Pre-trial Investigations (ERDR)."),
        K(EntityKind.Case, "language", "тіл", "язык", Enum(Terms.Language), "Language of diagnostics and hovers for this file."),
        K(EntityKind.Case, "procedure", "іс-жүргізу-тәртібі|тәртіп", "порядок|порядок-производства", Enum(Procedure), "Form of the proceedings; shortened = art. 382 CPC."),
        K(EntityKind.Case, "stage", "саты", "стадия", Enum(Stage), "Stage the case has reached."),
        K(EntityKind.Case, "registered", "тіркелді|тіркелген-күні", "зарегистрировано|дата-регистрации", Date, "Registration in the ERDR: the start of pre-trial proceedings."),
        K(EntityKind.Case, "deadline", "мерзім", "срок", Date, "End of the pre-trial investigation period."),
        K(EntityKind.Case, "interruption", "мерзімнің-үзілуі|үзілу", "прерывание-срока|прерывание", new Shape.PeriodWithReason(InterruptionReason), "A period during which the investigation period was interrupted, with its reason. May repeat.", repeatable: true),
        K(EntityKind.Case, "familiarization", "танысу", "ознакомление", new Shape.Period(), "Period during which the accused studies the case materials."),
        K(EntityKind.Case, "indictment-sent", "айыптау-актісі-жіберілді", "обвинительный-акт-направлен", Date, "When the case went to the prosecutor with the indictment."),
        K(EntityKind.Case, "sent-to-court", "сотқа-жіберілді", "направлено-в-суд", Date, "When the case reached the court."),
        K(EntityKind.Case, "withdrawn-for-termination", "тоқтату-үшін-кері-қайтарылды", "отозвано-для-прекращения", Date, "When the prosecutor took the case back from court to terminate it (art. 35 part 6 CPC)."),
        K(EntityKind.Case, "terminated", "тоқтатылды", "прекращено", YesNoValue, "Whether that termination happened."),
    ];

    public static IReadOnlyList<KeyDefinition> Person { get; } =
    [
        K(EntityKind.Person, "role", "рөлі|мәртебесі", "роль|статус", Enum(Role), "Procedural role of the person."),
        K(EntityKind.Person, "lawyer", "қорғаушы|адвокат", "защитник|адвокат", DefenderOrNone, "The person's defender (a P- with role defender), or none."),
        K(EntityKind.Person, "authorized", "өкілетті", "уполномочен", YesNoValue, "Whether an official may conduct procedural actions in this case (default yes)."),
        K(EntityKind.Person, "rank", "дәрежесі|лауазымы", "должность|ранг", Enum(Rank), "A prosecutor's office, which decides whose sanction counts (para 22)."),
        K(EntityKind.Person, "affiliation", "тиесілілігі", "принадлежность", Enum(Affiliation), "Ties that bar an attesting witness (para 20)."),
        K(EntityKind.Person, "competence", "құзыреті", "компетенция", Text, "Fields of special knowledge of an expert or specialist."),
        K(EntityKind.Person, "interested", "мүдделі", "заинтересован", YesNoValue, "Whether the person has an interest in the case."),
        K(EntityKind.Person, "removal-grounds", "шеттету-негіздері", "основания-отвода", Text, "A defender's grounds for removal under art. 94 CPC."),
        K(EntityKind.Person, "refused-to-testify", "айғақ-беруден-бас-тартты", "отказ-от-показаний", Enum(RefusedToTestify), "Refused to testify in court under art. 78 part 3 CPC."),
        K(EntityKind.Person, "convicted-in-separated-case", "бөлінген-іс-бойынша-сотталған", "осужден-по-выделенному-делу", YesNoValue, "A co-participant already convicted by an earlier verdict."),
        K(EntityKind.Person, "warned-of-liability", "жауаптылық-туралы-ескертілді", "предупрежден-об-ответственности", YesNoValue, "Warned of liability for false testimony."),
    ];

    public static IReadOnlyList<KeyDefinition> Evidence { get; } =
    [
        K(EntityKind.Evidence, "kind", "түрі", "вид", Enum(EvidenceKind), "Source of evidence (para 2)."),
        K(EntityKind.Evidence, "action", "әрекет", "действие", Enum(Terms.Action), "For protocols: the investigative action recorded."),
        K(EntityKind.Evidence, "person", "тұлға", "лицо", PersonRef, "Whose testimony, opinion or statement this is."),
        K(EntityKind.Evidence, "conducted-by", "жүргізген", "провел|проводил", PersonRef, "Who conducted or obtained it (para 15)."),
        K(EntityKind.Evidence, "date", "күні", "дата", Date, "When it was obtained."),
        K(EntityKind.Evidence, "start", "басталды|басталуы", "начало", Date, "When the action began."),
        K(EntityKind.Evidence, "end", "аяқталды|аяқталуы", "окончание", Date, "When the action ended."),
        K(EntityKind.Evidence, "place", "орны", "место", Enum(Place), "Where it was obtained (para 15)."),
        K(EntityKind.Evidence, "urgent", "кезек-күттірмейтін", "неотложно", Enum(Urgent), "The situation that brooked no delay (paras 15, 22)."),
        K(EntityKind.Evidence, "lawyer", "қорғаушы|адвокат", "защитник|адвокат", DefenderOrNone, "Defender present when it was taken, or none (para 10)."),
        K(EntityKind.Evidence, "rights-explained", "құқықтары-түсіндірілді", "права-разъяснены", YesNoValue, "Whether the person's rights were explained (para 10)."),
        K(EntityKind.Evidence, "source-of-knowledge", "мәлімет-көзі", "источник-осведомленности", new Shape.Reference("PE", SourceOfKnowledge), "How the witness knows: personal, a P- or E-, hearsay-unknown, assumption (para 15)."),
        K(EntityKind.Evidence, "proves", "дәлелдейді", "доказывает", new Shape.Reference("C", IsList: true), "Circumstances it proves (para 4)."),
        K(EntityKind.Evidence, "status", "мәртебесі", "статус", Enum(Status), "Admitted, excluded or disputed."),
        K(EntityKind.Evidence, "exclusion-ground", "алып-тастау-негізі", "основание-исключения", Text, "The specific violation for which it was excluded (para 4)."),
        K(EntityKind.Evidence, "attesting-witnesses", "куәгерлер", "понятые", PersonRefList, "Attesting witnesses (paras 17, 19, 20)."),
        K(EntityKind.Evidence, "signed-by", "қол-қойғандар", "подписали", PersonRefList, "Who signed the protocol (para 19)."),
        K(EntityKind.Evidence, "appointed-by", "тағайындаған", "назначил", PersonRef, "Who appointed the expertise (para 16)."),
        K(EntityKind.Evidence, "appointment-resolution", "тағайындау-қаулысы", "постановление-о-назначении", TextOrNone, "The resolution appointing the expertise (number, date), or none (paras 16, 16-2)."),
        K(EntityKind.Evidence, "expertise-order-violated", "сараптама-кезектілігі-бұзылды", "нарушена-очередность-экспертиз", YesNoValue, "Whether the order of expertises was broken (para 16)."),
        K(EntityKind.Evidence, "contains-confession", "мойындауды-қамтиды", "содержит-признание", YesNoValue, "The opinion records the accused's confession (para 16)."),
        K(EntityKind.Evidence, "packaging", "орамы", "упаковка", Enum(Packaging), "State of the packaging and seals of the object examined (para 16)."),
        K(EntityKind.Evidence, "question", "сұрақ", "вопрос", Text, "The question put to the expert (para 16)."),
        K(EntityKind.Evidence, "conclusion", "тұжырым", "вывод", Text, "The expert's conclusion (para 16)."),
        K(EntityKind.Evidence, "preferred-over", "артық-саналды", "предпочтено", new Shape.Reference("E"), "The conflicting opinion this one is preferred over (para 16)."),
        K(EntityKind.Evidence, "preference-reason", "артықшылық-себебі", "причина-предпочтения", Text, "Why it is preferred (para 16)."),
        K(EntityKind.Evidence, "participants-familiarized", "қатысушылар-таныстырылды", "участники-ознакомлены", YesNoValue, "Participants were familiarised with the appointment (para 16-2)."),
        K(EntityKind.Evidence, "recognized-by-resolution", "қаулымен-танылды", "признано-постановлением", TextOrNone, "The resolution recognising it as physical evidence, or none (para 17)."),
        K(EntityKind.Evidence, "seizure-protocol", "алу-хаттамасы", "протокол-изъятия", EvidenceOrNone, "The protocol by which it was seized, or none (para 17)."),
        K(EntityKind.Evidence, "restricts-rights", "құқықтарды-шектейді", "ограничивает-права", new Shape.Enumeration(RestrictedRight, IsList: true), "Constitutional rights the measure restricts (para 22)."),
        K(EntityKind.Evidence, "sanction-by", "санкция-берген", "санкционировал", new Shape.Reference("P", None, RequiredRoles: ["prosecutor"]), "The prosecutor who sanctioned it, or none (para 22)."),
        K(EntityKind.Evidence, "sanction-date", "санкция-күні", "дата-санкции", Date, "When the sanction was given (para 22)."),
        K(EntityKind.Evidence, "urgent-resolution-date", "кезек-күттірмейтін-қаулы-күні", "дата-постановления-о-неотложности", Date, "When the resolution on urgency was made (para 22)."),
        K(EntityKind.Evidence, "prosecutor-notified", "прокурор-хабардар-етілді", "прокурор-уведомлен", YesNoValue, "Whether the prosecutor was notified of the urgent measure (para 22)."),
        K(EntityKind.Evidence, "target", "нысана|объект", "объект", PersonRef, "The person the measure targets (para 22)."),
        K(EntityKind.Evidence, "form", "нысаны", "форма", Enum(StatementForm), "Procedural form in which a statement was taken (para 22)."),
        K(EntityKind.Evidence, "declared-unlawful", "заңсыз-деп-танылды", "признано-незаконным", YesNoValue, "The measure was declared unlawful (para 22)."),
        K(EntityKind.Evidence, "origin-source", "шығу-көзі", "источник-происхождения", Text, "Where operational material came from (para 23)."),
        K(EntityKind.Evidence, "origin-method", "алу-тәсілі", "способ-получения", Text, "How it was obtained (para 23)."),
        K(EntityKind.Evidence, "origin-conditions", "алу-жағдайлары", "условия-получения", Text, "In what conditions it was obtained (para 23)."),
        K(EntityKind.Evidence, "classified", "құпия", "секретно", YesNoValue, "Contains state or other secrets (para 23)."),
        K(EntityKind.Evidence, "covert-action", "жасырын-әрекет", "негласное-действие", Enum(CovertAction), "The covert investigative action (para 23-1)."),
        K(EntityKind.Evidence, "provocation", "арандату", "провокация", YesNoValue, "Obtained by provocation (para 23-1)."),
        K(EntityKind.Evidence, "covert", "жасырын", "скрытно", YesNoValue, "Recorded covertly (para 21)."),
        K(EntityKind.Evidence, "legal-basis", "құқықтық-негіз", "правовое-основание", TextOrNone, "Legal basis of a covert recording, or none (para 21)."),
        K(EntityKind.Evidence, "submitted-by", "ұсынған", "представил", PersonRef, "Participant who submitted it (paras 9, 21)."),
        K(EntityKind.Evidence, "examination-protocol", "қарау-хаттамасы", "протокол-осмотра", EvidenceOrNone, "Protocol of its examination, or none (para 21)."),
        K(EntityKind.Evidence, "disputed", "дау-айтылды", "оспорено", YesNoValue, "Its authenticity is disputed (para 21)."),
        K(EntityKind.Evidence, "original", "түпнұсқа", "подлинник", YesNoValue, "Whether it is the original (para 21)."),
        K(EntityKind.Evidence, "expertise-possible", "сараптама-мүмкін", "экспертиза-возможна", YesNoValue, "Whether an expertise of it is possible (para 21)."),
        K(EntityKind.Evidence, "complaint", "шағым", "жалоба", Enum(Complaint), "A complaint of unlawful methods (para 24)."),
        K(EntityKind.Evidence, "complaint-check", "шағымды-тексеру", "проверка-жалобы", TextOrNone, "How the complaint was checked, or none (para 24)."),
        K(EntityKind.Evidence, "complaint-confirmed", "шағым-расталды", "жалоба-подтверждена", YesNoValue, "Whether the complaint was confirmed (para 24)."),
        K(EntityKind.Evidence, "read-out", "жария-етілді", "оглашено", YesNoValue, "Pre-trial testimony read out in court (para 14)."),
        K(EntityKind.Evidence, "read-out-ground", "жария-ету-негізі", "основание-оглашения", Enum(ReadOutGround), "Why it was read out (para 14)."),
        K(EntityKind.Evidence, "ground-confirmed-by", "негізді-растайтын", "основание-подтверждено", new Shape.TextOrReference("E"), "What confirms that ground: text or an E- (para 14)."),
        K(EntityKind.Evidence, "collected-by", "жинаған", "собрано", Enum(CollectedBy), "Who collected it (para 8)."),
        K(EntityKind.Evidence, "purpose", "мақсаты", "цель", Enum(Purpose), "What it was collected for (para 8)."),
        K(EntityKind.Evidence, "contradicts", "қайшы-келеді", "противоречит", EvidenceList, "Evidence it contradicts (paras 13, 16)."),
        K(EntityKind.Evidence, "contradiction-resolved", "қайшылық-жойылды", "противоречие-устранено", Text, "How the contradiction was resolved (paras 13, 16)."),
        K(EntityKind.Evidence, "in-verdict", "үкімде", "в-приговоре", Enum(InVerdict), "Whether the verdict relies on it or rejects it (para 26)."),
        K(EntityKind.Evidence, "rejection-reason", "қабылдамау-себебі", "причина-отклонения", Text, "Why the verdict rejects it (para 26)."),
    ];

    public static IReadOnlyList<KeyDefinition> Circumstance { get; } =
    [
        K(EntityKind.Circumstance, "element", "элементі|түрі", "элемент|вид", Enum(Element), "Which circumstance to be proved (art. 113 CPC) this is."),
        K(EntityKind.Circumstance, "charged", "айыпталады|тағылды", "вменено", YesNoValue, "Whether the charge rests on it."),
    ];

    public static IReadOnlyList<KeyDefinition> Motion { get; } =
    [
        K(EntityKind.Motion, "type", "түрі", "тип|вид", Enum(MotionType), "What the motion asks for."),
        K(EntityKind.Motion, "target", "нысана|объект", "объект", new Shape.Reference("E"), "The evidence the motion concerns."),
        K(EntityKind.Motion, "filed-by", "мәлімдеген", "заявитель|заявил", PersonRef, "Who filed it."),
        K(EntityKind.Motion, "form", "нысаны", "форма", Enum(MotionForm), "Written or oral."),
        K(EntityKind.Motion, "transcript", "хаттамадағы-орны", "протокол-заседания", Text, "Where an oral motion is recorded."),
        K(EntityKind.Motion, "grounds", "негіздері", "основания", Text, "Grounds of the motion (para 5)."),
        K(EntityKind.Motion, "decision", "шешім", "решение", Enum(Decision), "The decision on it."),
        K(EntityKind.Motion, "decision-reasons", "шешім-себептері", "мотивы-решения", Text, "Reasons of the decision."),
    ];

    public static IReadOnlyList<KeyDefinition> Argument { get; } =
    [
        K(EntityKind.Argument, "checked", "тексерілді", "проверено", YesNoValue, "Whether the argument was checked (para 26)."),
        K(EntityKind.Argument, "refuted-by", "теріске-шығарады|теріске-шығарған", "опровергается", EvidenceList, "Evidence that refutes it (para 26)."),
    ];

    private static readonly Dictionary<EntityKind, IReadOnlyList<KeyDefinition>> ByEntity = new()
    {
        [EntityKind.Case] = Case,
        [EntityKind.Person] = Person,
        [EntityKind.Evidence] = Evidence,
        [EntityKind.Circumstance] = Circumstance,
        [EntityKind.Motion] = Motion,
        [EntityKind.Argument] = Argument,
    };

    private static readonly Dictionary<EntityKind, Dictionary<string, KeyDefinition>> Lookup = BuildLookup();

    public static IReadOnlyList<KeyDefinition> For(EntityKind entity) => ByEntity[entity];

    public static KeyDefinition? Find(EntityKind entity, ReadOnlySpan<char> written) =>
        TermNormalizer.Find(Lookup[entity], written);

    public static KeyDefinition Get(EntityKind entity, string canonical) =>
        ByEntity[entity].First(k => k.Canonical == canonical);

    /// <summary>The key with this canonical name, exactly as written (rules ask by canonical name on every entity).</summary>
    internal static KeyDefinition? FindCanonical(EntityKind entity, string canonical) =>
        (uint)entity < (uint)ByCanonical.Length ? ByCanonical[(int)entity]?.Find(canonical) : null;

    private static readonly CanonicalKeyTable?[] ByCanonical = BuildCanonicalLookup();

    private static CanonicalKeyTable?[] BuildCanonicalLookup()
    {
        var byKind = new CanonicalKeyTable?[System.Enum.GetValues<EntityKind>().Max(k => (int)k) + 1];
        foreach (var (entity, keys) in ByEntity)
        {
            for (var ordinal = 0; ordinal < keys.Count; ordinal++)
            {
                keys[ordinal].Ordinal = ordinal;
            }

            byKind[(int)entity] = new CanonicalKeyTable(keys);
        }

        return byKind;
    }

    private static Dictionary<EntityKind, Dictionary<string, KeyDefinition>> BuildLookup()
    {
        var lookup = new Dictionary<EntityKind, Dictionary<string, KeyDefinition>>();
        foreach (var (entity, keys) in ByEntity)
        {
            var forms = new Dictionary<string, KeyDefinition>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                foreach (var form in key.Term.AllForms)
                {
                    var normalized = TermNormalizer.Normalize(form);
                    if (forms.TryGetValue(normalized, out var other) && other != key)
                    {
                        throw new InvalidOperationException($"'{form}' names both {other} and {key}.");
                    }

                    forms[normalized] = key;
                }
            }

            lookup[entity] = forms;
        }

        return lookup;
    }
}
