import { defineCatalog, plural } from '../catalog';

/** Errors of the statistics that follow the tests: ordinal measures and correlation matrices. */
export const analysisStatsErrors = defineCatalog({
  'analysis-stats.not-ordered': {
    kk: (p: { variable: string }) =>
      `«${p.variable}» айнымалысының жауаптары өсу ретімен реттелген сандар емес, сондықтан гамма мен Кендалл тау-b коэффициенттері үшін оны реттік айнымалы ретінде қарауға болмайды.`,
    ru: (p: { variable: string }) =>
      `Ответы переменной «${p.variable}» не являются возрастающими числами, поэтому для гаммы и тау-b Кендалла её нельзя считать порядковой.`,
    en: (p: { variable: string }) =>
      `The answers of "${p.variable}" are not numbers in ascending order, so it cannot be treated as ordered for gamma and Kendall's tau-b.`,
  },
  'analysis-stats.correlate-too-few': {
    kk: (p: { count: number }) => `Корреляция үшін кемінде екі түрлі айнымалы керек, ал ${p.count} берілді.`,
    ru: (p: { count: number }) => `Для корреляций нужны по крайней мере две разные переменные, а указано ${p.count}.`,
    en: (p: { count: number }) => `Correlations need at least two different variables, but ${p.count} were given.`,
  },
  'analysis-stats.correlate-too-many': {
    kk: (p: { count: number; limit: number }) =>
      `Корреляция матрицасына ${p.count} айнымалы берілді, ал ең көбі ${p.limit} айнымалыға болады.`,
    ru: (p: { count: number; limit: number }) =>
      `Для матрицы корреляций ${plural('ru', p.count, { one: 'указана', many: 'указано' })} ${p.count} ${plural('ru', p.count, { one: 'переменная', few: 'переменные', many: 'переменных' })}, а допустимо не более ${p.limit}.`,
    en: (p: { count: number; limit: number }) => `A correlation matrix takes at most ${p.limit} variables, but ${p.count} were given.`,
  },
  'analysis-stats.correlate-not-numeric': {
    kk: (p: { variable: string }) =>
      `«${p.variable}» сан емес (саны жоқ жауаптары бар сұрақ немесе мәтін), сондықтан оның корреляциясын есептеуге болмайды.`,
    ru: (p: { variable: string }) =>
      `«${p.variable}» не является числом (это вопрос с нечисловыми ответами или текст), поэтому корреляцию для него вычислить нельзя.`,
    en: (p: { variable: string }) =>
      `"${p.variable}" is not a number (its answers are not numbers, or it is text), so it has no correlation.`,
  },
});
