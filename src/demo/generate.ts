import type { FormDefinition, SurveyRow } from '../form';
import { choicesOf, compileForm, finalAnswers, storedFields } from '../form';
import { SeededRandom } from './random';
import {
  COMMENTS,
  HOME_LANGUAGE,
  INTERVIEWERS,
  OTHER_ETHNICITIES,
  REGIONS,
  RELIGION_BY_ETHNICITY,
  religionGroup,
  type Ethnicity,
} from './profile';

export interface DemoResponse {
  uuid: string;
  answers: Record<string, string>;
  interviewer: string;
  deviceId: string;
  startedAt: number;
  finishedAt: number;
  language: string;
  /** Only with `anomalies`: the quality problems planted in this response, and the response it copies. */
  planted?: PlantedProblem[];
  copyOf?: string;
}

export type PlantedProblem = 'speeding' | 'straightlining' | 'duplicate' | 'near-duplicate' | 'fabricated';

/**
 * Problems the quality checks must find, planted on request (shares of the responses). Decisions come
 * from a random source of their own, so the clean responses are the same with or without anomalies.
 */
export interface DemoAnomalies {
  speeding?: number;
  straightlining?: number;
  duplicates?: number;
  nearDuplicates?: number;
  /** An interviewer who invents interviews: short ones, each a near-copy of the first with one or two answers changed. */
  fabricator?: string;
}

export interface DemoOptions {
  count: number;
  seed: number;
  /** Fieldwork window (epoch ms); interviews are spread over it. */
  from?: number;
  to?: number;
  anomalies?: DemoAnomalies;
}

const FIELDWORK_FROM = Date.UTC(2026, 8, 1, 3); // 1 September 2026, 09:00 in Kazakhstan (UTC+5)
const FIELDWORK_TO = Date.UTC(2026, 9, 30, 13);
const KAZAKHSTAN_OFFSET_MS = 5 * 3600_000;

const DISTANCE_BASE: Record<string, number> = {
  kazakh: 1.9,
  russian: 2.2,
  uzbek: 2.6,
  uyghur: 2.8,
  dungan: 3.1,
  tajik: 3.0,
  chechen: 3.6,
  chinese: 4.3,
};
const TRUST_BASE: Record<string, number> = {
  trust_friendship: 3.0,
  trust_apk: 2.9,
  trust_ethnomed: 2.7,
  trust_elders: 3.1,
  trust_mothers: 3.0,
  trust_akimat: 2.5,
  trust_police: 2.3,
  trust_courts: 2.3,
};
/** How often each shared practice happens, on the 1–4 frequency scale, before regional contact. */
const PRACTICE_BASE: Record<string, number> = {
  practice_asar: 2.3,
  practice_suyek: 1.7,
  practice_nauryz: 3.1,
  practice_kurban: 2.7,
  practice_family: 2.9,
  practice_business: 1.9,
};
const REVERSED_TOLERANCE = new Set(['tol_04', 'tol_06', 'tol_08', 'tol_10']);
const EDUCATION = ['primary', 'basic_sec', 'general_sec', 'vocational', 'incomplete_hi', 'higher', 'postgraduate'];

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Synthetic respondents of the bundled tolerance survey: regions in proportion to population,
 * ethnic composition by region, and attitudes driven by a latent tolerance trait (with the
 * reverse-worded items pointing the other way), so breakdowns, alpha and social distance show the
 * structure a real study would. Fields the profile does not know get a plausible answer by type.
 * The same seed gives the same responses, ids included.
 */
