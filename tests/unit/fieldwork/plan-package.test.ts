/**
 * The lead sends each interviewer their part of the plan: one package per interviewer, which a laptop imports
 * like any package. The laptop then holds the form and exactly that interviewer's assignments; a newer package
 * replaces them; a package whose plan is malformed is refused whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';
import { checkCarriedPlan } from '../../../src/exchange/carried-plan';
import type { PackageFormVersion } from '../../../src/api/spec';

const temp = tempFolder();
const lead = temp.file('lead.db');
afterAll(() => temp.cleanup());

const json = async (...argv: string[]) => {
  const run = await kelisim(...argv, '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};

function writePlan(name: string, lines: string[][]): string {
  const file = temp.file(name);
  fs.writeFileSync(file, lines.map((line) => line.join(',')).join('\n') + '\n');
  return file;
}

const PLAN = [
  ['id', 'interviewer', 'region', 'target', 'quota:gender=female'],
  ['a1', 'Айгүл Серікбаева', 'turkistan', '12', '6'],
  ['a2', 'Айгүл Серікбаева', 'almaty_reg', '8', '4'],
  ['b1', 'Ivan Petrov', 'astana', '10', '5'],
];

beforeAll(async () => {
  expect((await kelisim('demo', '--db', lead, '--responses', '5', '--seed', '1')).code).toBe(0);
  await json('plan', 'import', '--db', lead, '--form', 'tolerance_kz', writePlan('plan.csv', PLAN));
});

describe('plan packages from the lead to the laptops', () => {
  it('writes one file per interviewer and a laptop imports only its own assignments', async () => {
    const folder = temp.file('out');
    fs.mkdirSync(folder);
    const written = await json(
      'package',
      'export',
      '--db',
      lead,
      '--form',
      'tolerance_kz',
      '--to-interviewers',
      '--out-dir',
      folder,
      '--no-encryption',
    );
    expect(written.packages.map((p: { manifest: { recipient: string } }) => p.manifest.recipient).sort()).toEqual([
      'Ivan Petrov',
      'Айгүл Серікбаева',
    ]);
    expect(fs.readdirSync(folder).sort()).toEqual(['plan-tolerance_kz-Ivan-Petrov.kelisim', 'plan-tolerance_kz-Айгүл-Серікбаева.kelisim']);

    const laptop = temp.file('laptop.db');
    await json('init', '--db', laptop);
    const imported = await json('package', 'import', '--db', laptop, path.join(folder, 'plan-tolerance_kz-Айгүл-Серікбаева.kelisim'));
    expect(imported.forms).toBeGreaterThan(0);
    expect(imported.packages[0].plan).toEqual({ formId: 'tolerance_kz', interviewer: 'Айгүл Серікбаева', assignments: 2 });
    const plan = await json('plan', 'show', '--db', laptop, '--form', 'tolerance_kz');
    expect(plan.assignments.map((a: { id: string }) => a.id)).toEqual(['a1', 'a2']);
    expect(plan.assignments[0]).toMatchObject({
      target: 12,
      location: { region: 'turkistan' },
      quotas: [{ question: 'gender', choice: 'female', target: 6 }],
    });

    // The lead moves a2 to Ivan and sends Айгүл a new package: her copy loses a2, Ivan's (on the same laptop) is untouched.
    await json('package', 'import', '--db', laptop, path.join(folder, 'plan-tolerance_kz-Ivan-Petrov.kelisim'));
    const moved = PLAN.map((row) => (row[0] === 'a2' ? ['a2', 'Ivan Petrov', ...row.slice(2)] : row));
    await json('plan', 'import', '--db', lead, '--form', 'tolerance_kz', '--replace', writePlan('moved.csv', moved));
    const again = temp.file('again.kelisim');
    await json(
      'package',
      'export',
      '--db',
      lead,
      '--form',
      'tolerance_kz',
      '--to-interviewer',
      'Айгүл Серікбаева',
      '--out',
      again,
      '--no-encryption',
    );
    await json('package', 'import', '--db', laptop, again);
    const after = await json('plan', 'show', '--db', laptop, '--form', 'tolerance_kz');
    expect(after.assignments.map((a: { id: string; interviewer: string }) => `${a.id} ${a.interviewer}`).sort()).toEqual([
      'a1 Айгүл Серікбаева',
      'b1 Ivan Petrov',
    ]);
  });

  it('refuses an interviewer the plan does not name, writing nothing', async () => {
    const out = temp.file('nobody.kelisim');
    const run = await kelisim(
      'package',
      'export',
      '--db',
      lead,
      '--form',
      'tolerance_kz',
      '--to-interviewer',
      'Nobody',
      '--out',
      out,
      '--no-encryption',
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Nobody');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('checks a carried plan against its recipient and the form', () => {
    const versions = [{ formId: 'f', fields: ['region', 'gender'] }] as PackageFormVersion[];
    const good = {
      formId: 'f',
      interviewer: 'A',
      assignments: [
        { id: '1', interviewer: 'A', target: 3, location: { region: 'x' }, quotas: [{ question: 'gender', choice: 'f', target: 1 }] },
      ],
    };
    expect(checkCarriedPlan(good, 'A', versions).problems).toEqual([]);
    expect(checkCarriedPlan(good, 'B', versions).problems).toHaveLength(1);
    expect(
      checkCarriedPlan({ ...good, assignments: [{ ...good.assignments[0], location: { shoe: 'x' } }] }, 'A', versions).problems,
    ).toHaveLength(1);
    expect(checkCarriedPlan({ ...good, assignments: [{ ...good.assignments[0], interviewer: 'B' }] }, 'A', versions).problems).toHaveLength(
      1,
    );
    expect(checkCarriedPlan({ ...good, assignments: [{ ...good.assignments[0], target: -1 }] }, 'A', versions).problems).toHaveLength(1);
    expect(checkCarriedPlan(undefined, 'A', versions).problems).toHaveLength(1);
    expect(checkCarriedPlan(undefined, undefined, versions).problems).toEqual([]);
  });
});
