/**
 * Which region each choice of a select_one stands for, when the list does not name the regions plainly: the
 * proposal (src/common/regions/matching), the lead's confirmed mapping kept per form and question, a mapping read
 * from a `choice,region` table (every cell checked, every problem with its row and column), and the mapping a map
 * may use — refused until the lead has confirmed one for a list that needs it.
 */
import { codedError, codedProblem, type Problem } from '../common/errors';
import { normalizeRegionName, regionById } from '../common/regions/kazakhstan';
import { isPlainRegionList, proposeRegionMapping, regionFromText, type RegionProposal } from '../common/regions/matching';
import { choicesOf } from '../form/choices';
import type { Db } from '../store/database';
import { deleteRegionMapping, regionMappingOf, saveRegionMapping } from '../store/region-mappings';
import { openDataTable, type TableRow, type TableSource } from '../collect/import/data-table';
import type { CatalogEntry } from './catalog';
import type { RegionMappingView } from './region-mapping-types';

export type { RegionMappingChoice, RegionMappingView } from './region-mapping-types';
import { formCatalog, requireVariable } from './dataset';

/** A question's choices as a mapping reads them: code, label in `language`, and every label of the form. */
function choicesToMatch(entry: CatalogEntry): { code: string; label: string; labels: string[] }[] {
  const choices = entry.row ? choicesOf(entry.form, entry.row) : [];
  return entry.levels.map((level) => {
    const choice = choices.find((c) => c.name === level.value);
    const labels = [level.label, ...Object.values(choice?.label ?? {})].filter((label, i, all) => label && all.indexOf(label) === i);
    return { code: level.value, label: level.label, labels };
  });
}

function singleSelect(db: Db, formId: string, question: string, language?: string): CatalogEntry {
  const entry = requireVariable(formCatalog(db, formId, language), formId, question);
  if (entry.kind !== 'single') throw codedError('bad-input', 'region-mapping-not-single', { name: question, type: entry.type });
  return entry;
}

/** Whether a proposal may be used without the lead looking at it. */
function isSure(proposal: RegionProposal): boolean {
  return proposal.status === 'matched' && proposal.basis === 'name' && !proposal.note;
}

export function regionMappingView(db: Db, formId: string, question: string, language?: string): RegionMappingView {
  const entry = singleSelect(db, formId, question, language);
  const choices = choicesToMatch(entry);
  const proposals = proposeRegionMapping(choices);
  const stored = regionMappingOf(db, formId, question);
  const codes = new Set(choices.map((c) => c.code));
  const uncovered = stored ? choices.filter((c) => !(c.code in stored.regions)).map((c) => c.code) : [];
  const plain = isPlainRegionList(proposals);
  return {
    formId,
    question,
    label: entry.label,
    choices: choices.map((choice, i) => ({
      code: choice.code,
      label: choice.label,
      proposal: proposals[i],
      ...(stored && choice.code in stored.regions ? { confirmed: stored.regions[choice.code] } : {}),
    })),
    plain,
    confirmedAt: stored?.confirmedAt ?? null,
    uncovered,
    dropped: stored ? Object.keys(stored.regions).filter((code) => !codes.has(code)) : [],
    ready: stored ? uncovered.length === 0 : plain,
  };
}

/**
 * Checks a whole mapping against the question's list — every choice given once, every region known and named by
 * one choice at most — and returns every problem found (empty when it is sound).
 */
export function mappingProblems(entry: CatalogEntry, regions: Record<string, string | null>): Problem[] {
  const problems: Problem[] = [];
  const codes = new Set(entry.levels.map((level) => level.value));
  for (const [code, region] of Object.entries(regions)) {
    if (!codes.has(code)) problems.push(codedProblem('region-mapping-choice-unknown', { name: entry.name, code }, { field: entry.name }));
    else if (region !== null && !regionById(region))
      problems.push(codedProblem('map-region-unknown', { code, region }, { field: entry.name }));
  }
  const missing = entry.levels.filter((level) => !(level.value in regions)).map((level) => level.value);
  if (missing.length)
    problems.push(codedProblem('region-mapping-choices-missing', { name: entry.name, codes: missing.join(', ') }, { field: entry.name }));
  const byRegion = new Map<string, string[]>();
  for (const [code, region] of Object.entries(regions)) if (region) byRegion.set(region, [...(byRegion.get(region) ?? []), code]);
  for (const [region, named] of byRegion) {
    if (named.length > 1)
      problems.push(codedProblem('map-region-twice', { name: entry.name, region, codes: named.join(', ') }, { field: entry.name }));
  }
  return problems;
}

/** Stores the lead's mapping for a question, whole, after checking it; replaces the one confirmed before. */
export function confirmRegionMapping(
  db: Db,
  formId: string,
  question: string,
  regions: Record<string, string | null>,
  confirmedAt: number,
): RegionMappingView {
  const entry = singleSelect(db, formId, question);
  const problems = mappingProblems(entry, regions);
  if (problems.length) throw codedError('bad-input', 'region-mapping-invalid', { name: question, count: problems.length }, problems);
  // Kept in the list's order, whatever order the caller gave.
  const ordered = Object.fromEntries(entry.levels.map((level) => [level.value, regions[level.value] ?? null]));
  saveRegionMapping(db, { formId, question, confirmedAt, regions: ordered });
  return regionMappingView(db, formId, question);
}

export function clearRegionMapping(db: Db, formId: string, question: string): { cleared: boolean } {
  formCatalog(db, formId);
  return { cleared: deleteRegionMapping(db, formId, question) };
}