export function* generateDemoResponses(form: FormDefinition, options: DemoOptions): Generator<DemoResponse> {
  const random = new SeededRandom(options.seed);
  const compiled = compileForm(form);
  const rows = new Map(form.survey.map((row) => [row.name, row]));
  const fields = storedFields(form);
  const from = options.from ?? FIELDWORK_FROM;
  const to = options.to ?? FIELDWORK_TO;
  const regionWeights = Object.fromEntries(Object.entries(REGIONS).map(([code, region]) => [code, region.population]));
  const languages = form.languages.map((language) => language.code);
  const planter = options.anomalies ? new AnomalyPlanter(options.anomalies, options.seed) : undefined;

  for (let index = 0; index < options.count; index++) {
    const region = random.weighted(regionWeights);
    const team = INTERVIEWERS.filter((member) => member.regions.includes(region));
    const interviewer = random.pick(team.length ? team : INTERVIEWERS);
    const deviceId = `dev-demo-${String(INTERVIEWERS.indexOf(interviewer) + 1).padStart(2, '0')}`;
    const startedAt = from + Math.floor((random.next() * (to - from)) / 86_400_000) * 86_400_000 + random.integer(0, 10 * 3600) * 1000;
    const finishedAt = startedAt + random.integer(18 * 60, 50 * 60) * 1000;
    const profile = new Respondent(random, region);
    const answers: Record<string, string> = {
      start: isoDateTime(startedAt),
      end: isoDateTime(finishedAt),
      today: isoDateTime(startedAt).slice(0, 10),
      deviceid: deviceId,
      username: interviewer.name,
      ...profile.answers(),
    };
    for (const name of fields) {
      const row = rows.get(name);
      if (answers[name] === undefined && row) answers[name] = genericAnswer(form, row, random);
    }
    const response: DemoResponse = {
      uuid: seededUuid(random, startedAt),
      answers: finalAnswers(compiled, answers),
      interviewer: interviewer.name,
      deviceId,
      startedAt,
      finishedAt,
      language: profile.interviewLanguage(languages),
    };
    yield planter ? planter.plant(response) : response;
  }
}

/** Likert items a planted copy changes, and the grid a straight-liner answers with one choice. */
const COPY_EDITABLE: [string, number][] = [
  ...Array.from({ length: 10 }, (_, i): [string, number] => [`tol_${String(i + 1).padStart(2, '0')}`, 5]),
  ...Object.keys(TRUST_BASE).map((name): [string, number] => [name, 4]),
];
const STRAIGHT_LINED_GRID = Array.from({ length: 10 }, (_, i) => `tol_${String(i + 1).padStart(2, '0')}`);

class AnomalyPlanter {
  private readonly random: SeededRandom;
  private readonly earlier: DemoResponse[] = [];
  private fabricated?: DemoResponse;

  constructor(
    private readonly anomalies: DemoAnomalies,
    seed: number,
  ) {
    this.random = new SeededRandom(seed ^ 0x5eed);
  }

  plant(response: DemoResponse): DemoResponse {
    const r = this.random;
    const a = this.anomalies;
    const planted: PlantedProblem[] = [];
    let result = response;
    const consented = response.answers.consent === 'yes';
    if (a.fabricator && response.interviewer === a.fabricator && consented) {
      if (!this.fabricated) this.fabricated = response;
      else {
        const answers = { ...this.edited(this.fabricated.answers, r.integer(1, 2)), ...metadataOf(response.answers) };
        result = { ...response, answers, copyOf: this.fabricated.uuid };
      }
      result = { ...result, finishedAt: result.startedAt + r.integer(16 * 60, 24 * 60) * 1000 };
      planted.push('fabricated');
    } else if (consented && this.earlier.length && r.chance(a.duplicates ?? 0)) {
      const original = r.pick(this.earlier);
      result = { ...response, answers: { ...original.answers, ...metadataOf(response.answers) }, copyOf: original.uuid };
      planted.push('duplicate');
    } else if (consented && this.earlier.length && r.chance(a.nearDuplicates ?? 0)) {
      const original = r.pick(this.earlier);
      result = { ...response, answers: { ...this.edited(original.answers, 1), ...metadataOf(response.answers) }, copyOf: original.uuid };
      planted.push('near-duplicate');
    } else if (consented && r.chance(a.straightlining ?? 0)) {
      const choice = String(r.integer(1, 5));
      result = { ...response, answers: { ...response.answers, ...Object.fromEntries(STRAIGHT_LINED_GRID.map((name) => [name, choice])) } };
      planted.push('straightlining');
    }
    if (planted[0] !== 'fabricated' && r.chance(a.speeding ?? 0)) {
      result = { ...result, finishedAt: result.startedAt + r.integer(3 * 60, 7 * 60) * 1000 };
      planted.push('speeding');
    }
    if (consented && !planted.length) this.earlier.push(result);
    if (result.finishedAt !== response.finishedAt && result.answers.end !== undefined) {
      result = { ...result, answers: { ...result.answers, end: isoDateTime(result.finishedAt) } };
    }
    return planted.length ? { ...result, planted } : result;
  }

