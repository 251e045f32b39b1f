/**
 * Kazakhstan's 20 first-level units since the 2022 reform (17 regions, among them the new Abai, Jetisu and
 * Ulytau, and the 3 cities of republican significance), with their names in kk/ru/en and their place on a
 * tile-grid map: one equal square per unit, placed by geography (column west → east, row north → south), so
 * that a map needs no boundary data and a small city weighs as much as a large steppe region.
 */
export type RegionLanguage = 'kk' | 'ru' | 'en';

export interface KazakhstanRegion {
  id: string;
  names: Record<RegionLanguage, string>;
  /** Short name for the tile itself (the full name is in the tooltip and the table). */
  short: Record<RegionLanguage, string>;
  col: number;
  row: number;
  /** Other spellings and codes a form may use for the same unit (normalized by `normalizeRegionName`). */
  aliases: string[];
}

const region = (
  id: string,
  col: number,
  row: number,
  names: Record<RegionLanguage, string>,
  short: Record<RegionLanguage, string>,
  aliases: string[] = [],
): KazakhstanRegion => ({ id, col, row, names, short, aliases });

export const KAZAKHSTAN_REGIONS: readonly KazakhstanRegion[] = [
  region(
    'west_kz',
    0,
    0,
    { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' },
    { kk: 'Батыс Қаз.', ru: 'ЗКО', en: 'W. Kaz.' },
    ['west kazakhstan', 'zko', 'западно казахстанская', 'батыс қазақстан', 'uralsk'],
  ),
  region(
    'kostanay',
    2,
    0,
    { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' },
    { kk: 'Қостанай', ru: 'Костанай', en: 'Kostanay' },
    ['kostanai', 'qostanai', 'костанай', 'қостанай'],
  ),
  region(
    'north_kz',
    3,
    0,
    { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область', en: 'North Kazakhstan Region' },
    { kk: 'Солт. Қаз.', ru: 'СКО', en: 'N. Kaz.' },
    ['north kazakhstan', 'sko', 'северо казахстанская', 'солтүстік қазақстан', 'petropavl'],
  ),
  region(
    'pavlodar',
    4,
    0,
    { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' },
    { kk: 'Павлодар', ru: 'Павлодар', en: 'Pavlodar' },
    ['павлодар'],
  ),
  region(
    'east_kz',
    5,
    0,
    { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' },
    { kk: 'Шығыс Қаз.', ru: 'ВКО', en: 'E. Kaz.' },
    ['east kazakhstan', 'vko', 'восточно казахстанская', 'шығыс қазақстан'],
  ),
  region(
    'atyrau',
    0,
    1,
    { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' },
    { kk: 'Атырау', ru: 'Атырау', en: 'Atyrau' },
    ['атырау'],
  ),
  region(
    'aktobe',
    1,
    1,
    { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' },
    { kk: 'Ақтөбе', ru: 'Актобе', en: 'Aktobe' },
    ['aqtobe', 'актобе', 'ақтөбе'],
  ),
  region('ulytau', 2, 1, { kk: 'Ұлытау облысы', ru: 'область Ұлытау', en: 'Ulytau Region' }, { kk: 'Ұлытау', ru: 'Улытау', en: 'Ulytau' }, [
    'улытау',
    'ұлытау',
    'улытауская область',
    'область улытау',
  ]),
  region(
    'akmola',
    3,
    1,
    { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' },
    { kk: 'Ақмола', ru: 'Акмола', en: 'Akmola' },
    ['aqmola', 'акмола', 'ақмола'],
  ),
  region('astana', 4, 1, { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana city' }, { kk: 'Астана', ru: 'Астана', en: 'Astana' }, [
    'astana',
    'nur sultan',
    'nursultan',
    'астана',
    'г астана',
    'нур султан',
    'нұр сұлтан',
    'астана қ',
  ]),
  region('abai', 5, 1, { kk: 'Абай облысы', ru: 'область Абай', en: 'Abai Region' }, { kk: 'Абай', ru: 'Абай', en: 'Abai' }, [
    'abay',
    'абай',
    'абайская область',
  ]),
  region(
    'mangystau',
    0,
    2,
    { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' },
    { kk: 'Маңғыстау', ru: 'Мангистау', en: 'Mangystau' },
    ['mangistau', 'мангистау', 'маңғыстау'],
  ),
  region(
    'kyzylorda',
    2,
    2,
    { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' },
    { kk: 'Қызылорда', ru: 'Кызылорда', en: 'Kyzylorda' },
    ['qyzylorda', 'кызылорда', 'қызылорда'],
  ),
  region(
    'karaganda',
    4,
    2,
    { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' },
    { kk: 'Қарағанды', ru: 'Караганда', en: 'Karaganda' },
    ['qaraghandy', 'karagandy', 'караганда', 'қарағанды'],
  ),
  region(
    'zhetisu',
    5,
    2,
    { kk: 'Жетісу облысы', ru: 'область Жетісу', en: 'Zhetisu Region' },
    { kk: 'Жетісу', ru: 'Жетысу', en: 'Zhetisu' },
    ['jetisu', 'zhetysu', 'жетысу', 'жетісу', 'область жетысу', 'жетысуская область'],
  ),
  region(
    'turkistan',
    2,
    3,
    { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' },
    { kk: 'Түркістан', ru: 'Туркестан', en: 'Turkistan' },
    ['turkestan', 'туркестан', 'түркістан', 'south kazakhstan', 'южно казахстанская'],
  ),
  region(
    'zhambyl',
    3,
    3,
    { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl Region' },
    { kk: 'Жамбыл', ru: 'Жамбыл', en: 'Zhambyl' },
    ['jambyl', 'жамбыл'],
  ),
  region(
    'almaty_reg',
    4,
    3,
    { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' },
    { kk: 'Алматы обл.', ru: 'Алм. обл.', en: 'Almaty Reg.' },
    ['almaty region', 'almaty oblast', 'алматинская', 'алматы облысы'],
  ),
  region(
    'shymkent',
    2,
    4,
    { kk: 'Шымкент қаласы', ru: 'город Шымкент', en: 'Shymkent city' },
    { kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' },
    ['shymkent', 'шымкент', 'г шымкент'],
  ),
  region(
    'almaty_city',
    4,
    4,
    { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty city' },
    { kk: 'Алматы қ.', ru: 'г. Алматы', en: 'Almaty city' },
    ['almaty', 'алматы', 'г алматы', 'almaty city', 'алматы қ'],
  ),
];

export const MAP_COLUMNS = Math.max(...KAZAKHSTAN_REGIONS.map((r) => r.col)) + 1;
export const MAP_ROWS = Math.max(...KAZAKHSTAN_REGIONS.map((r) => r.row)) + 1;

const byId = new Map(KAZAKHSTAN_REGIONS.map((r) => [r.id, r]));

export function regionById(id: string): KazakhstanRegion | undefined {
  return byId.get(id);
}

/** Lower case, ё as е, every run of punctuation and spaces one space: "г. Нур-Султан" → "г нур султан". */
export function normalizeRegionName(text: string): string {
  return text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every spelling that names a unit: its id, its names in the three languages and its aliases. */
const spellings = new Map<string, string>();
for (const r of KAZAKHSTAN_REGIONS) {
  for (const text of [r.id, r.id.replace(/_/g, ' '), ...Object.values(r.names), ...r.aliases])
    spellings.set(normalizeRegionName(text), r.id);
}

const CITY_WORDS = new Set(['city', 'қаласы', 'қ', 'город', 'г', 'gorod']);
const REGION_WORDS = new Set(['region', 'oblast', 'oblysy', 'облысы', 'область', 'обл', 'province']);
const CITIES = new Set(['astana', 'almaty_city', 'shymkent']);

/** A name without its "region"/"city" words, and which of the two it said: "г нур султан" → city "нур султан". */
function strip(normalized: string): { kind: 'city' | 'region' | undefined; rest: string } {
  const words = normalized.split(' ');
  const kind = words.some((w) => CITY_WORDS.has(w)) ? 'city' : words.some((w) => REGION_WORDS.has(w)) ? 'region' : undefined;
  return { kind, rest: words.filter((w) => !CITY_WORDS.has(w) && !REGION_WORDS.has(w)).join(' ') };
}

/** The same spellings without their kind words, kept with the kind of their unit (Almaty city ≠ Almaty region). */
const stripped = new Map<string, string>();
for (const [text, id] of spellings) stripped.set(`${CITIES.has(id) ? 'city' : 'region'}:${strip(text).rest}`, id);

function lookUp(text: string): string | undefined {
  const normalized = normalizeRegionName(text);
  const exact = spellings.get(normalized);
  if (exact) return exact;
  const { kind, rest } = strip(normalized);
  if (kind) return stripped.get(`${kind}:${rest}`);
  const city = stripped.get(`city:${rest}`);
  const region = stripped.get(`region:${rest}`);
  return city && region && city !== region ? undefined : (city ?? region);
}

/** The unit a choice names, by its code or its label in any language; undefined when neither is known. */
export function matchRegion(code: string, label?: string): string | undefined {
  return lookUp(code) ?? (label ? lookUp(label) : undefined);
}

export interface RegionMatch {
  /** Choice code → unit id. */
  mapped: Record<string, string>;
  /** Choice codes that name no unit (neither by themselves nor in the lead's mapping). */
  unmatched: string[];
}

/**
 * Which unit each choice of a list stands for: the lead's explicit mapping first, then the code or label.
 * Two choices mapped to the same unit are both kept (the caller refuses them: a tile shows one number).
 */
export function matchRegions(levels: readonly { value: string; label: string }[], explicit: Record<string, string> = {}): RegionMatch {
  const mapped: Record<string, string> = {};
  const unmatched: string[] = [];
  for (const level of levels) {
    const id = explicit[level.value] ?? matchRegion(level.value, level.label);
    if (id && byId.has(id)) mapped[level.value] = id;
    else unmatched.push(level.value);
  }
  return { mapped, unmatched };
}

/** A list is a list of regions when most of its choices name a distinct unit (at least 10, and at least two thirds). */
export function isRegionList(levels: readonly { value: string; label: string }[]): boolean {
  const { mapped } = matchRegions(levels);
  const units = new Set(Object.values(mapped)).size;
  return units >= 10 && units * 3 >= levels.length * 2;
}
