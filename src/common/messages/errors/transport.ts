import { defineCatalog } from '../catalog';

/** Requests the transports (the local server in browser mode, IPC in Electron) refuse before any handler sees them. */
export const transportErrors = defineCatalog({
  'api-bad-arguments': {
    kk: (p: { call: string; path: string }) =>
      `«${p.call}» шақыруы қабылданбады: ${p.path ? `«${p.path}» өрісі жоқ немесе оның түрі қате` : 'оның аргументтері нысан емес'}.`,
    ru: (p: { call: string; path: string }) =>
      `Вызов «${p.call}» отклонён: ${p.path ? `поле «${p.path}» отсутствует или имеет неверный тип` : 'его аргументы — не объект'}.`,
    en: (p: { call: string; path: string }) =>
      `The call "${p.call}" was refused: ${p.path ? `the field "${p.path}" is missing or has the wrong type` : 'its arguments are not an object'}.`,
  },
  'request-path-malformed': {
    kk: () => 'Сұраудың жолында қате пайыздық кодтау бар (мысалы, «%» белгісінен кейін екі оналтылық цифр жоқ).',
    ru: () => 'В пути запроса неверное процентное кодирование (например, после «%» нет двух шестнадцатеричных цифр).',
    en: () => 'The request path has malformed percent-encoding (for example a "%" not followed by two hexadecimal digits).',
  },
  'request-too-large': {
    kk: (p: { limit: string }) => `Сұраудың денесі тым үлкен: ең көбі ${p.limit} қабылданады.`,
    ru: (p: { limit: string }) => `Тело запроса слишком велико: принимается не более ${p.limit}.`,
    en: (p: { limit: string }) => `The request body is too large: at most ${p.limit} is accepted.`,
  },
  'json-too-deep': {
    kk: (p: { depth: number }) => `Сұраудағы деректер тым терең кірістірілген (${p.depth} деңгейден артық).`,
    ru: (p: { depth: number }) => `Данные запроса вложены слишком глубоко (более ${p.depth} уровней).`,
    en: (p: { depth: number }) => `The request's data is nested too deeply (more than ${p.depth} levels).`,
  },
  'json-malformed': {
    kk: () => 'Сұраудың денесі дұрыс «JSON» емес.',
    ru: () => 'Тело запроса не является правильным «JSON».',
    en: () => 'The request body is not valid JSON.',
  },
  'api-unknown-call': {
    kk: (p: { call: string }) => `«${p.call}» деген шақыру жоқ: бет пен Kelisim әртүрлі нұсқада болуы мүмкін (бетті қайта жүктеңіз).`,
    ru: (p: { call: string }) => `Вызова «${p.call}» не существует: возможно, страница и Kelisim разных версий (перезагрузите страницу).`,
    en: (p: { call: string }) => `There is no API call "${p.call}": the page and Kelisim may be of different versions (reload the page).`,
  },
  'api-token-wrong': {
    kk: () => 'Сұрау қабылданбады: кілт жоқ немесе қате. Kelisim іске қосылғанда басып шығарған мекенжайды ашыңыз.',
    ru: () => 'Запрос отклонён: ключа нет или он неверен. Откройте адрес, который Kelisim напечатал при запуске.',
    en: () => 'The request was refused: the token is missing or wrong. Open the URL Kelisim printed when it started.',
  },
  'ipc-foreign-sender': {
    kk: () => 'Шақыру қабылданбады: Kelisim тек өз терезесіндегі беттен келген шақыруларға жауап береді.',
    ru: () => 'Вызов отклонён: Kelisim отвечает только на вызовы со страницы своего окна.',
    en: () => 'The call was refused: Kelisim answers calls from the page of its own window only.',
  },
});
