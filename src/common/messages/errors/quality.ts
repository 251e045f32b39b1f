import { defineCatalog } from '../catalog';

/** Fieldwork quality checks and reviews. */
export const qualityMessages = defineCatalog({
  'review-no-response': {
    kk: (p: { uuid: string }) => `«${p.uuid}» жауабы бұл дерекқорда жоқ.`,
    ru: (p: { uuid: string }) => `Анкеты «${p.uuid}» в этой базе нет.`,
    en: (p: { uuid: string }) => `There is no response "${p.uuid}" in this database.`,
  },
  'review-bad-verdict': {
    kk: (p: { verdict: string }) => `Шешім «keep» (қалдыру) немесе «reject» (шығарып тастау) болуы керек, «${p.verdict}» емес.`,
    ru: (p: { verdict: string }) => `Решение должно быть «keep» (оставить) или «reject» (исключить), а не «${p.verdict}».`,
    en: (p: { verdict: string }) => `The verdict must be "keep" or "reject", not "${p.verdict}".`,
  },
  'review-reason-needed': {
    kk: () => 'Жауапты талдаудан шығарсаңыз, себебін жазыңыз.',
    ru: () => 'Исключая анкету из анализа, укажите причину.',
    en: () => 'Give a reason when you reject a response.',
  },
  'review-reason-too-long': {
    kk: (p: { max: number }) => `Себеп тым ұзын: ең көбі ${p.max} таңба.`,
    ru: (p: { max: number }) => `Причина слишком длинная: не более ${p.max} символов.`,
    en: (p: { max: number }) => `The reason is too long: at most ${p.max} characters.`,
  },
  'quality-common-pattern': {
    kk: (p: { buckets: number }) =>
      `Өте жиі кездесетін жауап үлгілері (${p.buckets}) ұқсас көшірмелерді іздеуге алынбады: олар көшірме емес, ортақ жауаптар.`,
    ru: (p: { buckets: number }) =>
      `Очень частые наборы ответов (${p.buckets}) не использовались при поиске почти-дубликатов: это общие ответы, а не копии.`,
    en: (p: { buckets: number }) =>
      `Very common answer patterns (${p.buckets}) were not used to look for near-duplicates: they are shared answers, not copies.`,
  },
  'quality-no-grids': {
    kk: (p: { items: number }) =>
      `Сауалнамада кемінде ${p.items} тармағы бар кесте («table-list») жоқ, сондықтан бірсарынды жауаптар тексерілмеді.`,
    ru: (p: { items: number }) =>
      `В анкете нет таблиц («table-list») хотя бы из ${p.items} пунктов, поэтому однообразные ответы не проверялись.`,
    en: (p: { items: number }) => `The form has no grid (table-list) of at least ${p.items} items, so straight-lining was not checked.`,
  },
  'quality-threshold-invalid': {
    kk: (p: { key: string; given: string }) => `«${p.key}» кемінде 0 болатын сан болуы керек, «${p.given}» емес.`,
    ru: (p: { key: string; given: string }) => `«${p.key}» должно быть числом не меньше 0, а не «${p.given}».`,
    en: (p: { key: string; given: string }) => `${p.key} must be a number of at least 0, not ${p.given}`,
  },
  'quality-share-invalid': {
    kk: (p: { given: number }) => `«nearDuplicateShare» — 0-ден 1-ге дейінгі үлес, ${p.given} емес.`,
    ru: (p: { given: number }) => `«nearDuplicateShare» — доля от 0 до 1, а не ${p.given}.`,
    en: (p: { given: number }) => `nearDuplicateShare is a share from 0 to 1, not ${p.given}`,
  },
  'quality-variable-unknown': {
    kk: (p: { name: string }) => `Сауалнамада сауалнамашы әсерін өлшейтін «${p.name}» сұрағы не шкаласы жоқ.`,
    ru: (p: { name: string }) => `В анкете нет вопроса или шкалы «${p.name}», на которых можно измерить влияние интервьюера.`,
    en: (p: { name: string }) => `the form has no question or scale "${p.name}" to measure interviewer effects on`,
  },
  'quality-variable-not-numeric': {
    kk: (p: { name: string }) =>
      `«${p.name}» — сан да, Лайкерт тармағы да, шкала да емес, сондықтан оның сауалнамашыға қатысты корреляциясы жоқ.`,
    ru: (p: { name: string }) => `«${p.name}» — не число, не пункт Лайкерта и не шкала, поэтому у него нет корреляции с интервьюером.`,
    en: (p: { name: string }) => `"${p.name}" is not a number, a Likert item or a scale, so it has no interviewer correlation`,
  },
});
