import { defineCatalog } from '../catalog';

/**
 * What the structure check of a package's content finds (src/exchange/content.ts): a manifest, form version or
 * response that is not what Kelisim writes. A response is named by its place in the package and its uuid.
 */
type At = { index: number; uuid: string };
const kkAt = (p: At) => (p.uuid ? `${p.index}-жауап (${p.uuid})` : `${p.index}-жауап`);
const ruAt = (p: At) => (p.uuid ? `Ответ ${p.index} (${p.uuid})` : `Ответ ${p.index}`);
const enAt = (p: At) => (p.uuid ? `response ${p.index} (${p.uuid})` : `response ${p.index}`);
type Version = { formId: string; version: string };

export const packageContentErrors = defineCatalog({
  'package-manifest-incomplete': {
    kk: (p: { format: number }) => `Пакеттің мазмұн кестесі толық емес немесе файл тақырыбына сай келмейді (пішім ${p.format}).`,
    ru: (p: { format: number }) => `Оглавление пакета неполное или не совпадает с заголовком файла (формат ${p.format}).`,
    en: (p: { format: number }) => `the manifest is incomplete or does not match the file header (format ${p.format})`,
  },
  'package-version-incomplete': {
    kk: (p: { index: number }) =>
      `${p.index}-сауалнама нұсқасы толық емес («formId», «title», «version», «definition», «fields», «contentHash», «publishedAt» керек).`,
    ru: (p: { index: number }) =>
      `Версия анкеты ${p.index} неполная (нужны «formId», «title», «version», «definition», «fields», «contentHash», «publishedAt»).`,
    en: (p: { index: number }) =>
      `form version ${p.index} is incomplete (it needs formId, title, version, definition, fields, contentHash, publishedAt)`,
  },
  'package-version-twice': {
    kk: (p: Version) => `«${p.formId}» сауалнамасының «${p.version}» нұсқасы пакетте екі рет берілген.`,
    ru: (p: Version) => `Версия «${p.version}» анкеты «${p.formId}» встречается в пакете дважды.`,
    en: (p: Version) => `form ${p.formId} version ${p.version} appears twice`,
  },
  'package-version-fields-bad': {
    kk: (p: Version) => `«${p.formId}» сауалнамасының «${p.version}» нұсқасында бос немесе қайталанған өріс атауы бар.`,
    ru: (p: Version) => `В версии «${p.version}» анкеты «${p.formId}» есть пустое или повторённое имя поля.`,
    en: (p: Version) => `form ${p.formId} version ${p.version} has an empty or repeated field name`,
  },
  'package-version-differs': {
    kk: (p: Version & { here: string; there: string }) =>
      `«${p.formId}» сауалнамасының «${p.version}» нұсқасы дерекқордағы аттас нұсқадан өзгеше (мазмұн хэші мұнда ${p.here}, онда ${p.there}): екі түрлі сауалнама бір нұсқа атауын бөлісе алмайды, сондықтан пакет қабылданбады.`,
    ru: (p: Version & { here: string; there: string }) =>
      `Версия «${p.version}» анкеты «${p.formId}» отличается от одноимённой версии в базе (хэш содержимого здесь ${p.here}, там ${p.there}): две разные анкеты не могут носить одно имя версии, поэтому пакет отклонён.`,
    en: (p: Version & { here: string; there: string }) =>
      `form ${p.formId} version ${p.version} differs from the version of the same name already in the database (content hash ${p.here} here, ${p.there} there): two different questionnaires cannot share a version name, so the package is refused`,
  },
  'package-version-fields-differ': {
    kk: (p: Version) =>
      `«${p.formId}» сауалнамасының «${p.version}» нұсқасының өрістері дерекқордағы сол нұсқаның өрістерінен өзгеше, мазмұн хэші бірдей болса да.`,
    ru: (p: Version) => `Поля версии «${p.version}» анкеты «${p.formId}» не те, что у той же версии в базе, хотя хэш содержимого одинаков.`,
    en: (p: Version) =>
      `form ${p.formId} version ${p.version} lists other fields than the same version in the database, although both have the same content hash`,
  },
  'package-response-not-record': {
    kk: (p: { index: number }) => `${p.index}-жауап жазба емес.`,
    ru: (p: { index: number }) => `Ответ ${p.index} — не запись.`,
    en: (p: { index: number }) => `response ${p.index} is not a record`,
  },
  'package-response-uuid-bad': {
    kk: (p: At) => `${kkAt(p)}: оның идентификаторы дұрыс «UUID» емес.`,
    ru: (p: At) => `${ruAt(p)}: его идентификатор — не правильный «UUID».`,
    en: (p: At) => `${enAt(p)}: its uuid is not a valid UUID`,
  },
  'package-response-uuid-twice': {
    kk: (p: At) => `${kkAt(p)}: бұл идентификатор пакетте екі рет кездеседі.`,
    ru: (p: At) => `${ruAt(p)}: этот идентификатор встречается в пакете дважды.`,
    en: (p: At) => `${enAt(p)}: the same uuid appears twice in the package`,
  },
  'package-response-status-bad': {
    kk: (p: At & { status: string }) => `${kkAt(p)}: ${p.status} күйі аяқталған да, аяқталмаған да емес.`,
    ru: (p: At & { status: string }) => `${ruAt(p)}: статус ${p.status} — ни черновик, ни завершённый.`,
    en: (p: At & { status: string }) => `${enAt(p)}: status ${p.status} is neither draft nor final`,
  },
  'package-response-facts-bad': {
    kk: (p: At) =>
      `${kkAt(p)}: сұхбат алушысы, құрылғысы, уақыттары, нұсқа нөмірі (1-ден бастап бүтін сан) не орны жоқ немесе қате жазылған.`,
    ru: (p: At) => `${ruAt(p)}: интервьюер, устройство, время, номер правки (целое число от 1) или место отсутствуют или записаны неверно.`,
    en: (p: At) => `${enAt(p)}: its interviewer, device, timestamps, revision (a whole number from 1) or position are missing or malformed`,
  },
  'package-response-no-version': {
    kk: (p: At) => `${kkAt(p)}: онда сауалнама нұсқасы аталмаған.`,
    ru: (p: At) => `${ruAt(p)}: в нём не указана версия анкеты.`,
    en: (p: At) => `${enAt(p)}: it names no form version`,
  },
  'package-response-answers-bad': {
    kk: (p: At) => `${kkAt(p)}: оның жауаптары өріс атауы мен мәннен тұратын кесте емес.`,
    ru: (p: At) => `${ruAt(p)}: его ответы — не таблица имён полей и значений.`,
    en: (p: At) => `${enAt(p)}: its answers are not a map of field names to values`,
  },
  'package-response-version-unknown': {
    kk: (p: At & Version) =>
      `${kkAt(p)}: ол «${p.formId}» сауалнамасының «${p.version}» нұсқасына жатады, ал ол нұсқа пакетте де, дерекқорда да жоқ.`,
    ru: (p: At & Version) => `${ruAt(p)}: он относится к версии «${p.version}» анкеты «${p.formId}», которой нет ни в пакете, ни в базе.`,
    en: (p: At & Version) =>
      `${enAt(p)}: it belongs to form ${p.formId} version ${p.version}, which neither the package nor the database holds`,
  },
  'package-response-field-unknown': {
    kk: (p: At & Version & { field: string }) =>
      `${kkAt(p)}: ол «${p.field}» өрісіне жауап береді, бірақ ол «${p.formId}» сауалнамасының «${p.version}» нұсқасында жоқ.`,
    ru: (p: At & Version & { field: string }) =>
      `${ruAt(p)}: в нём есть ответ на «${p.field}», но такого поля нет в версии «${p.version}» анкеты «${p.formId}».`,
    en: (p: At & Version & { field: string }) =>
      `${enAt(p)}: it answers "${p.field}", which is not a field of form ${p.formId} version ${p.version}`,
  },
  'package-response-answer-not-text': {
    kk: (p: At & { field: string }) => `${kkAt(p)}: оның «${p.field}» өрісіне берген жауабы мәтін емес.`,
    ru: (p: At & { field: string }) => `${ruAt(p)}: его ответ на «${p.field}» — не текст.`,
    en: (p: At & { field: string }) => `${enAt(p)}: its answer to "${p.field}" is not text`,
  },
  'package-manifest-total-wrong': {
    kk: (p: { announced: number; held: number }) => `Мазмұн кестесінде ${p.announced} жауап жарияланған, ал пакетте ${p.held} жауап бар.`,
    ru: (p: { announced: number; held: number }) => `В оглавлении объявлено ответов: ${p.announced}, а в пакете их ${p.held}.`,
    en: (p: { announced: number; held: number }) => `the manifest announces ${p.announced} responses but the package holds ${p.held}`,
  },
  'package-manifest-counts-wrong': {
    kk: () => 'Мазмұн кестесіндегі сауалнама нұсқалары бойынша сандар пакеттегі жауаптарға сай келмейді.',
    ru: () => 'Числа по версиям анкет в оглавлении не совпадают с ответами в пакете.',
    en: () => 'the manifest counts per form version do not match the responses the package holds',
  },
  'problems-more': {
    kk: (p: { count: number; listed: number }) => `… тағы ${p.count} мәселе бар (алғашқы ${p.listed} мәселе жоғарыда).`,
    ru: (p: { count: number; listed: number }) => `… и ещё проблем: ${p.count} (первые ${p.listed} перечислены выше).`,
    en: (p: { count: number; listed: number }) => `… and ${p.count} more problems (the first ${p.listed} are listed above)`,
  },
  'package-version-missing': {
    kk: (p: { formId: string; version: string }) =>
      `«${p.formId}» сауалнамасының «${p.version}» нұсқасы дерекқорда жоқ, бірақ біріктіру оны бар деп санады (бағдарламадағы қате; дерекқор өзгертілмеді).`,
    ru: (p: { formId: string; version: string }) =>
      `Версии «${p.version}» анкеты «${p.formId}» нет в базе данных, хотя слияние рассчитывало на неё (ошибка программы; база данных не изменена).`,
    en: (p: { formId: string; version: string }) =>
      `form ${p.formId} version ${p.version} is not in the database, though the merge counted on it (a bug; the database is unchanged)`,
  },
  'package-version-id-missing': {
    kk: (p: { id: number }) => `№${p.id} сауалнама нұсқасы дерекқорда жоқ (бағдарламадағы қате; дерекқор өзгертілмеді).`,
    ru: (p: { id: number }) => `Версии анкеты №${p.id} нет в базе данных (ошибка программы; база данных не изменена).`,
    en: (p: { id: number }) => `form version #${p.id} is not in the database (a bug; the database is unchanged)`,
  },
});
