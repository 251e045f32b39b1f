import { codedError } from '../common/errors';
import type { DemoAnomalies } from './generate';
import { INTERVIEWERS } from './profile';

/** The names `kelisim demo --plant` takes, and the share each sets. */
const SHARES = {
  speeding: 'speeding',
  straightlining: 'straightlining',
  duplicates: 'duplicates',
  'near-duplicates': 'nearDuplicates',
} as const satisfies Record<string, keyof DemoAnomalies>;

const invalid = (given: string) =>
  codedError('bad-input', 'demo-plant-invalid', { given, kinds: [...Object.keys(SHARES), 'fabricator'].join(', ') });

/**
 * `--plant` values (each a comma-separated list of `kind=value`), e.g. `speeding=0.05,duplicates=0.01` and
 * `fabricator=Ерлан Қасымов`: shares of the responses, and the interviewer who invents interviews.
 */
export function parsePlant(texts: readonly string[]): DemoAnomalies {
  const anomalies: DemoAnomalies = {};
  for (const part of texts.flatMap((text) => text.split(','))) {
    const match = /^\s*([a-z-]+)\s*=\s*(.+?)\s*$/.exec(part);
    if (!match) throw invalid(part.trim());
    const [, kind, value] = match;
    if (kind === 'fabricator') anomalies.fabricator = value;
    else if (kind in SHARES && /^\d+(\.\d+)?$/.test(value)) anomalies[SHARES[kind as keyof typeof SHARES]] = Number(value);
    else throw invalid(part.trim());
  }
  checkAnomalies(anomalies);
  return anomalies;
}

/** Refuses shares outside 0–1 and a fabricator who is not one of the demo study's interviewers. */
export function checkAnomalies(anomalies: DemoAnomalies): void {
  for (const [kind, key] of Object.entries(SHARES)) {
    const share = anomalies[key];
    if (share !== undefined && !(Number.isFinite(share) && share >= 0 && share <= 1)) {
      throw invalid(`${kind}=${share}`);
    }
  }
  const fabricator = anomalies.fabricator;
  if (fabricator !== undefined && !INTERVIEWERS.some((member) => member.name === fabricator)) {
    throw codedError('bad-input', 'demo-fabricator-unknown', {
      given: fabricator,
      names: INTERVIEWERS.map((member) => member.name).join(', '),
    });
  }
}
