/**
 * XLSForm lets questions in different groups share a name: their XForm paths differ
 * (/data/owner/name, /data/manager/name). Kelisim keeps the answers of a section — the form, or
 * one repeat instance — by question name, so within a section such questions get names of their
 * own: the group names on the way to them, innermost first, joined with `_` until the name is
 * unique ("owner_name", "manager_name"), as Kobo's exports head them "owner/name". The name the
 * workbook writes stays in `sourceName`, so the workbook written back is the one read.
 *
 * Same-named rows in one group are left alone: that is a mistake the checks report.
 */
import type { SurveyRow } from '../model';
import { isMarker } from '../model';

interface Placed {
  index: number;
  /** Names of the groups between the row's section and the row, outermost first. */
  groups: string[];
  parentKey: string;
}

/** Rows that hold an answer (or a repeat's instances) under their name in their section. */
const storesByName = (row: SurveyRow) => !isMarker(row.type) || row.type === 'begin_repeat';

export function qualifyNames(survey: SurveyRow[]): SurveyRow[] {
  const out = survey.map((row) => ({ ...row }));
  // Walk the survey keeping, for each open begin row, its index; a section opens at a repeat.
  const open: number[] = [];
  const bySection = new Map<number, Map<string, Placed[]>>();
  const namesBySection = new Map<number, Set<string>>();
  out.forEach((row, index) => {
    if (row.type === 'end_group' || row.type === 'end_repeat') {
      open.pop();
      return;
    }
    const repeats = open.filter((begin) => out[begin].type === 'begin_repeat');
    const section = repeats.length ? repeats[repeats.length - 1] : -1;
    const groups = open.filter((begin) => begin > section).map((begin) => out[begin].name);
    if (row.name) {
      if (!namesBySection.has(section)) namesBySection.set(section, new Set());
      namesBySection.get(section)!.add(row.name);
    }
    if (row.name && storesByName(row)) {
      if (!bySection.has(section)) bySection.set(section, new Map());
      const placed = bySection.get(section)!;
      if (!placed.has(row.name)) placed.set(row.name, []);
      placed.get(row.name)!.push({ index, groups, parentKey: open.join('/') });
    }
    if (row.type === 'begin_group' || row.type === 'begin_repeat') open.push(index);
  });

  for (const [section, placed] of bySection) {
    const taken = namesBySection.get(section)!;
    for (const [name, rows] of placed) {
      if (rows.length < 2) continue;
      // Only rows in different groups can be told apart; twins in one group stay for the checks to report.
      if (new Set(rows.map((row) => row.parentKey)).size !== rows.length) continue;
      const depth = Math.max(...rows.map((row) => row.groups.length));
      for (let steps = 1; steps <= depth + 1; steps++) {
        const names = rows.map((row) => [...row.groups.slice(Math.max(0, row.groups.length - steps)), name].join('_'));
        const unique = new Set(names).size === names.length && names.every((candidate) => candidate === name || !taken.has(candidate));
        if (!unique && steps <= depth) continue;
        rows.forEach((row, k) => {
          if (names[k] === name) return;
          out[row.index].sourceName = name;
          out[row.index].name = unique ? names[k] : `${names[k]}_${k + 1}`;
          taken.add(out[row.index].name);
        });
        break;
      }
    }
  }
  return out;
}
