/**
 * The shared corpus of real XLSForms (../shared/xlsform-corpus beside the repository, as in CI;
 * /work/shared/xlsform-corpus from a worktree) with pyxform's verdict on each in manifest.tsv.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function corpusDirectory(): string | undefined {
  const candidates = [resolve(repoRoot, '..', 'shared', 'xlsform-corpus'), '/work/shared/xlsform-corpus'];
  return candidates.find((directory) => existsSync(join(directory, 'manifest.tsv')));
}

export interface CorpusEntry {
  file: string;
  source: string;
  /** What pyxform 4.5.0 said. */
  pyxform: 'accept' | 'reject';
  pyxformError: string;
  /** What Kelisim should say (reject also where pyxform's XForm holds an XPath syntax error). */
  expected: 'accept' | 'reject';
}

export function readManifest(directory: string): CorpusEntry[] {
  const [, ...lines] = readFileSync(join(directory, 'manifest.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim());
  return lines.map((line) => {
    const [file, source, pyxform, pyxformError, expected] = line.split('\t');
    return { file, source, pyxform: pyxform as CorpusEntry['pyxform'], pyxformError, expected: expected as CorpusEntry['expected'] };
  });
}

import { isDeepStrictEqual } from 'node:util';
import { KelisimError, type Problem } from '../../src/common/errors';
import type { FormDefinition } from '../../src/form';
import { readXlsForm, writeXlsForm } from '../../src/form';

export interface CorpusVerdict {
  entry: CorpusEntry;
  verdict: 'accept' | 'reject';
  /** For an accepted form: whether export + re-import gave the same form; the first difference if not. */
  roundTrip?: { same: true } | { same: false; difference: string };
  /** For a refused form: its problems (each should name sheet, row and column). */
  problems?: Problem[];
  /** A failure that is not a refusal (a crash): always a defect. */
  crash?: string;
  milliseconds: number;
}

/** The first place two forms differ, as "survey[3].label: …", for a readable failure. */
export function firstDifference(a: unknown, b: unknown, path = 'form'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path}: ${JSON.stringify(a)} became ${JSON.stringify(b)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (difference) return difference;
  }
  return `${path} differs`;
}

export async function judgeCorpusForm(directory: string, entry: CorpusEntry): Promise<CorpusVerdict> {
  const started = performance.now();
  const bytes = new Uint8Array(readFileSync(join(directory, entry.file)));
  let form: FormDefinition;
  try {
    form = await readXlsForm(bytes, entry.file);
  } catch (error) {
    const milliseconds = performance.now() - started;
    if (error instanceof KelisimError && error.kind === 'bad-input')
      return { entry, verdict: 'reject', problems: error.problems, milliseconds };
    return { entry, verdict: 'reject', crash: error instanceof Error ? (error.stack ?? error.message) : String(error), milliseconds };
  }
  const milliseconds = performance.now() - started;
  try {
    const again = await readXlsForm(await writeXlsForm(form), entry.file);
    const difference = firstDifference(form, again);
    return { entry, verdict: 'accept', roundTrip: difference ? { same: false, difference } : { same: true }, milliseconds };
  } catch (error) {
    const detail =
      error instanceof KelisimError
        ? `${error.message}: ${error.problems
            .slice(0, 3)
            .map((p) => `${p.sheet} row ${p.row} ${p.column}: ${p.message}`)
            .join(' | ')}`
        : String(error);
    return { entry, verdict: 'accept', roundTrip: { same: false, difference: `re-import refused: ${detail}` }, milliseconds };
  }
}
