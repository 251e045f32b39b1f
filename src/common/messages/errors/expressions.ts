import { defineCatalog } from '../catalog';

/** Errors in a form's or a filter's expressions that are about what Kelisim will run, not about syntax. */
export const expressionErrors = defineCatalog({
  'regex-needs-backtracking': {
    kk: (p: { pattern: string }) =>
      `«regex()» үлгісі «${p.pattern}» кері сілтемені, алға не артқа қарауды немесе иеленуші кванторды қолданады: мұндай үлгіні бағдарлама сызықтық уақытта тексере алмайды, сондықтан оны орындамайды. Үлгіні осы құралдарсыз жазыңыз.`,
    ru: (p: { pattern: string }) =>
      `Шаблон «regex()» «${p.pattern}» использует обратную ссылку, просмотр вперёд или назад либо сверхжадный квантификатор: такой шаблон программа не может проверить за линейное время и поэтому не выполняет. Перепишите шаблон без этих средств.`,
    en: (p: { pattern: string }) =>
      `The regex() pattern "${p.pattern}" uses a back-reference, lookahead or lookbehind, or a possessive quantifier: Kelisim cannot check such a pattern in linear time, so it does not run it. Rewrite the pattern without them.`,
  },
});
