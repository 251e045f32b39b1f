import type { MessageParams } from '../catalog';
import { defineCatalog, plural } from '../catalog';
import { reasonText } from './expression-reasons';

/** The selection the analysis reads: which responses, weights, filters and variables (src/analysis). */
interface SelectionParams {
  formId: string;
  total: number;
  status: string;
  versions?: string;
  interviewers?: string;
  from?: string;
  to?: string;
  filter?: string;
  demoLeftOut: boolean;
}

/** The status words of the analysis screen's selection, so that no English value stands in a sentence. */
const STATUS_WORDS: Record<string, { kk: string; ru: string }> = {
  final: { kk: 'аяқталған', ru: 'завершённые' },
  draft: { kk: 'аяқталмаған', ru: 'черновики' },
  all: { kk: 'барлығы', ru: 'все' },
};

const selectionKk = (p: SelectionParams) =>
  [
    `мәртебесі: ${STATUS_WORDS[p.status]?.kk ?? `«${p.status}»`}`,
    ...(p.versions ? [`нұсқасы «${p.versions}»`] : []),
    ...(p.interviewers ? [`сауалнамашысы «${p.interviewers}»`] : []),
    ...(p.from ? [`басталуы «${p.from}» бастап`] : []),
    ...(p.to ? [`басталуы «${p.to}» дейін`] : []),
    ...(p.filter ? [`сүзгісі «${p.filter}»`] : []),
    ...(p.demoLeftOut ? ['тек далалық деректер: жаттығу жауаптары қосылмаған'] : []),
  ].join('; ');
const selectionRu = (p: SelectionParams) =>
  [
    `статус: ${STATUS_WORDS[p.status]?.ru ?? `«${p.status}»`}`,
    ...(p.versions ? [`версия «${p.versions}»`] : []),
    ...(p.interviewers ? [`интервьюер «${p.interviewers}»`] : []),
    ...(p.from ? [`начато с «${p.from}»`] : []),
    ...(p.to ? [`начато до «${p.to}»`] : []),
    ...(p.filter ? [`фильтр «${p.filter}»`] : []),
    ...(p.demoLeftOut ? ['только полевые данные: учебные ответы не включены'] : []),
  ].join('; ');
const selectionEn = (p: SelectionParams) =>
  [
    `status ${p.status}`,
    ...(p.versions ? [`version ${p.versions}`] : []),
    ...(p.interviewers ? [`interviewer ${p.interviewers}`] : []),
    ...(p.from ? [`started from ${p.from}`] : []),
    ...(p.to ? [`started until ${p.to}`] : []),
    ...(p.filter ? [`filter ${p.filter}`] : []),
    ...(p.demoLeftOut ? ['field data only: practice (demo) responses left out unless included'] : []),
  ].join('; ');

const typeKk = (p: { type: string; single: boolean }) => (p.single ? `нұсқалары сан емес «${p.type}»` : `«${p.type}»`);
const typeRu = (p: { type: string; single: boolean }) =>
  p.single ? `«${p.type}» с вариантами, которые не являются числами` : `«${p.type}»`;

