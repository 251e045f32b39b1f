import { defineCatalog } from '../catalog';

/** Requests the local server (browser mode) refuses before any handler sees them. */
export const transportErrors = defineCatalog({
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
});
