import type { Language, MessageParams } from '../catalog';
import { defineCatalog } from '../catalog';
import { answerMessage, answerMessages, type AnswerMessage } from '../form-runtime';
import { reasonText } from './expression-reasons';

/**
 * What the form check (src/form/check) finds in a form, whether it came from a workbook or the designer: names,
 * types, nesting, lists, defaults, settings and expressions. The problem carries sheet, row and column; these are
 * the words for why. (Refusals met while reading a workbook are in xlsform.ts.)
 */

type Kind = { kind: 'group' | 'repeat' };
const KIND: Record<Language, Record<Kind['kind'], string>> = {
  kk: { group: 'топ', repeat: 'қайталанатын бөлім' },
  ru: { group: 'группа', repeat: 'повтор' },
  en: { group: 'group', repeat: 'repeat' },
};

/** Where in an expression: position is 0-based, as the English has always said it; kk and ru count characters from 1. */
type At = { position: number; expression: string };

/**
 * The links of a circle of dependencies, as the check gives them (JSON of [reason, from, to] triples, reason being
 * the XLSForm column through which `from` uses `to`, or "inside" for a row inside a group), in words.
 */
function cycleSteps(language: Language, steps: string): string {
  let links: [string, string, string][];
  try {
    links = JSON.parse(steps) as [string, string, string][];
  } catch {
    return steps;
  }
  return links
    .map(([reason, from, to]) => {
      if (reason === 'inside') return { kk: `${from} — ${to} ішінде`, ru: `${from} внутри ${to}`, en: `${from} is inside ${to}` }[language];
      return {
        kk: `${from} сұрағының «${reason}» бағаны \${${to}} мәнін қолданады`,
        ru: `столбец «${reason}» у ${from} использует \${${to}}`,
        en: `the ${reason} of ${from} uses \${${to}}`,
      }[language];
    })
    .join('; ');
}

/** Why an answer does not fit, in a language; the values it reads (a range's start, end and step) come in the parameters. */
function formatText(language: Language, p: MessageParams & { format: AnswerMessage }): string {
  if (!Object.prototype.hasOwnProperty.call(answerMessages, p.format)) return p.format;
  const values = Object.fromEntries(
    Object.entries(p).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'),
  );
  return answerMessage(p.format, language, values);
}

const kindIn = (language: Language, kind: string) => KIND[language][kind as Kind['kind']] ?? kind;

/** "Cannot read…: the reason" without the reason's own closing period, since more follows it. */
const reasonIn = (language: Language, p: MessageParams & { reason: string }) => reasonText(language, p).replace(/\.$/, '');

