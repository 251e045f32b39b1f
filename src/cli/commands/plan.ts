import fs from 'node:fs';
import path from 'node:path';
import type { Command } from '../command';
import { flag, requiredString } from '../command';
import { answerFromDatabase, dbOption, includeDemoOption, jsonOption, withSession } from '../session';
import { codedError } from '../../common/errors';
import { planCsv } from '../../fieldwork/plan';
import { writeFileAtomically } from '../../io/files';
import type { FieldworkProgress } from '../../api/spec';
import { textTable } from '../text-table';

const formOption = { form: { type: 'string', valueName: 'ID', required: true, description: 'the form id' } } as const;

export const planImportCommand: Command = {
  name: 'plan import',
  summary: 'a fieldwork plan (interviewer, location answers, target, quota:QUESTION=CHOICE columns) from CSV or XLSX',
  options: {
    ...dbOption,
    ...formOption,
    replace: { type: 'boolean', description: "replace the form's plan when it has one" },
    ...jsonOption,
  },
  positionals: [{ name: 'PLAN', required: true, description: 'the plan table (.csv or .xlsx)' }],
  details:
    'Columns: interviewer, target, optional id (else the row number), any questions of the form by name (the answers an\n' +
    'interview from the assignment starts with, e.g. region, district, settlement) and quota columns such as\n' +
    '"quota:gender=female" holding a number. Every problem is listed with its row and column; nothing is stored on error.',
  async run(args, io) {
    const file = args.positionals[0];
    await answerFromDatabase(
      args,
      io,
      (session) =>
        session.handlers['plan.import'](
          { formId: requiredString(args, 'form'), file: { path: file }, replace: flag(args, 'replace') },
          () => {},
        ),
      (result) =>
        io.stdout(
          `${result.assignments} assignments for ${result.interviewers} interviewers, ${result.target} interviews planned` +
            `${result.replaced ? ` (replaced a plan of ${result.replaced} assignments)` : ''}.\n`,
        ),
    );
  },
};

export const planShowCommand: Command = {
  name: 'plan show',
  summary: "a form's fieldwork plan",
  options: { ...dbOption, ...formOption, ...jsonOption },
  async run(args, io) {
    await answerFromDatabase(
      args,
      io,
      (session) => session.handlers['plan.get']({ formId: requiredString(args, 'form') }, () => {}),
      (plan) => {
        if (!plan.assignments.length) return io.stdout('The form has no plan.\n');
        const [header, ...rows] = plan.table;
        io.stdout(
          textTable(
            header.map((heading) => ({ heading, align: heading === 'target' || heading.startsWith('quota:') ? 'right' : 'left' })),
            rows,
          ),
        );
      },
    );
  },
};

export const planExportCommand: Command = {
  name: 'plan export',
  summary: "a form's fieldwork plan as a CSV table that imports again",
  options: { ...dbOption, ...formOption, out: { type: 'string', valueName: 'F.csv', required: true, description: 'where to write it' } },
  async run(args, io) {
    const out = requiredString(args, 'out');
    if (path.extname(out).toLowerCase() !== '.csv') throw codedError('bad-input', 'cli-plan-not-csv', { file: path.basename(out) });
    await withSession(
      args,
      async (session) => {
        const plan = await session.handlers['plan.get']({ formId: requiredString(args, 'form') }, () => {});
        await writeFileAtomically(out, new TextEncoder().encode(planCsv(plan.table)));
        if (process.platform !== 'win32') fs.chmodSync(out, 0o600);
        io.stdout(`${plan.assignments.length} assignments written to ${out}\n`);
      },
      false,
    );
  },
};

export const fieldworkProgressCommand: Command = {
  name: 'fieldwork progress',
  summary: 'per assignment and quota cell: finalized, drafts, over quota, remaining; and interviews outside the plan',
  options: { ...dbOption, ...formOption, ...includeDemoOption, ...jsonOption },
  async run(args, io) {
    await answerFromDatabase(
      args,
      io,
      (session) =>
        session.handlers['fieldwork.progress'](
          { formId: requiredString(args, 'form'), ...(flag(args, 'include-demo') ? { includeDemo: true } : {}) },
          () => {},
        ),
      (progress) => io.stdout(progressText(progress)),
    );
  },
};

function progressText(progress: FieldworkProgress): string {
  const rows = progress.assignments.map((a) => [
    a.id,
    a.interviewer,
    Object.values(a.location).join(', '),
    String(a.final),
    String(a.target),
    String(a.drafts),
    String(a.overQuota),
    String(a.remaining),
    a.quotas
      .map(
        (q) =>
          `${q.question}=${q.choice} ${q.final}/${q.target}${q.final > q.target ? ' over' : q.full ? ' full' : ''}${q.overQuota ? ` (+${q.overQuota} ended over quota)` : ''}`,
      )
      .join('; '),
  ]);
  const table = textTable(
    [
      { heading: 'id' },
      { heading: 'interviewer' },
      { heading: 'location' },
      { heading: 'done', align: 'right' },
      { heading: 'target', align: 'right' },
      { heading: 'drafts', align: 'right' },
      { heading: 'over quota', align: 'right' },
      { heading: 'left', align: 'right' },
      { heading: 'quotas' },
    ],
    rows,
  );
  const { totals } = progress;
  return (
    `${table}${totals.final} of ${totals.target} done, ${totals.drafts} drafts, ${totals.overQuota} ended over quota` +
    `${totals.rejected ? `, ${totals.rejected} rejected` : ''}, ${totals.remaining} to go; ${progress.outside} finalized outside the plan.\n`
  );
}