const MAX_ROWS = 1000;
const NONE = new Set(['', '-', '—', 'none', 'нет', 'жоқ']);

/**
 * A mapping from a table with the columns `choice` (the choice's code) and `region` (a region id, or its current
 * name in kk/ru/en; empty or "-" keeps the choice off the map); other columns (a label, a note) are ignored. Checked
 * whole against the question's list; nothing is stored here.
 */
export async function readRegionMappingTable(
  db: Db,
  formId: string,
  question: string,
  source: TableSource,
): Promise<{ regions: Record<string, string | null> }> {
  const entry = singleSelect(db, formId, question);
  const table = await openDataTable(source);
  const rows: TableRow[] = [];
  try {
    const batches = table.rows as Iterable<TableRow[]> | AsyncIterable<TableRow[]>;
    for await (const batch of batches) {
      rows.push(...batch);
      if (rows.length > MAX_ROWS) throw codedError('bad-input', 'region-mapping-too-long', { file: table.file, max: MAX_ROWS });
    }
  } finally {
    table.close();
  }
  const file = table.file;
  const header = table.header.cells.map((cell) => normalizeRegionName(cell));
  const choiceColumn = header.indexOf('choice');
  const regionColumn = header.indexOf('region');
  if (choiceColumn < 0 || regionColumn < 0) {
    throw codedError('bad-input', 'region-mapping-header', { file, found: table.header.cells.join(', ') }, [
      codedProblem('region-mapping-header', { file, found: table.header.cells.join(', ') }, { file, row: table.header.line }),
    ]);
  }
  const problems: Problem[] = [];
  const codes = new Set(entry.levels.map((level) => level.value));
  const regions: Record<string, string | null> = {};
  const rowOf = new Map<string, number>();
  for (const row of rows) {
    const code = (row.cells[choiceColumn] ?? '').trim();
    const text = (row.cells[regionColumn] ?? '').trim();
    if (!code && !text && row.cells.every((cell) => !cell.trim())) continue;
    const at = (column: string) => ({ file, row: row.line, column, field: entry.name });
    if (!codes.has(code)) {
      problems.push(codedProblem('region-mapping-choice-unknown', { name: entry.name, code }, at('choice')));
      continue;
    }
    if (rowOf.has(code)) {
      problems.push(codedProblem('region-mapping-choice-repeated', { code, first: rowOf.get(code) ?? 0 }, at('choice')));
      continue;
    }
    rowOf.set(code, row.line);
    if (NONE.has(normalizeRegionName(text))) {
      regions[code] = null;
      continue;
    }
    const region = regionFromText(text);
    if (!region) problems.push(codedProblem('region-mapping-region-unknown', { code, region: text }, at('region')));
    else regions[code] = region;
  }
  if (!problems.length) {
    for (const problem of mappingProblems(entry, regions)) {
      // A region named twice is shown at the rows that name it.
      const twice =
        problem.code === 'map-region-twice'
          ? String(problem.params?.codes ?? '')
              .split(', ')
              .map((code) => rowOf.get(code))
          : [];
      problems.push(twice.length ? { ...problem, file, row: twice[1] ?? twice[0], column: 'region' } : { ...problem, file });
    }
  }
  if (problems.length) throw codedError('bad-input', 'region-mapping-invalid', { name: question, count: problems.length }, problems);
  return { regions };
}

/**
 * The choice → region mapping a map by `entry` uses: the caller's own (`explicit`, as the CLI's --region-map
 * gives it) over the lead's confirmed one; without either, the list's own names when they are plain. A list that
 * needs the lead's eye is refused until a mapping is confirmed.
 */
export function mappingForMap(
  db: Db,
  formId: string,
  entry: CatalogEntry,
  explicit?: Record<string, string | null>,
): Record<string, string | null> {
  for (const [code, region] of Object.entries(explicit ?? {})) {
    if (region !== null && !regionById(region)) throw codedError('bad-input', 'map-region-unknown', { code, region });
  }
  if (entry.kind !== 'single') throw codedError('bad-input', 'map-not-regions', { name: entry.name });
  const proposals = proposeRegionMapping(choicesToMatch(entry));
  const stored = regionMappingOf(db, formId, entry.name);
  if (stored) {
    const uncovered = entry.levels
      .filter((level) => !(level.value in stored.regions) && !(explicit && level.value in explicit))
      .map((level) => level.value);
    if (uncovered.length) throw codedError('conflict', 'map-mapping-incomplete', { name: entry.name, codes: uncovered.join(', ') });
    return Object.fromEntries(
      entry.levels.map((level) => [
        level.value,
        explicit?.[level.value] !== undefined ? explicit[level.value] : stored.regions[level.value],
      ]),
    );
  }
  if (explicit) {
    return Object.fromEntries(
      entry.levels.map((level, i) => [
        level.value,
        level.value in explicit ? explicit[level.value] : isSure(proposals[i]) ? proposals[i].region : null,
      ]),
    );
  }
  if (!proposals.some((p) => p.candidates.length)) throw codedError('bad-input', 'map-not-regions', { name: entry.name });
  if (!isPlainRegionList(proposals)) {
    throw codedError('conflict', 'map-mapping-unconfirmed', {
      name: entry.name,
      count: proposals.filter((p) => !isSure(p) && p.status !== 'unmatched').length,
    });
  }
  return Object.fromEntries(entry.levels.map((level, i) => [level.value, proposals[i].status === 'matched' ? proposals[i].region : null]));
}
