import { defineCatalog, type Language } from '../catalog';
import { answerMessage, type AnswerMessage } from '../form-runtime';

/**
 * Why an answer is refused (src/form/runtime/validate.ts, the import's row check): one code per reason, the same
 * sentences the interview shows (form-runtime.ts), so that the finish list, the import's problems, a package's
 * refusals and the CLI say them in the reader's language rather than the interview's.
 */

type Values = Record<string, string | number>;

/** Kelisim's sentence for a reason, in each language, filled with the problem's parameters. */
function kelisim<P extends Values = Record<string, never>>(key: AnswerMessage) {
  const say = (language: Language) => (p: P) => answerMessage(key, language, (p ?? {}) as Values);
  return { kk: say('kk'), ru: say('ru'), en: say('en') };
}

/** A reason a form may word itself (required_message, constraint_message): its own words as written, else Kelisim's. */
function formOwn(key: 'required' | 'constraint') {
  const say = (language: Language) => (p: { own?: string }) => p?.own || answerMessage(key, language);
  return { kk: say('kk'), ru: say('ru'), en: say('en') };
}

export const answerErrors = defineCatalog({
  'answer-required': formOwn('required'),
  'answer-constraint': formOwn('constraint'),
  'answer-not-integer': kelisim('integer'),
  'answer-integer-too-large': kelisim('integer-range'),
  'answer-not-decimal': kelisim('decimal'),
  'answer-not-date': kelisim('date'),
  'answer-not-time': kelisim('time'),
  'answer-not-date-time': kelisim('dateTime'),
  'answer-not-geopoint': kelisim('geopoint'),
  'answer-not-ok': kelisim('acknowledge'),
  'answer-out-of-range': kelisim<{ start: number; end: number; step: number }>('range'),
  'answer-not-geotrace': kelisim('geotrace'),
  'answer-not-geoshape': kelisim('geoshape'),
  'answer-not-a-choice': kelisim<{ value: string }>('not-a-choice'),
  'answer-choice-unavailable': kelisim<{ value: string }>('choice-unavailable'),
  'answer-choice-repeated': kelisim<{ value: string }>('repeated-choice'),
  'answer-not-relevant': kelisim('not-relevant'),
  'answer-unknown-field': kelisim<{ field: string }>('unknown-field'),
  'answer-repeat-unreadable': kelisim('repeat-unreadable'),
  'answer-repeat-count': kelisim<{ expected: number; actual: number }>('repeat-count'),
  'answer-repeat-set-aside': kelisim<{ expected: number }>('repeat-set-aside'),
});

/** An answer problem's words in a language by its code, or undefined for a code that is not an answer problem's. */
export function answerProblemText(code: string, params: Values, language: Language): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(answerErrors, code)) return undefined;
  return (answerErrors[code as keyof typeof answerErrors][language] as (p: Values) => string)(params);
}
