/**
 * A synthetic interethnic-tolerance survey (60 fields) and plausible interviews for it, reproducible
 * by seed: the load the exchange benchmark and the crash test push through packages. Answers look
 * like the real questionnaire's: codes, skip patterns (empty answers), ages, and now and then a
 * sentence in Kazakh or Russian.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../store/database';
import { addFormIfMissing, getFormVersion, insertFormVersion } from '../store/forms';
import { insertResponses, type NewResponse } from '../store/responses';
import { uuidv7 } from '../common/ids';
import type { FormDefinition } from '../form';

export const SYNTHETIC_FORM_ID = 'tolerance-synthetic';
export const SYNTHETIC_VERSION = '2026-1';

const GROUPS = ['kazakhs', 'russians', 'uzbeks', 'uighurs', 'koreans', 'germans', 'tatars', 'ukrainians'];
const TOLERANCE_ITEMS = Array.from({ length: 15 }, (_, i) => `tol_${String(i + 1).padStart(2, '0')}`);

type Generator = (random: Random, answers: Record<string, string>) => string;

/** Field name → how an interviewer's answer to it is drawn (in questionnaire order). */
const QUESTIONS: [string, Generator][] = [
  ['region', (r) => String(r.int(1, 20))],
  ['district', (r) => `D${r.int(1, 180)}`],
  ['settlement_type', (r) => r.pick(['1', '1', '2'])],
  ['interview_language', (r) => r.pick(['kk', 'kk', 'ru'])],
  ['sex', (r) => r.pick(['1', '2'])],
  ['age', (r) => String(r.int(18, 80))],
  ['ethnicity', (r) => r.pick(['1', '1', '1', '1', '2', '2', '3', '4', '5', '6', '7', '8', '9'])],
  ['ethnicity_other', (r, a) => (a.ethnicity === '9' ? r.pick(['дунган', 'азербайджан', 'түрік', 'шешен']) : '')],
  ['religion', (r) => r.pick(['1', '1', '1', '2', '2', '3', '4', '5', '99'])],
  ['religiosity', (r, a) => (a.religion === '4' ? '' : String(r.int(1, 5)))],
  ['language_home', (r) => r.pick(['1', '2', '3', '4'])],
  ['kazakh_proficiency', (r) => String(r.int(1, 5))],
  ['russian_proficiency', (r) => String(r.int(1, 5))],
  ['education', (r) => String(r.int(1, 6))],
  ['employment', (r) => String(r.int(1, 7))],
  ['income', (r) => r.pick(['1', '2', '3', '4', '5', '98'])],
  ['marital', (r) => String(r.int(1, 5))],
  ['children', (r, a) => (a.marital === '2' || a.marital === '3' ? String(r.int(0, 6)) : '')],
  ['household_size', (r) => String(r.int(1, 11))],
  ...GROUPS.map((group): [string, Generator] => [`trust_${group}`, (r) => r.pick(['1', '2', '3', '4', '5', '5', '4', '98'])]),
  ...GROUPS.map((group): [string, Generator] => [`distance_${group}`, (r) => String(r.int(1, 7))]),
  ...TOLERANCE_ITEMS.map((item): [string, Generator] => [item, (r) => String(r.int(1, 5))]),
  ['contact_friends', (r) => r.pick(['0', '1', '1'])],
  ['contact_work', (r) => r.pick(['0', '1'])],
  ['contact_family', (r) => r.pick(['0', '0', '1'])],
  ['mixed_marriage_ok', (r) => String(r.int(1, 4))],
  ['conflict_heard', (r) => r.pick(['0', '0', '0', '1'])],
  [
    'conflict_where',
    (r, a) => (a.conflict_heard === '1' ? r.pick(['базарда', 'в школе', 'жұмыста', 'в интернете', 'көршілер арасында']) : ''),
  ],
  ['future_relations', (r) => String(r.int(1, 5))],
  [
    'comment',
    (r) =>
      r.chance(0.15)
        ? r.pick([
            'Ауылда бәрі бір-бірін сыйлайды, ұлтқа қарамайды.',
            'Соседи у нас разные, живём дружно уже много лет.',
            'Жастар арасында тіл мәселесі бар.',
            'Хотелось бы больше совместных праздников.',
          ])
        : '',
  ],
  ['interviewer_note', (r) => (r.chance(0.05) ? r.pick(['respondent hurried', 'neighbour present', 'повторный визит']) : '')],
  ['duration_min', (r) => String(r.int(18, 55))],
];

export const SYNTHETIC_FIELDS: readonly string[] = QUESTIONS.map(([name]) => name);

/** Publishes the synthetic form version in a database (once); returns its id. */
export function publishSyntheticForm(db: Db, publishedAt = Date.UTC(2026, 8, 1)): number {
  const existing = getFormVersion(db, SYNTHETIC_FORM_ID, SYNTHETIC_VERSION);
  if (existing) return existing.id;
  const definition = JSON.stringify(syntheticFormModel());
  addFormIfMissing(db, SYNTHETIC_FORM_ID, 'Interethnic tolerance (synthetic)', publishedAt);
  return insertFormVersion(db, {
    formId: SYNTHETIC_FORM_ID,
    version: SYNTHETIC_VERSION,
    definition,
    fields: [...SYNTHETIC_FIELDS],
    contentHash: createHash('sha256').update(definition).digest('hex'),
    publishedAt,
  });
}

const WHOLE_NUMBERS = new Set(['age', 'children', 'household_size', 'duration_min']);

/**
 * The synthetic survey as a form model that passes the form check, as a published version must
 * (packages carrying it are checked as `form import` checks a form): codes as text, counts as
 * whole numbers.
 */
export function syntheticFormModel(): FormDefinition {
  return {
    formId: SYNTHETIC_FORM_ID,
    title: 'Interethnic tolerance (synthetic)',
    version: SYNTHETIC_VERSION,
    defaultLanguage: 'kk',
    languages: [{ code: 'kk', name: 'Қазақша' }],
    survey: SYNTHETIC_FIELDS.map((name) => ({ type: WHOLE_NUMBERS.has(name) ? 'integer' : 'text', name, label: { kk: name } })),
    choiceLists: [],
  };
}

export interface InterviewPlan {
  formVersionId: number;
  deviceId: string;
  interviewers: readonly string[];
  count: number;
  seed: number;
  /** When the first interview starts; the rest follow through the field days. */
  startAt: number;
}

/** Writes `count` finalized synthetic interviews on one device, in one transaction. */
export function interviewSynthetic(db: Db, plan: InterviewPlan): number {
  const random = new Random(plan.seed);
  let clock = plan.startAt;
  const rows = Array.from({ length: plan.count }, () => {
    const answers: Record<string, string> = {};
    for (const [name, draw] of QUESTIONS) answers[name] = draw(random, answers);
    clock += random.int(20, 90) * 60_000;
    const finishedAt = clock + Number(answers.duration_min) * 60_000;
    const meta: NewResponse = {
      uuid: uuidv7(clock),
      formVersionId: plan.formVersionId,
      status: 'final',
      interviewer: random.pick(plan.interviewers),
      deviceId: plan.deviceId,
      language: answers.interview_language,
      startedAt: clock,
      finishedAt,
      updatedAt: finishedAt,
      revision: 1,
    };
    return { meta, values: SYNTHETIC_FIELDS.map((name) => answers[name]) };
  });
  return db.transaction(() => insertResponses(db, rows)).immediate();
}

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}