export const analysisErrors = defineCatalog({
  'analysis-no-responses': {
    kk: (p: { formId: string }) => `«${p.formId}» сауалнамасында әлі жауап жоқ.`,
    ru: (p: { formId: string }) => `У анкеты «${p.formId}» ещё нет ответов.`,
    en: (p: { formId: string }) => `form "${p.formId}" has no responses yet`,
  },
  'analysis-none-selected': {
    kk: (p: SelectionParams) => `«${p.formId}» сауалнамасының ${p.total} жауабының ешқайсысы таңдауға сай келмейді (${selectionKk(p)}).`,
    ru: (p: SelectionParams) =>
      `Ни один из ${p.total} ${plural('ru', p.total, { one: 'ответа', many: 'ответов' })} анкеты «${p.formId}» не подходит под отбор (${selectionRu(p)}).`,
    en: (p: SelectionParams) => `none of the ${p.total} responses of form "${p.formId}" matches the selection (${selectionEn(p)})`,
  },
  'analysis-weight-not-numeric': {
    kk: (p: { name: string; type: string }) =>
      `«${p.name}» салмағы сандық сұрақ (бүтін сан, ондық сан не есептеу) болуы керек, ал ол «${p.type}».`,
    ru: (p: { name: string; type: string }) =>
      `Вес «${p.name}» должен быть числовым вопросом (целое, десятичное число или вычисление), а не «${p.type}».`,
    en: (p: { name: string; type: string }) =>
      `the weight "${p.name}" must be a numeric question (integer, decimal or calculate), not a ${p.type}`,
  },
  'analysis-weight-none-positive': {
    kk: (p: { name: string; count: number }) => `Талданатын ${p.count} жауаптың ешқайсысында «${p.name}» салмағы оң сан емес.`,
    ru: (p: { name: string; count: number }) =>
      `Ни у одного из ${p.count} ${plural('ru', p.count, { one: 'анализируемого ответа', many: 'анализируемых ответов' })} вес «${p.name}» не положителен.`,
    en: (p: { name: string; count: number }) =>
      `none of the ${p.count} ${plural('en', p.count, { one: 'analysed response', many: 'analysed responses' })} has a positive weight in "${p.name}"`,
  },
  'analysis-multiple-in-crosstab': {
    kk: (p: { name: string }) =>
      `«${p.name}» — бірнеше жауап таңдалатын сұрақ: респондент бірнеше нұсқа таңдай алады, сондықтан ол таңдамалы кестенің бір жағы бола алмайды; оны жиіліктермен санаңыз.`,
    ru: (p: { name: string }) =>
      `«${p.name}» — вопрос с несколькими ответами: респондент может выбрать несколько вариантов, поэтому он не может быть стороной таблицы сопряжённости; подсчитайте его частотами.`,
    en: (p: { name: string }) =>
      `"${p.name}" is a select_multiple question: a respondent may choose several answers, so it cannot be one side of a crosstab; count it with frequencies`,
  },
  'analysis-not-multiple': {
    kk: (p: { name: string }) => `«${p.name}» — бірнеше жауап таңдалатын сұрақ емес.`,
    ru: (p: { name: string }) => `«${p.name}» — не вопрос с несколькими ответами.`,
    en: (p: { name: string }) => `"${p.name}" is not a select_multiple question`,
  },
  'analysis-reverse-not-likert': {
    kk: (p: { name: string }) =>
      `«${p.name}» кері кодталған деп белгіленген, бірақ кері айналдыратын ауқымы тек Лайкерт тармағында (нұсқалары сандармен аталған) болады.`,
    ru: (p: { name: string }) =>
      `«${p.name}» отмечен как обратно кодированный, но диапазон для обращения есть только у пункта Лайкерта (варианты названы числами).`,
    en: (p: { name: string }) =>
      `"${p.name}" is marked reverse-coded, but only a Likert item (choices named by numbers) has a range to reverse it in`,
  },
  'analysis-no-mean': {
    kk: (p: { name: string; type: string; single: boolean }) =>
      `«${p.name}» — ${typeKk(p)} сұрағы, сондықтан оның орташасы жоқ; оны жиіліктермен не таңдамалы кестемен санаңыз.`,
    ru: (p: { name: string; type: string; single: boolean }) =>
      `«${p.name}» — вопрос типа ${typeRu(p)}, поэтому у него нет среднего; подсчитайте его частотами или таблицей сопряжённости.`,
    en: (p: { name: string; type: string; single: boolean }) =>
      `"${p.name}" is a ${p.type} question${p.single ? ' whose choices are not numbers' : ''}, so it has no mean; count it with frequencies or crosstab`,
  },
  'analysis-calculation-not-number': {
    kk: (p: { name: string; example: string }) =>
      `«${p.name}» есептеуі әр жауапта сан емес (мысалы, «${p.example}»), сондықтан оның орташасы жоқ.`,
    ru: (p: { name: string; example: string }) =>
      `Вычисление «${p.name}» не у каждого ответа является числом (например, «${p.example}»), поэтому у него нет среднего.`,
    en: (p: { name: string; example: string }) =>
      `the calculation "${p.name}" is not a number for every response (for example "${p.example}"), so it has no mean`,
  },
  'analysis-too-many-levels': {
    kk: (p: { name: string; count: number; limit: number }) =>
      `Талданатын жауаптарда «${p.name}» ${p.count} түрлі мәнге ие; таңдамалы кесте санның ең көбі ${p.limit} санатын санай алады. Оның орташаларын топтар бойынша салыстырыңыз немесе мәндерін сауалнаманың есептеу өрісінде топтаңыз.`,
    ru: (p: { name: string; count: number; limit: number }) =>
      `У «${p.name}» ${p.count} ${plural('ru', p.count, { one: 'разное значение', few: 'разных значения', many: 'разных значений' })} в анализируемых ответах; таблица сопряжённости может подсчитать не более ${p.limit} категорий числа. Сравните его средние по группам или сгруппируйте значения в вычисляемом поле анкеты.`,
    en: (p: { name: string; count: number; limit: number }) =>
      `"${p.name}" has ${p.count} different values in the analysed responses; a crosstab can count at most ${p.limit} categories of a number. Compare its means by group instead, or group its values in a calculate field of the form.`,
  },
  'analysis-repeat-section': {
    kk: (p: { name: string }) =>
      `«${p.name}» — қайталанатын бөлім: жауап оның жауаптарын бір тізім ретінде сақтайды, бұл санауға болатын айнымалы емес. Қайталаудан тыс есептеу қосыңыз (мысалы, «count(\${${p.name}})») және соны талдаңыз.`,
    ru: (p: { name: string }) =>
      `«${p.name}» — повторяющийся раздел: ответ хранит его ответы одним списком, а это не переменная для подсчёта. Добавьте вычисление вне повтора (например, «count(\${${p.name}})») и анализируйте его.`,
    en: (p: { name: string }) =>
      `"${p.name}" is a repeated section: a response holds its answers as one list, which is not a variable to count. Add a calculate outside the repeat (such as count(\${${p.name}})) and analyse that.`,
  },
  'analysis-in-repeat': {
    kk: (p: { name: string; repeat: string }) =>
      `«${p.name}» «${p.repeat}» қайталанатын бөлімінің әр данасында сұралады: жауап оның жауаптарын бір тізім ретінде сақтайды, бұл санауға болатын айнымалы емес. Қайталаудан тыс есептеу қосыңыз (мысалы, «count(\${${p.repeat}})» не «sum(\${${p.name}})») және соны талдаңыз.`,
    ru: (p: { name: string; repeat: string }) =>
      `«${p.name}» задаётся в каждом экземпляре повторяющегося раздела «${p.repeat}»: ответ хранит его ответы одним списком, а это не переменная для подсчёта. Добавьте вычисление вне повтора (например, «count(\${${p.repeat}})» или «sum(\${${p.name}})») и анализируйте его.`,
    en: (p: { name: string; repeat: string }) =>
      `"${p.name}" is asked in each instance of the repeated section "${p.repeat}": a response holds its answers as one list, which is not a variable to count. Add a calculate outside the repeat (such as count(\${${p.repeat}}) or sum(\${${p.name}})) and analyse that.`,
  },
  'analysis-variable-unknown': {
    kk: (p: { formId: string; name: string; similar: string }) =>
      `«${p.formId}» сауалнамасында «${p.name}» деген сұрақ не шкала жоқ${p.similar ? ` (мүмкін, «${p.similar}»?)` : ''}.`,
    ru: (p: { formId: string; name: string; similar: string }) =>
      `В анкете «${p.formId}» нет вопроса или шкалы «${p.name}»${p.similar ? ` (может быть, «${p.similar}»?)` : ''}.`,
    en: (p: { formId: string; name: string; similar: string }) =>
      `form "${p.formId}" has no question or scale named "${p.name}"${p.similar ? ` (did you mean ${p.similar}?)` : ''}`,
  },
  'analysis-status-invalid': {
    kk: (p: { given: string }) => `Мәртебе «final», «draft» не «all» болуы керек, «${p.given}» емес.`,
    ru: (p: { given: string }) => `Статус должен быть «final», «draft» или «all», а не «${p.given}».`,
    en: (p: { given: string }) => `the status must be final, draft or all, not "${p.given}"`,
  },
  'analysis-date-range-empty': {
    kk: (p: { from: string; to: string }) => `Күндер аралығы бос: «${p.from}» күні «${p.to}» күнінен кейін.`,
    ru: (p: { from: string; to: string }) => `Диапазон дат пуст: «${p.from}» позже «${p.to}».`,
    en: (p: { from: string; to: string }) => `the date range is empty: ${p.from} is after ${p.to}`,
  },
  'analysis-version-unknown': {
    kk: (p: { unknown: string; versions: string }) => `Сауалнаманың «${p.unknown}» нұсқасы жоқ (нұсқалары: «${p.versions}»).`,
    ru: (p: { unknown: string; versions: string }) => `У анкеты нет версии «${p.unknown}» (версии: «${p.versions}»).`,
    en: (p: { unknown: string; versions: string }) => `the form has no version ${p.unknown} (versions: ${p.versions})`,
  },
  'date-not-calendar': {
    kk: (p: { text: string }) => `«${p.text}» — күнтізбеде жоқ күн.`,
    ru: (p: { text: string }) => `«${p.text}» — такой даты нет в календаре.`,
    en: (p: { text: string }) => `"${p.text}" is not a calendar date`,
  },
  'date-invalid': {
    kk: (p: { text: string }) => `«${p.text}» — күн (ЖЖЖЖ-АА-КК) не күн мен уақыт (ЖЖЖЖ-АА-ККТСС:ММ) емес.`,
    ru: (p: { text: string }) => `«${p.text}» — не дата (ГГГГ-ММ-ДД) и не дата со временем (ГГГГ-ММ-ДДТЧЧ:ММ).`,
    en: (p: { text: string }) => `"${p.text}" is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM)`,
  },
  /** `reason` is the code of the parser's reason (expression-reasons.ts), its own parameters beside it; `filter` the filter typed. */
  'filter-unreadable': {
    kk: (p: MessageParams & { filter: string; position: number; reason: string }) =>
      `«${p.filter}» сүзгісін оқу мүмкін емес: ${p.position}-таңбада қате (${reasonText('kk', p)}).`,
    ru: (p: MessageParams & { filter: string; position: number; reason: string }) =>
      `Фильтр «${p.filter}» не читается: ошибка в символе ${p.position} (${reasonText('ru', p)}).`,
    en: (p: MessageParams & { filter: string; position: number; reason: string }) =>
      `the filter cannot be read: ${reasonText('en', p)} at character ${p.position} of "${p.filter}"`,
  },
  'filter-current-node': {
    kk: (p: { text: string }) =>
      `«${p.text}» сүзгісі «.» белгісін қолданады, ол сұрақтан тыс мағынасыз; өрістерді «\${атау}» түрінде атаңыз.`,
    ru: (p: { text: string }) => `Фильтр «${p.text}» использует «.», который вне вопроса не имеет смысла; называйте поля как «\${имя}».`,
    en: (p: { text: string }) => `the filter "${p.text}" uses ".", which has no meaning outside a question; name fields as \${name}`,
  },
  'filter-bare-name': {
    kk: (p: { text: string; name: string }) => `«${p.text}» сүзгісі «${p.name}» атауын жай жазады; сұрақ үшін «\${${p.name}}» деп жазыңыз.`,
    ru: (p: { text: string; name: string }) =>
      `Фильтр «${p.text}» называет «${p.name}» без оформления; для вопроса пишите «\${${p.name}}».`,
    en: (p: { text: string; name: string }) => `the filter "${p.text}" names "${p.name}" bare; write \${${p.name}} for a question`,
  },
  'filter-unknown-fields': {
    kk: (p: { text: string; names: string; count: number }) =>
      `«${p.text}» сүзгісі атаған «${p.names}» бұл сауалнаманың сұрағы не шкаласы емес.`,
    ru: (p: { text: string; names: string; count: number }) =>
      `Фильтр «${p.text}» называет «${p.names}», ${p.count === 1 ? 'но это не вопрос и не шкала' : 'но это не вопросы и не шкалы'} этой анкеты.`,
    en: (p: { text: string; names: string; count: number }) =>
      `the filter "${p.text}" names ${p.names}, which ${p.count === 1 ? 'is not a question or scale' : 'are not questions or scales'} of this form`,
  },
  'analysis-no-valid-answer': {
    kk: (p: { count: number; name: string }) => `Талданатын ${p.count} жауаптың ешқайсысында «${p.name}» сұрағына жарамды жауап жоқ.`,
    ru: (p: { count: number; name: string }) =>
      `Ни один из ${p.count} ${plural('ru', p.count, { one: 'анализируемого ответа', many: 'анализируемых ответов' })} не содержит допустимого ответа на «${p.name}».`,
    en: (p: { count: number; name: string }) =>
      `none of the ${p.count} ${plural('en', p.count, { one: 'analysed response', many: 'analysed responses' })} has a valid answer to "${p.name}"`,
  },
  'analysis-crosstab-same': {
    kk: (p: { name: string }) => `Таңдамалы кестеге екі түрлі айнымалы керек, «${p.name}» екі рет емес.`,
    ru: (p: { name: string }) => `Для таблицы сопряжённости нужны две разные переменные, а не «${p.name}» дважды.`,
    en: (p: { name: string }) => `a crosstab needs two different variables, not "${p.name}" twice`,
  },
  'analysis-no-valid-pair': {
    kk: (p: { count: number; row: string; col: string }) =>
      `Талданатын ${p.count} жауаптың ешқайсысында «${p.row}» мен «${p.col}» сұрақтарының екеуіне де жарамды жауап жоқ.`,
    ru: (p: { count: number; row: string; col: string }) =>
      `Ни один из ${p.count} ${plural('ru', p.count, { one: 'анализируемого ответа', many: 'анализируемых ответов' })} не содержит допустимых ответов и на «${p.row}», и на «${p.col}».`,
    en: (p: { count: number; row: string; col: string }) =>
      `none of the ${p.count} ${plural('en', p.count, { one: 'analysed response', many: 'analysed responses' })} has a valid answer to both "${p.row}" and "${p.col}"`,
  },
  'analysis-breakdown-no-items': {
    kk: (p: { by: string }) => `Сауалнамада «${p.by}» сұрағынан басқа бөлуге болатын бір жауапты сұрақ жоқ.`,
    ru: (p: { by: string }) => `В анкете нет вопроса с одним ответом, кроме «${p.by}», для разбивки.`,
    en: (p: { by: string }) => `the form has no select_one question besides "${p.by}" to break down`,
  },
  'analysis-means-by-itself': {
    kk: (p: { name: string }) => `«${p.name}» орташаларын өзі бойынша бөлсе, салыстыратын ештеңе жоқ.`,
    ru: (p: { name: string }) => `Средним «${p.name}» по самой себе нечего сравнивать.`,
    en: (p: { name: string }) => `means of "${p.name}" by itself have nothing to compare`,
  },
  'analysis-means-no-pairs': {
    kk: (p: { count: number; variable: string; by: string }) =>
      `Талданатын ${p.count} жауаптың ешқайсысында әрі «${p.variable}» мәні, әрі жарамды «${p.by}» жоқ.`,
    ru: (p: { count: number; variable: string; by: string }) =>
      `Ни один из ${p.count} ${plural('ru', p.count, { one: 'анализируемого ответа', many: 'анализируемых ответов' })} не содержит одновременно значения «${p.variable}» и допустимого «${p.by}».`,
    en: (p: { count: number; variable: string; by: string }) =>
      `none of the ${p.count} ${plural('en', p.count, { one: 'analysed response', many: 'analysed responses' })} has both a value of "${p.variable}" and a valid "${p.by}"`,
  },
  'analysis-distance-no-scale': {
    kk: (p: { scale: string }) =>
      `Сауалнамада «${p.scale}» шкаласы жоқ: әлеуметтік қашықтық сұрақтарын тармақтар ретінде атаңыз не олардың шкаласын таңдаңыз.`,
    ru: (p: { scale: string }) =>
      `В анкете нет шкалы «${p.scale}»: назовите вопросы социальной дистанции как пункты или выберите их шкалу.`,
    en: (p: { scale: string }) =>
      `the form has no scale "${p.scale}": name the social-distance questions with --items A,B,C or their scale with --scale NAME`,
  },
  'analysis-distance-not-steps': {
    kk: (p: { name: string; steps: number }) =>
      `«${p.name}» — әлеуметтік қашықтық сұрағы емес: оның жауаптары 1-ден ${p.steps}-ге дейінгі қадамдар болуы керек (нұсқалары 1…${p.steps} деп аталған).`,
    ru: (p: { name: string; steps: number }) =>
      `«${p.name}» — не вопрос социальной дистанции: его ответы должны быть ступенями от 1 до ${p.steps} (варианты названы 1…${p.steps}).`,
    en: (p: { name: string; steps: number }) =>
      `"${p.name}" is not a social-distance question: its answers must be the steps 1 to ${p.steps} (choices named 1…${p.steps})`,
  },
  'analysis-distance-no-answers': {
    kk: (p: { count: number; items: string }) =>
      `Талданатын ${p.count} жауаптың ешқайсысы «${p.items}» сұрақтарының ешбіріне жауап бермеген.`,
    ru: (p: { count: number; items: string }) =>
      `Ни один из ${p.count} ${plural('ru', p.count, { one: 'анализируемого ответа', many: 'анализируемых ответов' })} не содержит ответа ни на один из вопросов «${p.items}».`,
    en: (p: { count: number; items: string }) =>
      `none of the ${p.count} ${plural('en', p.count, { one: 'analysed response', many: 'analysed responses' })} answered any of ${p.items}`,
  },
  'analysis-distance-steps': {
    kk: () => 'Әлеуметтік қашықтық жауаптары 1-ден 7-ге дейінгі қадамдар болуы керек.',
    ru: () => 'Ответы о социальной дистанции должны быть ступенями от 1 до 7.',
    en: () => 'Social distance answers must be the steps 1 to 7.',
  },
  'analysis-distance-invalid-step': {
    kk: (p: { count: number; example: number }) => `${p.count} жауап 1-ден 7-ге дейінгі қадам емес (мысалы, ${p.example}).`,
    ru: (p: { count: number; example: number }) =>
      `${p.count} ${plural('ru', p.count, { one: 'ответ не является', many: 'ответов не являются' })} ступенью от 1 до 7 (например, ${p.example}).`,
    en: (p: { count: number; example: number }) => `${p.count} answer(s) are not a step from 1 to 7 (for example ${p.example}).`,
  },
  'analysis-reliability-items-and-scale': {
    kk: () => 'Не тармақтарды, не шкаланы көрсетіңіз, екеуін бірге емес.',
    ru: () => 'Укажите либо пункты, либо шкалу, но не то и другое.',
    en: () => 'give either the items or a scale, not both',
  },
  'analysis-reliability-scale-as-item': {
    kk: (p: { names: string; count: number }) => `«${p.names}» — тармақ емес, шкала; оны шкала ретінде көрсетіңіз.`,
    ru: (p: { names: string; count: number }) =>
      `«${p.names}» — ${p.count === 1 ? 'это шкала' : 'это шкалы'}, а не пункт; укажите как шкалу.`,
    en: (p: { names: string; count: number }) =>
      `${p.names} ${p.count === 1 ? 'is a scale' : 'are scales'}, not an item; give it with --scale`,
  },
  'analysis-reliability-needs-choice': {
    kk: () => 'Тармақтарды не шкаланы атаңыз.',
    ru: () => 'Назовите пункты или шкалу.',
    en: () => 'name the items (--items A,B,C) or the scale (--scale NAME)',
  },
  'analysis-scale-unknown': {
    kk: (p: { formId: string; scale: string; scales: string }) =>
      `«${p.formId}» сауалнамасында «${p.scale}» шкаласы жоқ (${p.scales ? `шкалалары: «${p.scales}»` : 'ешбір сұрақтың шкала бағаны жоқ'}).`,
    ru: (p: { formId: string; scale: string; scales: string }) =>
      `В анкете «${p.formId}» нет шкалы «${p.scale}» (${p.scales ? `шкалы: «${p.scales}»` : 'ни у одного вопроса нет столбца шкалы'}).`,
    en: (p: { formId: string; scale: string; scales: string }) =>
      `form "${p.formId}" has no scale "${p.scale}"${p.scales ? ` (scales: ${p.scales})` : ' (no question has a scale column)'}`,
  },
  'analysis-reliability-too-few': {
    kk: (p: { count: number }) => `Сенімділікке кемінде екі тармақ керек, ${p.count} емес.`,
    ru: (p: { count: number }) => `Для надёжности нужны по крайней мере два пункта, а не ${p.count}.`,
    en: (p: { count: number }) => `reliability needs at least two items, not ${p.count}`,
  },
  'analysis-reliability-not-numbers': {
    kk: (p: { names: string; count: number }) =>
      `Сенімділікке сандармен жауап берілген тармақтар керек (Лайкерт тармақтары, бүтін не ондық сандар); «${p.names}» олай емес.`,
    ru: (p: { names: string; count: number }) =>
      `Для надёжности нужны пункты с числовыми ответами (пункты Лайкерта, целые, десятичные); «${p.names}» ${p.count === 1 ? 'не такой' : 'не такие'}.`,
    en: (p: { names: string; count: number }) =>
      `reliability needs items answered with numbers (Likert items, integers, decimals); ${p.names} ${p.count === 1 ? 'is' : 'are'} not`,
  },
  'analysis-reliability-no-complete': {
    kk: (p: { count: number; items: number }) => `Талданатын ${p.count} жауаптың ешқайсысы барлық ${p.items} тармаққа жауап бермеген.`,
    ru: (p: { count: number; items: number }) =>
      `Ни один из ${p.count} ${plural('ru', p.count, { one: 'анализируемого ответа', many: 'анализируемых ответов' })} не содержит ответов на все ${p.items} ${plural('ru', p.items, { one: 'пункт', few: 'пункта', many: 'пунктов' })}.`,
    en: (p: { count: number; items: number }) =>
      `none of the ${p.count} ${plural('en', p.count, { one: 'analysed response', many: 'analysed responses' })} answered all ${p.items} items`,
  },
  'analysis-scale-minimum-valid': {
    kk: (p: { items: number; minimum: number }) =>
      `${p.items} тармақты шкала бағасы үшін 1-ден ${p.items}-ге дейін жауап берілген тармақ керек, ${p.minimum} емес.`,
    ru: (p: { items: number; minimum: number }) =>
      `Для оценки по шкале из ${p.items} ${plural('ru', p.items, { one: 'пункта', many: 'пунктов' })} нужно от 1 до ${p.items} ${plural('ru', p.items, { one: 'отвеченного пункта', many: 'отвеченных пунктов' })}, а не ${p.minimum}.`,
    en: (p: { items: number; minimum: number }) =>
      `A scale of ${p.items} items needs between 1 and ${p.items} answered items for a score, not ${p.minimum}.`,
  },
  'analysis-reliability-two-items': {
    kk: () => 'Сенімділікке кемінде екі тармақты шкала керек.',
    ru: () => 'Для надёжности нужна шкала хотя бы из двух пунктов.',
    en: () => 'Reliability needs a scale of at least two items.',
  },
  'analysis-scale-empty': {
    kk: () => 'Шкалаға кемінде бір тармақ керек.',
    ru: () => 'Шкале нужен хотя бы один пункт.',
    en: () => 'A scale needs at least one item.',
  },
});
