/**
 * The form runtime's words: why an answer is refused (shown to interviewers and in validation
 * reports when the form gives no message of its own) and the phrases the interview sets around a
 * form's own texts. A problem's `message` is written in the interview's language, which
 * src/form/message-language.ts picks (the CLI prints it); its code (ANSWER_PROBLEM_CODES) lets a
 * screen say Kelisim's words in the interface language instead.
 */
import type { Language } from './catalog';

/** The languages Kelisim's own messages are written in. */
export type MessageLanguage = Language;

/** Why an answer is refused; the shape problems are src/form/answer-formats.ts's FormatProblem. */
export type AnswerMessage =
  | 'required'
  | 'constraint'
  | 'integer'
  | 'integer-range'
  | 'decimal'
  | 'date'
  | 'time'
  | 'dateTime'
  | 'geopoint'
  | 'acknowledge'
  | 'range'
  | 'geotrace'
  | 'geoshape'
  | 'not-a-choice'
  | 'choice-unavailable'
  | 'repeated-choice'
  | 'not-relevant'
  | 'unknown-field'
  | 'repeat-unreadable'
  | 'repeat-count'
  | 'repeat-set-aside';

/** Messages shown to interviewers and in validation reports when the form gives none of its own. */
export const answerMessages: Record<AnswerMessage, Record<MessageLanguage, string>> = {
  required: {
    kk: 'Бұл сұраққа жауап беру міндетті.',
    ru: 'На этот вопрос необходимо ответить.',
    en: 'This question must be answered.',
  },
  constraint: {
    kk: 'Жауап сұрақтың шартына сәйкес келмейді.',
    ru: 'Ответ не соответствует условию вопроса.',
    en: 'This answer does not meet the condition of the question.',
  },
  integer: {
    kk: 'Бүтін сан енгізіңіз, мысалы: 42.',
    ru: 'Введите целое число, например 42.',
    en: 'Enter a whole number, for example 42.',
  },
  'integer-range': {
    kk: 'Сан тым үлкен: ол −2 147 483 648 мен 2 147 483 647 аралығында болуы керек.',
    ru: 'Слишком большое число: допустимы значения от −2 147 483 648 до 2 147 483 647.',
    en: 'The number is too large: it must lie between −2,147,483,648 and 2,147,483,647.',
  },
  decimal: {
    kk: 'Сан енгізіңіз, мысалы: 3.5.',
    ru: 'Введите число, например 3.5.',
    en: 'Enter a number, for example 3.5.',
  },
  date: {
    kk: 'Күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз, мысалы: 2024-05-31.',
    ru: 'Введите дату в виде ГГГГ-ММ-ДД, например 2024-05-31.',
    en: 'Enter a date as YYYY-MM-DD, for example 2024-05-31.',
  },
  time: {
    kk: 'Уақытты СС:ММ түрінде енгізіңіз, мысалы: 14:30.',
    ru: 'Введите время в виде ЧЧ:ММ, например 14:30.',
    en: 'Enter a time as HH:MM, for example 14:30.',
  },
  dateTime: {
    kk: 'Күн мен уақытты енгізіңіз, мысалы: 2024-05-31T14:30.',
    ru: 'Введите дату и время, например 2024-05-31T14:30.',
    en: 'Enter a date and time, for example 2024-05-31T14:30.',
  },
  geopoint: {
    kk: 'Орынды ендік пен бойлық түрінде градуспен енгізіңіз, мысалы: 43.238 76.945.',
    ru: 'Укажите местоположение: широту и долготу в градусах, например 43.238 76.945.',
    en: 'Give the location as latitude and longitude in degrees, for example 43.238 76.945.',
  },
  range: {
    kk: '{start} мен {end} аралығындағы, {step} қадаммен алынған мәнді таңдаңыз.',
    ru: 'Выберите значение от {start} до {end} с шагом {step}.',
    en: 'Choose a value from {start} to {end} in steps of {step}.',
  },
  geotrace: {
    kk: 'Сызықты кемінде екі нүктемен енгізіңіз, нүктелерді «;» белгісімен бөліңіз, мысалы: 43.238 76.945; 43.240 76.950.',
    ru: 'Задайте линию хотя бы двумя точками через «;», например 43.238 76.945; 43.240 76.950.',
    en: 'Give the line as two points or more separated by ";", for example 43.238 76.945; 43.240 76.950.',
  },
  geoshape: {
    kk: 'Аумақты кемінде төрт нүктемен енгізіңіз, соңғы нүкте біріншісімен бірдей болсын; нүктелерді «;» белгісімен бөліңіз.',
    ru: 'Задайте участок хотя бы четырьмя точками через «;», последняя точка должна совпадать с первой.',
    en: 'Give the area as four points or more separated by ";", the last the same as the first.',
  },
  acknowledge: {
    kk: 'Мұнда тек «OK» жауабы қабылданады.',
    ru: 'Здесь принимается только ответ «OK».',
    en: 'The only answer accepted here is “OK”.',
  },
  'not-a-choice': {
    kk: '«{value}» бұл сұрақтың жауап нұсқаларының ішінде жоқ.',
    ru: 'Варианта «{value}» нет среди ответов на этот вопрос.',
    en: '“{value}” is not one of the choices of this question.',
  },
  'choice-unavailable': {
    kk: 'Алдыңғы жауаптарды ескерсек, «{value}» нұсқасын таңдауға болмайды.',
    ru: 'С учётом предыдущих ответов вариант «{value}» выбрать нельзя.',
    en: '“{value}” cannot be chosen given the earlier answers.',
  },
  'repeated-choice': {
    kk: '«{value}» нұсқасы бірнеше рет көрсетілген.',
    ru: 'Вариант «{value}» указан несколько раз.',
    en: '“{value}” is given more than once.',
  },
  'not-relevant': {
    kk: 'Басқа жауаптарды ескерсек, бұл сұрақ қойылмайды, сондықтан оның жауабы сақталмайды.',
    ru: 'С учётом других ответов этот вопрос не задаётся, поэтому его ответ не сохраняется.',
    en: 'Given the other answers this question is not asked, so its answer is not kept.',
  },
  'unknown-field': {
    kk: 'Сауалнамада жауап берілетін «{field}» сұрағы жоқ.',
    ru: 'В анкете нет вопроса «{field}», на который даётся ответ.',
    en: 'The form has no question “{field}” that takes an answer.',
  },
  'repeat-unreadable': {
    kk: 'Қайталанатын бөлімнің жауаптарын оқу мүмкін емес.',
    ru: 'Не удаётся прочитать ответы повторяющегося раздела.',
    en: 'The answers of this repeated section cannot be read.',
  },
  'repeat-count': {
    kk: 'Толтырылған қайталаулар саны — {actual}, ал {expected} болуы керек.',
    ru: 'Заполнено повторов: {actual}, а должно быть {expected}.',
    en: '{actual} repetitions are filled in, but there should be {expected}.',
  },
  'repeat-set-aside': {
    kk: 'Бұл қайталау сауалнамада белгіленген саннан ({expected}) артық, сондықтан оның жауаптары сақталмайды.',
    ru: 'Этот повтор сверх числа, заданного анкетой ({expected}), поэтому его ответы не сохраняются.',
    en: 'This repetition is beyond the number the form asks for ({expected}), so its answers are not kept.',
  },
};

