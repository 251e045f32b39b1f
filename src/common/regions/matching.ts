/**
 * Proposes which of Kazakhstan's 20 units each choice of any list stands for, for the lead to confirm: by the
 * choice's code or its labels in any language, by a unit's name in kk/ru/en, by a Latin transliteration ("Qaraghandy
 * oblysy", "Vostochno-Kazakhstanskaya"), by a former name or the unit's centre ("Semipalatinsk", "Taldykorgan",
 * "Zhezkazgan", "Tselinograd") or, flagged for review, by a close spelling ("Pavlodarskya"). A list of the units
 * before the 2022 reform (Almaty region without Jetisu, East Kazakhstan without Abai, Karaganda without Ulytau) is
 * flagged: the old region covered two of today's tiles, and only the lead can say which one its numbers stand for.
 */
import { KAZAKHSTAN_REGIONS, matchRegion, normalizeRegionName, regionById } from './kazakhstan';
import { CYRILLIC_TO_LATIN, transliterate } from '../transliteration';

/** How a choice was recognized, from the surest to the least sure. */
export type MatchBasis = 'name' | 'former' | 'transliteration' | 'similar';

export type ProposalStatus = 'matched' | 'ambiguous' | 'unmatched';

export interface RegionProposal {
  /** The unit proposed, or null when none (unmatched) or no single one (ambiguous without a better guess). */
  region: string | null;
  status: ProposalStatus;
  basis?: MatchBasis;
  /** The units the choice may stand for, the proposal first (two or more when ambiguous). */
  candidates: string[];
  /**
   * Why a matched name still needs a look: the region was split in 2022 and the list lacks the new unit
   * ('split-2022'), or another choice names the same unit ('duplicate').
   */
  note?: 'split-2022' | 'duplicate';
}

export interface ChoiceToMatch {
  code: string;
  /** The choice's labels, in every language of the form (the default language first). */
  labels: readonly string[];
}

/**
 * Former names and the centres of the units, with the kind of name they are ("city" when the spelling names the
 * unit's town rather than the unit). Sources: the decrees renaming the regions (1992–1999, 2018, 2019, 2022).
 */
const FORMER: Record<string, string[]> = {
  west_kz: ['Уральская область', 'Uralsk', 'Уральск', 'Орал', 'Oral'],
  kostanay: ['Kustanai', 'Kustanay', 'Кустанай', 'Кустанайская область', 'Кустанайская'],
  north_kz: ['Petropavlovsk', 'Петропавловск', 'Петропавл', 'Petropavl', 'Қызылжар'],
  east_kz: ['Ust-Kamenogorsk', 'Усть-Каменогорск', 'Өскемен', 'Oskemen', 'Oskemen city'],
  atyrau: ['Guryev', 'Гурьев', 'Гурьевская область', 'Gurjev'],
  aktobe: ['Aktyubinsk', 'Актюбинск', 'Актюбинская область', 'Aktyubinskaya'],
  ulytau: [
    'Zhezkazgan',
    'Dzhezkazgan',
    'Jezkazgan',
    'Жезказган',
    'Жезқазған',
    'Джезказган',
    'Джезказганская область',
    'Жезказганская область',
  ],
  akmola: [
    'Kokshetau',
    'Kokchetav',
    'Кокшетау',
    'Көкшетау',
    'Кокчетав',
    'Кокчетавская область',
    'Кокшетауская область',
    'Целиноградская область',
  ],
  astana: ['Tselinograd', 'Целиноград', 'Akmolinsk', 'Акмолинск', 'город Акмола', 'г. Акмола', 'Ақмола қаласы', 'Nur-Sultan city'],
  abai: ['Semey', 'Semei', 'Семей', 'Semipalatinsk', 'Семипалатинск', 'Семипалатинская область'],
  mangystau: ['Aktau', 'Ақтау', 'Актау', 'Shevchenko', 'Шевченко', 'Мангышлакская область', 'Mangyshlak'],
  kyzylorda: ['Kzyl-Orda', 'Кзыл-Орда', 'Кзыл-Ординская область'],
  karaganda: ['Karagandy', 'Qaragandy'],
  zhetisu: [
    'Taldykorgan',
    'Taldyqorgan',
    'Taldy-Kurgan',
    'Талдыкорган',
    'Талдықорған',
    'Талды-Курган',
    'Талды-Курганская область',
    'Талдыкорганская область',
  ],
  turkistan: [
    'Чимкентская область',
    'Шымкентская область',
    'Chimkent region',
    'Shymkent region',
    'South Kazakhstan Region',
    'Южно-Казахстанская область',
    'Оңтүстік Қазақстан облысы',
    'ЮКО',
  ],
  zhambyl: ['Taraz', 'Тараз', 'Dzhambul', 'Джамбул', 'Джамбулская область', 'Aulie-Ata', 'Әулиеата'],
  almaty_reg: ['Konaev', 'Qonaev', 'Kunaev', 'Қонаев', 'Конаев', 'Kapchagay', 'Qapshagai', 'Капчагай', 'Қапшағай'],
  shymkent: ['Chimkent', 'Чимкент'],
  almaty_city: ['Alma-Ata', 'Алма-Ата', 'Almaty city'],
};