  /** The answers with `changes` different Likert items moved to another point of their scale. */
  private edited(answers: Record<string, string>, changes: number): Record<string, string> {
    const copy = { ...answers };
    const items = [...COPY_EDITABLE];
    for (let i = 0; i < changes; i++) {
      const [name, points] = items.splice(this.random.integer(0, items.length - 1), 1)[0];
      const current = Number(copy[name]);
      let next = this.random.integer(1, points - 1);
      if (next >= current) next++;
      copy[name] = String(next);
    }
    return copy;
  }
}

/** A copy keeps the interview's own clock and device answers: fabricators copy answers, not metadata. */
function metadataOf(answers: Record<string, string>): Record<string, string> {
  const { start, end, today, deviceid, username } = answers;
  return Object.fromEntries(Object.entries({ start, end, today, deviceid, username }).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}

/** One synthetic person and their answers, by the survey's question names. */
class Respondent {
  private readonly ethnicity: Ethnicity;
  private readonly tolerance: number;
  private readonly trust: number;
  private readonly contact: number;

  constructor(
    private readonly random: SeededRandom,
    private readonly region: string,
  ) {
    const profile = REGIONS[region];
    this.ethnicity = random.weighted(profile.ethnicity);
    const diversity = 1 - Math.max(...Object.values(profile.ethnicity).map((share) => share ?? 0));
    this.contact = diversity + 0.3 * random.normal();
    this.tolerance = random.normal() + profile.toleranceShift + 0.4 * this.contact;
    this.trust = 0.35 * this.tolerance + 0.9 * random.normal();
  }

  interviewLanguage(available: string[]): string {
    const wanted = this.ethnicity === 'kazakh' ? (this.random.chance(0.8) ? 'kk' : 'ru') : 'ru';
    return available.includes(wanted) ? wanted : available[0];
  }

  answers(): Record<string, string> {
    const r = this.random;
    if (r.chance(0.03)) return { consent: 'no' };
    const profile = REGIONS[this.region];
    const districts = Object.keys(profile.places);
    const district = r.pick(districts);
    const settlements = profile.places[district];
    const age = clamp(Math.round(44 + 15 * r.normal()), 18, 88);
    const educationIndex = clamp(Math.round(3.6 + 1.4 * r.normal() - (age > 65 ? 1 : 0)), 0, EDUCATION.length - 1);
    const answers: Record<string, string> = {
      consent: 'yes',
      region: this.region,
      district,
      settlement: settlements.length ? r.pick(settlements) : '',
      settlement_type: profile.urbanShare >= 1 || r.chance(profile.urbanShare) ? 'urban' : 'rural',
      age: String(age),
      gender: r.chance(0.47) ? 'male' : 'female',
      ethnicity: r.chance(0.006) ? 'refused' : this.ethnicity,
      religion: r.weighted(RELIGION_BY_ETHNICITY[religionGroup(this.ethnicity)]),
      languages: this.spokenLanguages(),
      education: EDUCATION[educationIndex],
      neighbours_other: r.chance(0.03)
        ? 'dk'
        : r.chance(clamp(0.3 + 1.1 * (1 - (profile.ethnicity.kazakh ?? 0)) + 0.1 * this.contact, 0.2, 0.95))
          ? 'yes'
          : 'no',
      discrim_12m: r.chance(0.02) ? 'refused' : r.chance(this.ethnicity === 'kazakh' ? 0.05 : 0.14) ? 'yes' : 'no',
      discrim_where: this.discriminationPlaces(),
      ethnomed_aware: r.chance(clamp(0.3 + 0.4 * (1 - (profile.ethnicity.kazakh ?? 0)), 0.2, 0.7)) ? 'yes' : 'no',
      ethnomed_would_use: this.ordinal(2.6 + 0.4 * this.trust, 1, 4, 0.04),
      comments: r.chance(0.06) ? r.pick(COMMENTS) : '',
    };
    if (answers.ethnicity === 'other') answers.ethnicity_other = r.pick(OTHER_ETHNICITIES);
    if (answers.languages.split(' ').includes('other')) answers.languages_other = 'Түрік тілі';
    if (answers.discrim_where.split(' ').includes('other')) answers.discrim_where_other = 'Базарда';
    for (const [name, base] of Object.entries(PRACTICE_BASE)) {
      const muslimHoliday = name === 'practice_kurban' && religionGroup(this.ethnicity) !== 'muslim' ? -0.6 : 0;
      answers[name] = this.ordinal(base + 0.7 * this.contact + 0.2 * this.tolerance + muslimHoliday, 1, 4, 0.02);
    }
    for (const [target, base] of Object.entries(DISTANCE_BASE)) {
      const own = target === this.ethnicity;
      answers[`sd_${target}`] = this.random.chance(0.01)
        ? '9'
        : own
          ? this.ordinal(1.1, 1, 7, 0.01)
          : this.ordinal(base - 0.7 * this.tolerance, 1, 7, 0.03);
    }
    for (let item = 1; item <= 10; item++) {
      const name = `tol_${String(item).padStart(2, '0')}`;
      const loading = 0.65 + 0.03 * (item % 4);
      const centre = REVERSED_TOLERANCE.has(name) ? 2.5 - loading * this.tolerance : 3.6 + loading * this.tolerance;
      answers[name] = this.ordinal(centre, 1, 5, 0.02);
    }
    for (const [name, base] of Object.entries(TRUST_BASE)) answers[name] = this.ordinal(base + 0.55 * this.trust, 1, 4, 0.04);
    return answers;
  }

  /** An ordinal answer around `centre`, with "don't know" (8) at the given rate. */
  private ordinal(centre: number, low: number, high: number, dontKnow: number): string {
    if (this.random.chance(dontKnow)) return '8';
    return String(clamp(Math.round(centre + 0.75 * this.random.normal()), low, high));
  }

  private spokenLanguages(): string {
    const r = this.random;
    const speaks = new Set<string>();
    const home = HOME_LANGUAGE[this.ethnicity];
    if (home) speaks.add(home);
    if (this.ethnicity === 'kazakh' || r.chance(this.ethnicity === 'russian' ? 0.35 : 0.6)) speaks.add('kk');
    if (this.ethnicity !== 'kazakh' || r.chance(0.85)) speaks.add('ru');
    if (r.chance(0.18)) speaks.add('en');
    if (r.chance(0.03)) speaks.add('other');
    return ['kk', 'ru', 'uz', 'ug', 'en', 'other'].filter((code) => speaks.has(code)).join(' ');
  }

  private discriminationPlaces(): string {
    const places = ['work', 'education', 'services', 'police', 'health', 'public', 'neighbours', 'online', 'other'];
    const chosen = new Set([this.random.pick(places)]);
    if (this.random.chance(0.4)) chosen.add(this.random.pick(places));
    return places.filter((place) => chosen.has(place)).join(' ');
  }
}

/** An answer of the right shape for a field the demo profile does not know. */
function genericAnswer(form: FormDefinition, row: SurveyRow, random: SeededRandom): string {
  const choices = choicesOf(form, row)
    .filter((choice) => !choice.missing)
    .map((choice) => choice.name);
  switch (row.type) {
    case 'select_one':
      return choices.length ? random.pick(choices) : '';
    case 'select_multiple':
      return choices.filter(() => random.chance(0.3)).join(' ') || (choices[0] ?? '');
    case 'integer':
      return String(random.integer(1, 10));
    case 'decimal':
      return (random.next() * 100).toFixed(1);
    case 'acknowledge':
      return 'OK';
    default:
      return '';
  }
}

function isoDateTime(epochMs: number): string {
  return `${new Date(epochMs + KAZAKHSTAN_OFFSET_MS).toISOString().slice(0, 19)}.000+05:00`;
}

/** A UUIDv7 from the interview time and the seeded random source: the same seed, the same ids. */
function seededUuid(random: SeededRandom, epochMs: number): string {
  const time = epochMs.toString(16).padStart(12, '0');
  const rest = random.hex(19);
  const variant = '89ab'[parseInt(rest[3], 16) & 3];
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${rest.slice(0, 3)}-${variant}${rest.slice(4, 7)}-${rest.slice(7, 19)}`;
}
