import { defineCatalog, formatCount, plural } from '../catalog';

type Role = 'strata' | 'cluster' | 'weight' | 'fpc';
const ROLE_WORDS = {
  kk: { strata: 'стратаның', cluster: 'кластердің', weight: 'салмақтың', fpc: 'шекті жиынтық түзетуінің' },
  ru: { strata: 'страты', cluster: 'кластера', weight: 'веса', fpc: 'поправки на конечность совокупности' },
  en: { strata: 'strata', cluster: 'cluster', weight: 'weight', fpc: 'finite population correction' },
} as const;
/** A role's words; a role the catalog does not know reads as itself. */
const ROLE = {
  kk: (role: Role) => ROLE_WORDS.kk[role] ?? String(role),
  ru: (role: Role) => ROLE_WORDS.ru[role] ?? String(role),
  en: (role: Role) => ROLE_WORDS.en[role] ?? String(role),
};
const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Errors of survey-design analysis: declaring a complex sample (strata, clusters, weights, fpc) and using it. */
export const analysisDesignErrors = defineCatalog({
  'design-variable-not-numeric': {
    kk: (p: { role: Role; name: string; type: string }) =>
      `${capitalized(ROLE.kk(p.role))} айнымалысы «${p.name}» сандық сұрақ болуы керек («integer», «decimal» не «calculate»), ал ол — «${p.type}».`,
    ru: (p: { role: Role; name: string; type: string }) =>
      `Переменная ${ROLE.ru(p.role)} «${p.name}» должна быть числовым вопросом («integer», «decimal» или «calculate»), а она — «${p.type}».`,
    en: (p: { role: Role; name: string; type: string }) =>
      `The ${ROLE.en(p.role)} variable "${p.name}" must be a numeric question (integer, decimal or calculate), not a ${p.type}.`,
  },
  'design-variable-not-single': {
    kk: (p: { role: Role; name: string; type: string }) =>
      `${capitalized(ROLE.kk(p.role))} айнымалысы «${p.name}» әр респондентке бір мән беруі керек, ал «${p.type}» бірнеше мән бере алады.`,
    ru: (p: { role: Role; name: string; type: string }) =>
      `Переменная ${ROLE.ru(p.role)} «${p.name}» должна давать одно значение на респондента, а «${p.type}» может давать несколько.`,
    en: (p: { role: Role; name: string; type: string }) =>
      `The ${ROLE.en(p.role)} variable "${p.name}" must hold one value per respondent; a ${p.type} may hold several.`,
  },
  'design-sample-empty': {
    kk: (p: { size: number }) =>
      `Таңдалған ${formatCount(p.size, 'kk')} жауаптың ешқайсысында дизайн айнымалыларының бәрі толтырылмаған: іріктеме бос.`,
    ru: (p: { size: number }) =>
      `Ни у одного из ${formatCount(p.size, 'ru')} ${plural('ru', p.size, { one: 'выбранного ответа', many: 'выбранных ответов' })} не заполнены все переменные дизайна: выборка пуста.`,
    en: (p: { size: number }) =>
      `None of the ${formatCount(p.size, 'en')} selected responses has every design variable filled in: the sample is empty.`,
  },
  'design-weight-negative': {
    kk: (p: { name: string; count: number; example: string }) =>
      `«${p.name}» іріктеме салмағы ${formatCount(p.count, 'kk')} жауапта теріс (мысалы, «${p.example}»). Іріктеме салмағы нөл немесе оң сан болуы керек.`,
    ru: (p: { name: string; count: number; example: string }) =>
      `Выборочный вес «${p.name}» отрицателен у ${formatCount(p.count, 'ru')} ${plural('ru', p.count, { one: 'ответа', many: 'ответов' })} (например, «${p.example}»). Выборочный вес должен быть нулём или положительным числом.`,
    en: (p: { name: string; count: number; example: string }) =>
      `The sampling weight "${p.name}" is negative in ${formatCount(p.count, 'en')} responses (for example "${p.example}"). A sampling weight is zero or a positive number.`,
  },
  'design-fpc-not-positive': {
    kk: (p: { name: string; stratum: string; value: string }) =>
      `«${p.name}» түзетуі «${p.stratum}» стратасында оң сан емес («${p.value}»): 1-ден үлкені — жиынтық көлемі, 1-ден аспайтыны — іріктеу үлесі.`,
    ru: (p: { name: string; stratum: string; value: string }) =>
      `Поправка «${p.name}» в страте «${p.stratum}» не является положительным числом («${p.value}»): больше 1 — размер совокупности, не больше 1 — доля выборки.`,
    en: (p: { name: string; stratum: string; value: string }) =>
      `The finite population correction "${p.name}" is not a positive number in stratum "${p.stratum}" ("${p.value}"): above 1 it is the population size, at most 1 the sampling fraction.`,
  },
  'design-fpc-varies': {
    kk: (p: { name: string; stratum: string; first: number; second: number }) =>
      `«${p.name}» түзетуі «${p.stratum}» стратасының ішінде өзгереді (${p.first} және ${p.second}): бір стратаға бір мән керек.`,
    ru: (p: { name: string; stratum: string; first: number; second: number }) =>
      `Поправка «${p.name}» меняется внутри страты «${p.stratum}» (${p.first} и ${p.second}): у страты должно быть одно значение.`,
    en: (p: { name: string; stratum: string; first: number; second: number }) =>
      `The finite population correction "${p.name}" varies within stratum "${p.stratum}" (${p.first} and ${p.second}): a stratum has one value.`,
  },
  'design-fpc-below-sample': {
    kk: (p: { name: string; stratum: string; population: number; sampled: number }) =>
      `«${p.stratum}» стратасының жиынтық көлемі («${p.name}» = ${p.population}) одан алынған ${p.sampled} бірліктен кіші.`,
    ru: (p: { name: string; stratum: string; population: number; sampled: number }) =>
      `Размер совокупности страты «${p.stratum}» («${p.name}» = ${p.population}) меньше числа отобранных из неё единиц (${p.sampled}).`,
    en: (p: { name: string; stratum: string; population: number; sampled: number }) =>
      `The population size of stratum "${p.stratum}" ("${p.name}" = ${p.population}) is smaller than the ${p.sampled} units sampled from it.`,
  },
  'design-sampling-needs-weight': {
    kk: (_p: Record<string, never>) => `«--weight-kind sampling» салмақ айнымалысын («--weight») қажет етеді.`,
    ru: (_p: Record<string, never>) => `Для «--weight-kind sampling» нужна переменная веса («--weight»).`,
    en: (_p: Record<string, never>) => `--weight-kind sampling needs a weight variable (--weight).`,
  },
  'design-not-supported': {
    kk: (p: { procedure: string }) =>
      `«${p.procedure}» талдауы іріктеме дизайнын ескермейді. Дизайнға негізделген орташа мәндер мен үлестер үшін «analyze estimate» қолданыңыз.`,
    ru: (p: { procedure: string }) =>
      `Анализ «${p.procedure}» не учитывает дизайн выборки. Для средних и долей с учётом дизайна используйте «analyze estimate».`,
    en: (p: { procedure: string }) =>
      `The ${p.procedure} analysis does not use a sample design. For design-based means and shares use "analyze estimate".`,
  },
  'design-variable-repeated': {
    kk: (p: { name: string }) => `«${p.name}» айнымалысы дизайнда екі рөлде тұр; әр рөлге бөлек айнымалы керек.`,
    ru: (p: { name: string }) => `Переменная «${p.name}» указана в дизайне в двух ролях; для каждой роли нужна своя переменная.`,
    en: (p: { name: string }) => `The variable "${p.name}" is given two roles in the design; each role needs its own variable.`,
  },
  'design-estimate-variable': {
    kk: (p: { name: string; type: string }) =>
      `«${p.name}» («${p.type}») бағалауға келмейді: сан, Лайкерт сұрағы, шкала немесе «select_one» керек.`,
    ru: (p: { name: string; type: string }) =>
      `«${p.name}» («${p.type}») нельзя оценить: нужны число, вопрос Лайкерта, шкала или «select_one».`,
    en: (p: { name: string; type: string }) =>
      `"${p.name}" (${p.type}) cannot be estimated: give a number, a Likert item, a scale or a select_one.`,
  },
  'design-level-invalid': {
    kk: (p: { value: string }) => `Сенім деңгейі 0 мен 1 аралығында болуы керек (мысалы 0.95), ал «${p.value}» берілді.`,
    ru: (p: { value: string }) => `Уровень доверия должен быть между 0 и 1 (например 0.95), а указано «${p.value}».`,
    en: (p: { value: string }) => `The confidence level must be between 0 and 1 (such as 0.95), not "${p.value}".`,
  },
});