/** The regions the 2022 reform split: the old one kept its name, the new one took part of its land. */
const SPLIT_2022: Record<string, string> = { almaty_reg: 'zhetisu', east_kz: 'abai', karaganda: 'ulytau' };

const CITIES = new Set(['astana', 'almaty_city', 'shymkent']);

/**
 * The standard transliteration, with щ as one sound and ё as е (as Russian lists spell it): the skeleton below folds
 * q/k and y/i itself.
 */
const CYRILLIC: Readonly<Record<string, string>> = { ...CYRILLIC_TO_LATIN, щ: 'sh', ё: 'e' };

/** Words that say what kind of unit a name is, in their folded Latin form. */
const CITY_WORDS = new Set(['gorod', 'g', 'kalasi', 'kala', 'k', 'city']);
const REGION_WORDS = new Set(['oblast', 'oblasti', 'oblis', 'oblisi', 'obl', 'region', 'province', 'oblasts']);

type Kind = 'city' | 'region' | undefined;

/**
 * A name reduced to how it sounds, whatever the alphabet: Cyrillic transliterated, Kazakh Latin letters folded
 * (ş → sh, ä → a), and the spellings that vary between transliterations made one (zh/j/dzh, q/k, gh/g, y/i, kh/h,
 * doubled letters), the words for "region" and "city" set apart. "Қарағанды облысы" and "Qaraghandy oblysy" meet.
 */
export function nameSkeleton(text: string): { kind: Kind; key: string } {
  const latin = transliterate(normalizeRegionName(text), CYRILLIC)
    .replace(/ş/g, 'sh')
    .replace(/ç/g, 'ch')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  const folded = latin
    .replace(/dzh|zh|dj/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/ts/g, 'c')
    .replace(/[yw]/g, (c) => (c === 'y' ? 'i' : 'u'))
    .replace(/x/g, 'ks')
    .replace(/([a-z])\1+/g, '$1');
  const words = folded.split(' ').filter(Boolean);
  const kind: Kind = words.some((w) => CITY_WORDS.has(w)) ? 'city' : words.some((w) => REGION_WORDS.has(w)) ? 'region' : undefined;
  return { kind, key: words.filter((w) => !CITY_WORDS.has(w) && !REGION_WORDS.has(w)).join('') };
}

interface Spelling {
  region: string;
  basis: 'name' | 'former';
  /** The kind of unit the spelling names: the city for a town's name, whatever its unit is. */
  kind: 'city' | 'region';
  key: string;
}

/** Every current and former spelling of every unit, by exact normalized text and by skeleton. */
const exact = new Map<string, { region: string; basis: 'name' | 'former' }[]>();
const spellings: Spelling[] = [];
function addSpelling(text: string, region: string, basis: 'name' | 'former'): void {
  const normalized = normalizeRegionName(text);
  const known = exact.get(normalized) ?? [];
  if (!known.some((k) => k.region === region)) known.push({ region, basis });
  exact.set(normalized, known);
  const { kind, key } = nameSkeleton(text);
  if (!key) return;
  // A bare former centre's name ("Semey") names a town; the unit it stands for is its region all the same.
  const spellingKind = kind ?? (CITIES.has(region) || basis === 'former' ? 'city' : 'region');
  if (!spellings.some((s) => s.key === key && s.region === region && s.kind === spellingKind))
    spellings.push({ region, basis, kind: spellingKind, key });
}
for (const unit of KAZAKHSTAN_REGIONS) {
  for (const text of [unit.id, unit.id.replace(/_/g, ' '), ...Object.values(unit.names), ...Object.values(unit.short), ...unit.aliases])
    addSpelling(text, unit.id, 'name');
}
for (const [region, names] of Object.entries(FORMER)) for (const text of names) addSpelling(text, region, 'former');

const RANK: Record<MatchBasis, number> = { name: 0, former: 1, transliteration: 2, similar: 3 };

interface TextMatch {
  basis: MatchBasis;
  regions: string[];
}