export const formCheckErrors = defineCatalog({
  'xlsform-name-taken': {
    kk: (p: { name: string; earlierRow: number }) =>
      `«${p.name}» атауы ${p.earlierRow}-жолда қолданылған; әр сұрақтың, топтың және қайталанатын бөлімнің өз атауы болуы керек.`,
    ru: (p: { name: string; earlierRow: number }) =>
      `Имя «${p.name}» уже использовано в строке ${p.earlierRow}; у каждого вопроса, группы и повтора должно быть своё имя.`,
    en: (p: { name: string; earlierRow: number }) =>
      `The name "${p.name}" is already used in row ${p.earlierRow}; every question, group and repeat needs its own name.`,
  },
  'xlsform-other-name-taken': {
    kk: (p: { name: string; select: string; earlierRow: number }) =>
      `«${p.select}» сұрағындағы "or_other" «басқа» мәтіні үшін қосатын «${p.name}» атауы ${p.earlierRow}-жолда қолданылған.`,
    ru: (p: { name: string; select: string; earlierRow: number }) =>
      `Имя «${p.name}», которое "or_other" у вопроса «${p.select}» добавляет для текста «другое», уже использовано в строке ${p.earlierRow}.`,
    en: (p: { name: string; select: string; earlierRow: number }) =>
      `The name "${p.name}", which "${p.select} or_other" adds for the "other" text, is already used in row ${p.earlierRow}.`,
  },
  'xlsform-row-no-name': {
    kk: (p: { type: string }) => `Бұл «${p.type}» жолының атауы жоқ; оған «q1» не «age» сияқты қысқа атау беріңіз.`,
    ru: (p: { type: string }) => `У этой строки «${p.type}» нет имени; дайте ей короткое имя, например «q1» или «age».`,
    en: (p: { type: string }) => `This ${p.type} row has no name; give it a short name such as q1 or age.`,
  },
  'xlsform-bad-name': {
    kk: (p: { name: string }) =>
      `«${p.name}» атау бола алмайды: атау әріптен не «_» белгісінен басталып, тек әріптерден, цифрлардан, «_», «-» және «.» белгілерінен тұрады (бос орынсыз).`,
    ru: (p: { name: string }) =>
      `«${p.name}» не может быть именем: имя начинается с буквы или «_» и состоит только из букв, цифр, «_», «-» и «.» (без пробелов).`,
    en: (p: { name: string }) =>
      `"${p.name}" cannot be used as a name: a name starts with a letter or _ and has only letters, digits, _, - and . (no spaces).`,
  },
  'xlsform-type-unknown': {
    kk: (p: { type: string }) => `«${p.type}» — "Kelisim" білмейтін сұрақ түрі.`,
    ru: (p: { type: string }) => `«${p.type}» — тип вопроса, которого "Kelisim" не знает.`,
    en: (p: { type: string }) => `"${p.type}" is not a question type Kelisim knows.`,
  },
  'xlsform-list-missing': {
    kk: (p: { list: string }) => `Нұсқалар парағында «${p.list}» тізімі жоқ.`,
    ru: (p: { list: string }) => `На листе вариантов нет списка «${p.list}».`,
    en: (p: { list: string }) => `There is no choice list "${p.list}" on the choices sheet.`,
  },
  'xlsform-list-empty': {
    kk: (p: { list: string }) => `«${p.list}» тізімінде нұсқа жоқ.`,
    ru: (p: { list: string }) => `В списке «${p.list}» нет вариантов.`,
    en: (p: { list: string }) => `The choice list "${p.list}" has no choices.`,
  },
  'xlsform-end-unopened': {
    kk: (p: { type: string } & Kind) => `Бұл «${p.type}» жолы ештеңе жаппайды: оның алдында әлі ашық тұрған «begin_${p.kind}» жолы жоқ.`,
    ru: (p: { type: string } & Kind) => `Эта строка «${p.type}» ничего не закрывает: перед ней нет открытой строки «begin_${p.kind}».`,
    en: (p: { type: string } & Kind) => `This ${p.type} closes no ${p.kind}: there is no begin_${p.kind} before it that is still open.`,
  },
  'xlsform-end-mismatch': {
    kk: (p: { type: string; name: string; row: number } & Kind) =>
      `Бұл «${p.type}» ${p.row}-жолда басталатын «${p.name}» (${kindIn('kk', p.kind)}) жабады; оны «end_${p.kind}» жолымен жабыңыз.`,
    ru: (p: { type: string; name: string; row: number } & Kind) =>
      `Строка «${p.type}» закрывает «${p.name}» (${kindIn('ru', p.kind)}, начало в строке ${p.row}); закрывать нужно строкой «end_${p.kind}».`,
    en: (p: { type: string; name: string; row: number } & Kind) =>
      `This ${p.type} closes the ${p.kind} "${p.name}" that begins in row ${p.row}; close it with end_${p.kind}.`,
  },
  'xlsform-never-closed': {
    kk: (p: { name: string } & Kind) =>
      `«${p.name}» (${kindIn('kk', p.kind)}) жабылмаған: оның соңғы сұрағынан кейін «end_${p.kind}» жолын қосыңыз.`,
    ru: (p: { name: string } & Kind) =>
      `«${p.name}» (${kindIn('ru', p.kind)}) ничем не закрывается: добавьте строку «end_${p.kind}» после последнего вопроса внутри.`,
    en: (p: { name: string } & Kind) => `The ${p.kind} "${p.name}" is never closed: add an end_${p.kind} row after its last question.`,
  },
  'xlsform-no-calculation': {
    kk: (p: { name: string }) => `«${p.name}» есептеу өрісінде формула жоқ.`,
    ru: (p: { name: string }) => `У вычисляемого поля «${p.name}» нет формулы.`,
    en: (p: { name: string }) => `The calculate field "${p.name}" has no calculation.`,
  },
  'xlsform-repeat-count-misplaced': {
    kk: () => 'Қайталау санын («repeat_count») тек «begin_repeat» жолдарына жазуға болады.',
    ru: () => 'Число повторов («repeat_count») можно задать только в строках «begin_repeat».',
    en: () => 'Only begin_repeat rows can have a repeat_count.',
  },
  /** `format` is the answer-format problem (form-runtime's message key); a range's start, end and step come beside it. */
  'xlsform-default-format': {
    kk: (p: { value: string; type: string; format: AnswerMessage } & MessageParams) =>
      `«${p.value}» әдепкі жауабы бұл «${p.type}» сұрағына сәйкес келмейді: ${formatText('kk', p)}`,
    ru: (p: { value: string; type: string; format: AnswerMessage } & MessageParams) =>
      `Ответ по умолчанию «${p.value}» не подходит к этому вопросу «${p.type}»: ${formatText('ru', p)}`,
    en: (p: { value: string; type: string; format: AnswerMessage } & MessageParams) =>
      `The default "${p.value}" does not fit this ${p.type} question: ${formatText('en', p)}`,
  },
  'xlsform-choice-no-name': {
    kk: (p: { list: string }) => `«${p.list}» тізіміндегі бір нұсқаның атауы жоқ; оған сақталатын кодты беріңіз, мысалы «1» не «yes».`,
    ru: (p: { list: string }) =>
      `У одного из вариантов списка «${p.list}» нет имени; дайте ему код, который будет сохранён, например «1» или «yes».`,
    en: (p: { list: string }) => `A choice of list "${p.list}" has no name; give it the code to store, such as 1 or yes.`,
  },
  'xlsform-no-form-id': {
    kk: () => 'Сауалнаманың идентификаторы («form_id») жоқ; оған «tolerance_2024» сияқты қысқа идентификатор беріңіз.',
    ru: () => 'У анкеты нет идентификатора («form_id»); дайте ей короткий идентификатор, например «tolerance_2024».',
    en: () => 'The form has no form_id; give it a short identifier such as tolerance_2024.',
  },
  'xlsform-default-language-unknown': {
    kk: (p: { language: string; languages: string }) => `«${p.language}» әдепкі тілі сауалнама тілдерінің қатарында жоқ (${p.languages}).`,
    ru: (p: { language: string; languages: string }) => `Язык по умолчанию «${p.language}» не входит в языки анкеты (${p.languages}).`,
    en: (p: { language: string; languages: string }) =>
      `The default language "${p.language}" is not one of the form's languages (${p.languages}).`,
  },
  'xlsform-unnamed-label-not-default': {
    kk: () =>
      'Қарапайым «label» бағанының өз тілі жоқ, сондықтан ол әдепкі тіл болуы керек: оның тілін атаңыз («label::English (en)») немесе оны әдепкі етіңіз.',
    ru: () =>
      'У простого столбца «label» нет своего языка, поэтому он должен быть языком по умолчанию: назовите его язык («label::English (en)») или сделайте его языком по умолчанию.',
    en: () =>
      'The plain label column has no language of its own, so it must be the default language; name its language (label::English (en)) or make it the default.',
  },
  'xlsform-trigger-unknown': {
    kk: (p: { name: string; meant: string }) =>
      `\${${p.name}} триггері сауалнамадағы сұрақ емес.${p.meant ? ` Мүмкін, \${${p.meant}} болар?` : ''}`,
    ru: (p: { name: string; meant: string }) =>
      `Триггер \${${p.name}} не является вопросом этой анкеты.${p.meant ? ` Возможно, имелось в виду \${${p.meant}}?` : ''}`,
    en: (p: { name: string; meant: string }) =>
      `The trigger \${${p.name}} is not a question in this form.${p.meant ? ` Did you mean \${${p.meant}}?` : ''}`,
  },
  /** Any reason of expression-reasons.ts, with its own parameters beside `reason`, `position` and `expression`. */
  'expression-unreadable': {
    kk: (p: MessageParams & At & { reason: string }) =>
      `Өрнекті оқу мүмкін емес («${p.expression}», ${p.position + 1}-таңба): ${reasonIn('kk', p)}.`,
    ru: (p: MessageParams & At & { reason: string }) =>
      `Выражение не удаётся прочитать («${p.expression}», символ ${p.position + 1}): ${reasonIn('ru', p)}.`,
    en: (p: MessageParams & At & { reason: string }) =>
      `Cannot read this expression: ${reasonIn('en', p)} at position ${p.position} in "${p.expression}".`,
  },
  'expression-unknown-reference': {
    kk: (p: { name: string; meant: string } & At) =>
      `\${${p.name}} («${p.expression}», ${p.position + 1}-таңба) — бұл сауалнамадағы сұрақ емес.${p.meant ? ` Мүмкін, \${${p.meant}} болар?` : ''}`,
    ru: (p: { name: string; meant: string } & At) =>
      `\${${p.name}} («${p.expression}», символ ${p.position + 1}) не является вопросом этой анкеты.${p.meant ? ` Возможно, имелось в виду \${${p.meant}}?` : ''}`,
    en: (p: { name: string; meant: string } & At) =>
      `\${${p.name}} (position ${p.position} in "${p.expression}") is not a question in this form.${p.meant ? ` Did you mean \${${p.meant}}?` : ''}`,
  },
  'expression-bare-name': {
    kk: (p: { name: string } & At) =>
      `«${p.name}» («${p.expression}», ${p.position + 1}-таңба) \${…} белгісінсіз жазылған; сұрақтың жауабын пайдалану үшін \${${p.name}} деп жазыңыз.`,
    ru: (p: { name: string } & At) =>
      `«${p.name}» («${p.expression}», символ ${p.position + 1}) записано без \${…}; чтобы использовать ответ на вопрос, напишите \${${p.name}}.`,
    en: (p: { name: string } & At) =>
      `"${p.name}" (position ${p.position} in "${p.expression}") is a bare name; to use the answer to a question write \${${p.name}}.`,
  },
  'expression-choice-name-quotes': {
    kk: (p: At) =>
      `«${p.expression}» ішіндегі «jr:choice-name()» (${p.position + 1}-таңба) екінші аргумент ретінде тырнақшадағы сұрақты күтеді, мысалы «jr:choice-name(\${region}, '\${region}')».`,
    ru: (p: At) =>
      `«jr:choice-name()» в «${p.expression}» (символ ${p.position + 1}) ждёт вторым аргументом вопрос в кавычках, например «jr:choice-name(\${region}, '\${region}')».`,
    en: (p: At) =>
      `jr:choice-name() at position ${p.position} in "${p.expression}" needs the question in quotes as its second argument, for example jr:choice-name(\${region}, '\${region}').`,
  },
  'expression-choice-name-not-select': {
    kk: (p: { value: string } & At) =>
      `«${p.expression}» ішіндегі «jr:choice-name()» (${p.position + 1}-таңба): «${p.value}» — бұл сауалнамадағы таңдау сұрағы емес.`,
    ru: (p: { value: string } & At) =>
      `«jr:choice-name()» в «${p.expression}» (символ ${p.position + 1}): «${p.value}» не является вопросом с выбором в этой анкете.`,
    en: (p: { value: string } & At) =>
      `jr:choice-name() at position ${p.position} in "${p.expression}": "${p.value}" is not a select question of this form.`,
  },
  'regex-invalid': {
    kk: (p: { pattern: string } & At) =>
      `«regex()» ішіндегі «${p.pattern}» үлгісі («${p.expression}», ${p.position + 1}-таңба) дұрыс тұрақты өрнек емес.`,
    ru: (p: { pattern: string } & At) =>
      `Шаблон «${p.pattern}» в «regex()» («${p.expression}», символ ${p.position + 1}) не является правильным регулярным выражением.`,
    en: (p: { pattern: string } & At) =>
      `The pattern "${p.pattern}" of regex() (position ${p.position} in "${p.expression}") is not a valid regular expression.`,
  },
  /** `steps`: see cycleSteps. */
  'form-circular-reference': {
    kk: (p: { path: string; steps: string }) =>
      `Тұйық сілтеме: ${p.path} (${cycleSteps('kk', p.steps)}). Олардың әрқайсысы алдымен басқаларын қажет етеді, сондықтан ешқайсысын есептеу мүмкін емес; тұйықты үзіңіз.`,
    ru: (p: { path: string; steps: string }) =>
      `Циклическая ссылка: ${p.path} (${cycleSteps('ru', p.steps)}). Каждому из них сначала нужны остальные, поэтому ни одно нельзя вычислить; разорвите цикл.`,
    en: (p: { path: string; steps: string }) =>
      `Circular reference: ${p.path} (${cycleSteps('en', p.steps)}). Each of these needs the others first, so none can be worked out; break the circle.`,
  },
});