/**
 * What the interview says around a repeat, in the interview language: the repeat's own label
 * (`{label}`, the form's text) is set into a sentence that must read in the same language.
 */
export type InterviewPhrase =
  | 'repeat-instance'
  | 'repeat-instance-short'
  | 'repeat-add-first'
  | 'repeat-add-another'
  | 'quota-full-title'
  | 'quota-full-text'
  | 'quota-full-end'
  | 'quota-full-back';

export const interviewPhrases: Record<InterviewPhrase, Record<MessageLanguage, string>> = {
  /** The header of one instance: "Member 2 of 3". */
  'repeat-instance': {
    kk: '{label} {number} / {count}',
    ru: '{label} {number} из {count}',
    en: '{label} {number} of {count}',
  },
  /** An instance named on its own (the jump list, a problem, the response view): "Member 2". */
  'repeat-instance-short': {
    kk: '{label} {number}',
    ru: '{label} {number}',
    en: '{label} {number}',
  },
  'repeat-add-first': {
    kk: '{label}: қосасыз ба?',
    ru: '{label}: добавить?',
    en: 'Add a {label}?',
  },
  'repeat-add-another': {
    kk: '{label}: тағы біреуін қосасыз ба?',
    ru: '{label}: добавить ещё?',
    en: 'Add another {label}?',
  },
  /** A quota cell is full (the respondent may be listening: the words are polite and in the interview language). */
  'quota-full-title': {
    kk: 'Бұл топ бойынша сұхбаттар жеткілікті',
    ru: 'По этой группе интервью уже достаточно',
    en: 'This group already has enough interviews',
  },
  'quota-full-text': {
    kk: '«{question}»: «{choice}» — бұл жерде қажетті сұхбаттар жиналды ({final} / {target}). Уақыт бөлгеніңіз үшін рахмет! Сұхбатты осында аяқтаймыз; ол сақталады, бірақ есепке кірмейді.',
    ru: '«{question}»: «{choice}» — здесь уже набрано нужное число интервью ({final} из {target}). Спасибо, что уделили время! На этом интервью завершается; оно сохранится, но не войдёт в подсчёт.',
    en: '"{question}": "{choice}" — this place already has the interviews it needs ({final} of {target}). Thank you for your time! The interview ends here; it is kept, but not counted.',
  },
  'quota-full-end': {
    kk: 'Алғыс айтып, аяқтау',
    ru: 'Поблагодарить и завершить',
    en: 'Thank and end',
  },
  'quota-full-back': {
    kk: 'Жауапты түзету',
    ru: 'Исправить ответ',
    en: 'Correct the answer',
  },
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

export function interviewPhrase(key: InterviewPhrase, language: MessageLanguage, values: Record<string, string | number>): string {
  return fill(interviewPhrases[key][language], values);
}

export function answerMessage(key: AnswerMessage, language: MessageLanguage, values: Record<string, string | number> = {}): string {
  return fill(answerMessages[key][language], values);
}

/**
 * The catalog code of each answer problem (src/common/messages/errors/answers.ts): a problem carries it with its
 * parameters, so that a screen, whatever the interview language, says the problem in its own language.
 */
export const ANSWER_PROBLEM_CODES = {
  required: 'answer-required',
  constraint: 'answer-constraint',
  integer: 'answer-not-integer',
  'integer-range': 'answer-integer-too-large',
  decimal: 'answer-not-decimal',
  date: 'answer-not-date',
  time: 'answer-not-time',
  dateTime: 'answer-not-date-time',
  geopoint: 'answer-not-geopoint',
  acknowledge: 'answer-not-ok',
  range: 'answer-out-of-range',
  geotrace: 'answer-not-geotrace',
  geoshape: 'answer-not-geoshape',
  'not-a-choice': 'answer-not-a-choice',
  'choice-unavailable': 'answer-choice-unavailable',
  'repeated-choice': 'answer-choice-repeated',
  'not-relevant': 'answer-not-relevant',
  'unknown-field': 'answer-unknown-field',
  'repeat-unreadable': 'answer-repeat-unreadable',
  'repeat-count': 'answer-repeat-count',
  'repeat-set-aside': 'answer-repeat-set-aside',
} as const satisfies Record<AnswerMessage, string>;

export type AnswerProblemCode = (typeof ANSWER_PROBLEM_CODES)[AnswerMessage];

/**
 * An answer problem's words and code: `message` in the interview language (the form's own required/constraint
 * message when it gives one, else Kelisim's), `code` and `params` for a screen in another language. The form's own
 * message travels as `own`: it is the form's text, said as written in every language.
 */
export function answerProblemWords(
  key: AnswerMessage,
  language: MessageLanguage,
  values: Record<string, string | number> = {},
  own?: string,
): { message: string; code: AnswerProblemCode; params: Record<string, string | number> } {
  return {
    message: own || answerMessage(key, language, values),
    code: ANSWER_PROBLEM_CODES[key],
    params: own ? { ...values, own } : values,
  };
}
