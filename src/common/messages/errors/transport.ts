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
  'request-host-forbidden': {
    kk: (p: { host: string }) =>
      `Сұрау қабылданбады: Kelisim тек «127.0.0.1» не «localhost» мекенжайына келген сұрауларға жауап береді, «${p.host}» мекенжайына емес.`,
    ru: (p: { host: string }) => `Запрос отклонён: Kelisim отвечает только на запросы к «127.0.0.1» или «localhost», а не к «${p.host}».`,
    en: (p: { host: string }) => `The request was refused: Kelisim answers requests to 127.0.0.1 or localhost only, not to "${p.host}".`,
  },
  'request-origin-forbidden': {
    kk: (p: { origin: string }) => `Шақыру қабылданбады: ол Kelisim бетінен емес, «${p.origin}» бетінен келді.`,
    ru: (p: { origin: string }) => `Вызов отклонён: он пришёл не со страницы Kelisim, а со страницы «${p.origin}».`,
    en: (p: { origin: string }) => `The call was refused: it came from the page "${p.origin}", not from Kelisim's own page.`,
  },
  'request-url-malformed': {
    kk: () => 'Сұраудың мекенжайын оқу мүмкін емес.',
    ru: () => 'Адрес запроса не удаётся прочитать.',
    en: () => 'The address of the request cannot be read.',
  },
  'request-method-wrong': {
    kk: (p: { path: string; method: string; allowed: string }) =>
      `«${p.path}» мекенжайы «${p.method}» сұрауын қабылдамайды: «${p.allowed}» жіберіңіз.`,
    ru: (p: { path: string; method: string; allowed: string }) =>
      `Адрес «${p.path}» не принимает запрос «${p.method}»: отправьте «${p.allowed}».`,
    en: (p: { path: string; method: string; allowed: string }) =>
      `The address "${p.path}" does not take a ${p.method} request: send ${p.allowed}.`,
  },
  'request-path-unknown': {
    kk: (p: { path: string }) =>
      `Kelisim-де «${p.path}» деген файл жоқ: бет пен Kelisim әртүрлі нұсқада болуы мүмкін (бетті қайта жүктеңіз).`,
    ru: (p: { path: string }) => `В Kelisim нет файла «${p.path}»: возможно, страница и Kelisim разных версий (перезагрузите страницу).`,
    en: (p: { path: string }) => `Kelisim has no file "${p.path}": the page and Kelisim may be of different versions (reload the page).`,
  },
  'server-interface-missing': {
    kk: () => 'Интерфейс әлі құрастырылмаған: «npm run build» іске қосыңыз («npm run serve» оны өзі жасайды).',
    ru: () => 'Интерфейс ещё не собран: выполните «npm run build» («npm run serve» делает это сам).',
    en: () => 'The interface is not built yet: run "npm run build" ("npm run serve" does it for you).',
  },
  'request-failed': {
    kk: (p: { detail: string }) => `Сұрауға жауап беру кезінде Kelisim-де күтпеген қате болды (бағдарламадағы қате): «${p.detail}».`,
    ru: (p: { detail: string }) => `При ответе на запрос в Kelisim произошла непредвиденная ошибка (ошибка программы): «${p.detail}».`,
    en: (p: { detail: string }) => `Kelisim failed unexpectedly while answering the request (a bug): ${p.detail}`,
  },
  'api-connection-closed': {
    kk: (p: { call: string }) =>
      `Kelisim-мен байланыс «${p.call}» шақыруына жауап келмей тұрып үзілді: Kelisim жұмысын тоқтатқан болуы мүмкін.`,
    ru: (p: { call: string }) => `Связь с Kelisim прервалась до ответа на вызов «${p.call}»: возможно, Kelisim завершил работу.`,
    en: (p: { call: string }) => `The connection closed before "${p.call}" answered: Kelisim may have stopped.`,
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