/** What one text (a code or a label) names. */
function matchText(text: string): TextMatch | undefined {
  const normalized = normalizeRegionName(text);
  if (!normalized) return undefined;
  const known = exact.get(normalized);
  if (known?.length) {
    const best = known.some((k) => k.basis === 'name') ? 'name' : 'former';
    return { basis: best, regions: known.filter((k) => k.basis === best).map((k) => k.region) };
  }
  // The unit's own names with their "region"/"city" words said another way ("Jetisu Region", "г. Нур-Султан").
  const plain = matchRegion(text);
  if (plain) return { basis: 'name', regions: [plain] };
  const { kind, key } = nameSkeleton(text);
  if (key.length < 3) return undefined;
  const fits = (s: Spelling) =>
    kind === undefined || s.kind === kind || (kind === 'region' && s.basis === 'former' && !CITIES.has(s.region));
  const same = spellings.filter((s) => s.key === key && fits(s));
  if (same.length) {
    const regions = unique(same.map((s) => s.region));
    // Without a kind word, "Almaty" may be the city or the region: the city is what a bare name means.
    const cityFirst = kind === undefined && regions.length > 1 ? preferCities(same) : regions;
    return { basis: same.every((s) => s.basis === 'former') ? 'former' : 'transliteration', regions: cityFirst };
  }
  if (key.length < 5) return undefined;
  const allowed = key.length >= 9 ? 2 : 1;
  let best = Infinity;
  let near: string[] = [];
  for (const s of spellings) {
    if (!fits(s) || Math.abs(s.key.length - key.length) > allowed) continue;
    const distance = editDistance(key, s.key, allowed);
    if (distance > allowed) continue;
    if (distance < best) [best, near] = [distance, [s.region]];
    else if (distance === best && !near.includes(s.region)) near.push(s.region);
  }
  return near.length ? { basis: 'similar', regions: near } : undefined;
}

function preferCities(same: Spelling[]): string[] {
  const cities = unique(same.filter((s) => s.kind === 'city' && CITIES.has(s.region)).map((s) => s.region));
  return cities.length === 1 ? cities : unique(same.map((s) => s.region));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Edit distance with transpositions (optimal string alignment), giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    let rowBest = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      rowBest = Math.min(rowBest, d[i][j]);
    }
    if (rowBest > limit) return rowBest;
  }
  return d[a.length][b.length];
}

/** The unit one choice stands for, judged alone: its code and labels, the surest reading winning. */
export function proposeRegion(choice: ChoiceToMatch): RegionProposal {
  const readings = [choice.code, ...choice.labels].map(matchText).filter((m): m is TextMatch => m !== undefined);
  if (!readings.length) return { region: null, status: 'unmatched', candidates: [] };
  const rank = Math.min(...readings.map((r) => RANK[r.basis]));
  const best = readings.filter((r) => RANK[r.basis] === rank);
  const candidates = unique(best.flatMap((r) => r.regions));
  const basis = best[0].basis;
  if (candidates.length === 1) return { region: candidates[0], status: 'matched', basis, candidates };
  return { region: null, status: 'ambiguous', basis, candidates };
}

/**
 * A proposal for a whole list: each choice alone, then what only the list shows — two choices naming one unit, and
 * a region the 2022 reform split when the list has no choice for the new unit.
 */
export function proposeRegionMapping(choices: readonly ChoiceToMatch[]): RegionProposal[] {
  const proposals = choices.map(proposeRegion);
  const named = new Map<string, number[]>();
  proposals.forEach((p, i) => {
    if (p.region) named.set(p.region, [...(named.get(p.region) ?? []), i]);
  });
  for (const [region, indexes] of named) {
    if (indexes.length < 2) continue;
    // The surest reading keeps the unit; the others are offered it, not given it.
    const keeper = [...indexes].sort((a, b) => RANK[proposals[a].basis ?? 'similar'] - RANK[proposals[b].basis ?? 'similar'] || a - b)[0];
    for (const i of indexes) {
      proposals[i] =
        i === keeper
          ? { ...proposals[i], note: 'duplicate' }
          : {
              region: null,
              status: 'ambiguous',
              candidates: [region],
              note: 'duplicate',
              ...(proposals[i].basis ? { basis: proposals[i].basis } : {}),
            };
    }
  }
  for (const [parent, child] of Object.entries(SPLIT_2022)) {
    if (named.has(child)) continue;
    for (const i of named.get(parent) ?? []) {
      if (proposals[i].region !== parent) continue;
      proposals[i] = { ...proposals[i], status: 'ambiguous', candidates: [parent, child], note: 'split-2022' };
    }
  }
  return proposals;
}

/**
 * Whether a list names the units plainly enough to be mapped without the lead's confirmation: every choice that
 * names a unit does so by its current name or code, no unit twice, nothing split, and at least 10 units named.
 * Choices that name no unit ("other", "abroad") are simply not drawn.
 */
export function isPlainRegionList(proposals: readonly RegionProposal[]): boolean {
  const matched = proposals.filter((p) => p.status !== 'unmatched');
  if (matched.some((p) => p.status !== 'matched' || p.basis !== 'name' || p.note)) return false;
  return new Set(matched.map((p) => p.region)).size >= 10;
}

/** A region given by its id or by any current name of it in kk/ru/en ("Abai Region", "область Абай"); undefined if none. */
export function regionFromText(text: string): string | undefined {
  const trimmed = text.trim();
  if (regionById(trimmed)) return trimmed;
  const known = exact.get(normalizeRegionName(trimmed));
  const names = unique((known ?? []).filter((k) => k.basis === 'name').map((k) => k.region));
  return names.length === 1 ? names[0] : undefined;
}
