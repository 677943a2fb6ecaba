// The text of a new case file, in the user's language. Pure: no VS Code here.
// Keys and values are the first Kazakh or Russian alias of src/Casefile.Core/Vocabulary (the form
// the server itself writes in a file of that language); a unit test checks them against it.

export type TemplateLanguage = 'kk' | 'ru' | 'en';

/** kk, ru or en from a VS Code display language such as "ru", "kk-KZ" or "en-US"; anything else is English. */
export function templateLanguage(displayLanguage: string | undefined): TemplateLanguage {
  const base = (displayLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'kk' || base === 'ru' ? base : 'en';
}

type Words = Record<string, string>;

/** Keys by entity, as written in each language. */
export const templateKeys: Record<TemplateLanguage, Record<string, Words>> = {
  en: {
    Case: { case: 'case', language: 'language', procedure: 'procedure', stage: 'stage', registered: 'registered', deadline: 'deadline' },
    Person: { role: 'role', lawyer: 'lawyer' },
    Evidence: {
      kind: 'kind', person: 'person', 'conducted-by': 'conducted-by', start: 'start', end: 'end', place: 'place',
      lawyer: 'lawyer', 'rights-explained': 'rights-explained', proves: 'proves',
    },
    Circumstance: { element: 'element', charged: 'charged' },
    Motion: { type: 'type', target: 'target', 'filed-by': 'filed-by', form: 'form', grounds: 'grounds', decision: 'decision' },
    Argument: { checked: 'checked' },
  },
  kk: {
    Case: { case: 'іс', language: 'тіл', procedure: 'іс-жүргізу-тәртібі', stage: 'саты', registered: 'тіркелді', deadline: 'мерзім' },
    Person: { role: 'рөлі', lawyer: 'қорғаушы' },
    Evidence: {
      kind: 'түрі', person: 'тұлға', 'conducted-by': 'жүргізген', start: 'басталды', end: 'аяқталды', place: 'орны',
      lawyer: 'қорғаушы', 'rights-explained': 'құқықтары-түсіндірілді', proves: 'дәлелдейді',
    },
    Circumstance: { element: 'элементі', charged: 'айыпталады' },
    Motion: { type: 'түрі', target: 'нысана', 'filed-by': 'мәлімдеген', form: 'нысаны', grounds: 'негіздері', decision: 'шешім' },
    Argument: { checked: 'тексерілді' },
  },
  ru: {
    Case: { case: 'дело', language: 'язык', procedure: 'порядок', stage: 'стадия', registered: 'зарегистрировано', deadline: 'срок' },
    Person: { role: 'роль', lawyer: 'защитник' },
    Evidence: {
      kind: 'вид', person: 'лицо', 'conducted-by': 'провел', start: 'начало', end: 'окончание', place: 'место',
      lawyer: 'защитник', 'rights-explained': 'права-разъяснены', proves: 'доказывает',
    },
    Circumstance: { element: 'элемент', charged: 'вменено' },
    Motion: { type: 'тип', target: 'объект', 'filed-by': 'заявитель', form: 'форма', grounds: 'основания', decision: 'решение' },
    Argument: { checked: 'проверено' },
  },
};

/** Enumerated values by term set (Terms.cs), as written in each language. */
export const templateValues: Record<TemplateLanguage, Record<string, Words>> = {
  en: {
    Procedure: { general: 'general' }, Stage: { pretrial: 'pretrial' },
    Role: { suspect: 'suspect', defender: 'defender', investigator: 'investigator' },
    EvidenceKind: { testimony: 'testimony' }, Place: { office: 'office' }, YesNo: { yes: 'yes', no: 'no' },
    Element: { event: 'event' }, MotionType: { 'exclude-evidence': 'exclude-evidence' }, MotionForm: { written: 'written' },
    Decision: { pending: 'pending' },
  },
  kk: {
    Procedure: { general: 'жалпы' }, Stage: { pretrial: 'сотқа-дейінгі' },
    Role: { suspect: 'күдікті', defender: 'қорғаушы', investigator: 'тергеуші' },
    EvidenceKind: { testimony: 'айғақ' }, Place: { office: 'кабинет' }, YesNo: { yes: 'иә', no: 'жоқ' },
    Element: { event: 'оқиға' }, MotionType: { 'exclude-evidence': 'дәлелдемені-алып-тастау' }, MotionForm: { written: 'жазбаша' },
    Decision: { pending: 'қаралуда' },
  },
  ru: {
    Procedure: { general: 'общий' }, Stage: { pretrial: 'досудебная' },
    Role: { suspect: 'подозреваемый', defender: 'защитник', investigator: 'следователь' },
    EvidenceKind: { testimony: 'показания' }, Place: { office: 'кабинет' }, YesNo: { yes: 'да', no: 'нет' },
    Element: { event: 'событие' }, MotionType: { 'exclude-evidence': 'исключение-доказательства' }, MotionForm: { written: 'письменное' },
    Decision: { pending: 'на-рассмотрении' },
  },
};

const prose: Record<TemplateLanguage, Words> = {
  en: {
    title: 'Criminal case', persons: 'Persons', evidence: 'Evidence', circumstances: 'Circumstances', motions: 'Motions',
    arguments: 'Defence arguments', p1: 'Surname Name of the suspect', p2: 'Surname Name of the defender',
    p3: 'Surname Name of the investigator', e1: 'Interrogation of the suspect', e1body: 'What the suspect stated, in their own words.',
    c1: 'The event of the crime', m1: 'Motion of the defence to exclude E-1', grounds: 'the violation the defence points at',
    a1: 'What the defence argues', summary: 'The charge (article of the Criminal Code) and what happened, in a few sentences.',
  },
  kk: {
    title: 'Қылмыстық іс', persons: 'Тұлғалар', evidence: 'Дәлелдемелер', circumstances: 'Мән-жайлар', motions: 'Өтінішхаттар',
    arguments: 'Қорғау дәлелдері', p1: 'Күдіктінің тегі мен аты', p2: 'Қорғаушының тегі мен аты', p3: 'Тергеушінің тегі мен аты',
    e1: 'Күдіктіден жауап алу', e1body: 'Күдіктінің айғақтары, өз сөзімен.', c1: 'Қылмыс оқиғасы',
    m1: 'Қорғаудың E-1 дәлелдемесін алып тастау туралы өтінішхаты', grounds: 'қорғау көрсеткен бұзушылық',
    a1: 'Қорғаудың уәжі', summary: 'Айып (Қылмыстық кодекстің бабы) және не болғаны, бірнеше сөйлеммен.',
  },
  ru: {
    title: 'Уголовное дело', persons: 'Участники', evidence: 'Доказательства', circumstances: 'Обстоятельства', motions: 'Ходатайства',
    arguments: 'Доводы защиты', p1: 'Фамилия Имя подозреваемого', p2: 'Фамилия Имя защитника', p3: 'Фамилия Имя следователя',
    e1: 'Допрос подозреваемого', e1body: 'Что показал подозреваемый, его словами.', c1: 'Событие преступления',
    m1: 'Ходатайство защиты об исключении E-1', grounds: 'нарушение, на которое указывает защита',
    a1: 'Довод защиты', summary: 'Обвинение (статья Уголовного кодекса) и что произошло, в нескольких предложениях.',
  },
};

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/**
 * A new case file: the case heading and its keys, the five sections, and one entity of each kind
 * (three persons, since the evidence names who gave it, who took it and the defender). Dates are
 * today's; the investigation deadline is two months on. The file passes every check as written.
 */
export function caseFileTemplate(language: TemplateLanguage, today: Date = new Date()): string {
  const k = templateKeys[language];
  const v = templateValues[language];
  const t = prose[language];
  const date = isoDate(today);
  const deadline = isoDate(new Date(today.getFullYear(), today.getMonth() + 2, today.getDate()));
  const number = '000000000000000';
  return [
    `# ${t.title} ${number}`,
    `- ${k.Case.case}: ${number}`,
    `- ${k.Case.language}: ${language}`,
    `- ${k.Case.procedure}: ${v.Procedure.general}`,
    `- ${k.Case.stage}: ${v.Stage.pretrial}`,
    `- ${k.Case.registered}: ${date} 09:00`,
    `- ${k.Case.deadline}: ${deadline}`,
    '',
    t.summary,
    '',
    `## ${t.persons}`,
    '',
    `### P-1 ${t.p1}`,
    `- ${k.Person.role}: ${v.Role.suspect}`,
    `- ${k.Person.lawyer}: P-2`,
    '',
    `### P-2 ${t.p2}`,
    `- ${k.Person.role}: ${v.Role.defender}`,
    '',
    `### P-3 ${t.p3}`,
    `- ${k.Person.role}: ${v.Role.investigator}`,
    '',
    `## ${t.evidence}`,
    '',
    `### E-1 ${t.e1}`,
    `- ${k.Evidence.kind}: ${v.EvidenceKind.testimony}`,
    `- ${k.Evidence.person}: P-1`,
    `- ${k.Evidence['conducted-by']}: P-3`,
    `- ${k.Evidence.start}: ${date} 10:00`,
    `- ${k.Evidence.end}: ${date} 11:30`,
    `- ${k.Evidence.place}: ${v.Place.office}`,
    `- ${k.Evidence.lawyer}: P-2`,
    `- ${k.Evidence['rights-explained']}: ${v.YesNo.yes}`,
    `- ${k.Evidence.proves}: C-1`,
    '',
    t.e1body,
    '',
    `## ${t.circumstances}`,
    '',
    `### C-1 ${t.c1}`,
    `- ${k.Circumstance.element}: ${v.Element.event}`,
    `- ${k.Circumstance.charged}: ${v.YesNo.no}`,
    '',
    `## ${t.motions}`,
    '',
    `### M-1 ${t.m1}`,
    `- ${k.Motion.type}: ${v.MotionType['exclude-evidence']}`,
    `- ${k.Motion.target}: E-1`,
    `- ${k.Motion['filed-by']}: P-2`,
    `- ${k.Motion.form}: ${v.MotionForm.written}`,
    `- ${k.Motion.grounds}: ${t.grounds}`,
    `- ${k.Motion.decision}: ${v.Decision.pending}`,
    '',
    `## ${t.arguments}`,
    '',
    `### A-1 ${t.a1}`,
    `- ${k.Argument.checked}: ${v.YesNo.no}`,
    '',
  ].join('\n');
}
