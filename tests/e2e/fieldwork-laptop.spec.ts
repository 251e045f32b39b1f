/**
 * The plan travels to a laptop and the interviews come back: the lead imports a plan and sends Айгүл her package;
 * her laptop (a second database) imports it, shows her assignment on Home with its place in Kazakh, and interviews
 * from it until the quota of women is full, when the interview says so and ends politely. Her package goes back;
 * the lead merges it and sees the progress and a quality flag.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, projectRoot, startApp, test } from './fixtures';
import { cliJson, demoSeed } from './lead-helpers';

const INTERVIEWER = 'Айгүл Серікбаева';
/** A complete interview (as tests/fixtures/collect/session.ts has it) without its place, which the assignment gives. */
const PERSON: Record<string, string> = {
  consent: 'yes', settlement_type: 'rural',
  age: '42', gender: 'female', ethnicity: 'other', ethnicity_other: 'Дүнген', religion: 'islam',
  languages: 'kk ru other', languages_other: 'Дүнген тілі', education: 'higher',
  neighbours_other: 'yes',
  practice_asar: '3', practice_suyek: '2', practice_nauryz: '4', practice_kurban: '4', practice_family: '3', practice_business: '1',
  sd_kazakh: '1', sd_russian: '2', sd_uzbek: '2', sd_uyghur: '1', sd_dungan: '1', sd_tajik: '3', sd_chechen: '4', sd_chinese: '5',
  tol_01: '4', tol_02: '5', tol_03: '4', tol_04: '2', tol_05: '4', tol_06: '1', tol_07: '5', tol_08: '2', tol_09: '4', tol_10: '8',
  discrim_12m: 'yes', discrim_where: 'public other', discrim_where_other: 'Базарда',
  ethnomed_aware: 'yes', ethnomed_would_use: '3',
  trust_friendship: '4', trust_apk: '3', trust_ethnomed: '3', trust_elders: '4', trust_mothers: '4', trust_akimat: '2', trust_police: '2', trust_courts: '2',
};

function interviewFromAssignment(database: string, answers: Record<string, string>, stopAt?: string): string {
  const script = path.join(projectRoot, 'tests', 'e2e', 'scripts', 'interview-from-assignment.ts');
  const args = [database, 'tolerance_kz', 'zh', INTERVIEWER, JSON.stringify(answers), ...(stopAt ? [stopAt] : [])];
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: projectRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`interviewing from the assignment failed: ${result.stderr}`);
  return result.stdout.trim();
}

test('a plan goes to a laptop, the laptop fills a quota, its package comes back', async ({ page }) => {
  const lead = await startApp({ seed: demoSeed(30, 4) });
  let laptop: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    const plan = path.join(lead.folder, 'plan.csv');
    fs.writeFileSync(plan, `id,interviewer,region,district,settlement,target,quota:gender=female\nzh,${INTERVIEWER},turkistan,Сарыағаш ауданы,Жібек жолы ауылы,12,1\n`);
    cliJson(lead, ['plan', 'import', '--db', lead.database, '--form', 'tolerance_kz', '--replace', plan]);
    const planPackage = path.join(lead.folder, 'plan-aigul.kelisim');
    cliJson(lead, ['package', 'export', '--db', lead.database, '--form', 'tolerance_kz', '--to-interviewer', INTERVIEWER, '--out', planPackage, '--no-encryption']);

    let fast = '';
    let draft = '';
    laptop = await startApp({
      seed: (database, cli) => {
        for (const args of [['init', '--db', database], ['package', 'import', '--db', database, planPackage]]) {
          const run = cli(args);
          if (run.code !== 0) throw new Error(run.stderr);
        }
        // One woman interviewed already fills the quota of one; a second woman is begun, stopped at the gender question.
        fast = interviewFromAssignment(database, PERSON);
        draft = interviewFromAssignment(database, { consent: 'yes', age: '35' }, 'gender');
      },
    });
    await page.goto(laptop.url);
    const assignment = page.getByTestId('my-assignments').getByTestId('assignment');
    await expect(assignment).toHaveText(/Түркістан облысы, Сарыағаш ауданы, Жібек жолы ауылы — 1 \/ 12/);

    // Starting from the assignment fills in its place.
    await assignment.getByRole('button', { name: 'Осы жерде бастау' }).click();
    await expect(page.getByTestId('interview')).toBeVisible();
    const started = /#\/interview\/([0-9a-f-]{36})/.exec(page.url())![1];
    const fresh = cliJson<{ answers: Record<string, string> }>(laptop, ['responses', 'show', '--db', laptop.database, '--uuid', started]);
    expect(fresh.answers).toMatchObject({ region: 'turkistan', district: 'Сарыағаш ауданы', settlement: 'Жібек жолы ауылы' });

    // The begun interview: the respondent is a woman, and the quota of women here is full.
    await page.goto(laptop.url);
    await page.locator(`a[href="#/interview/${draft}"]`).click();
    await page.getByText('Әйел', { exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Бұл топ бойынша сұхбаттар жеткілікті');
    await expect(dialog).toContainText('«Жынысыңыз»: «Әйел»');
    await dialog.getByRole('button', { name: 'Алғыс айтып, аяқтау' }).click();
    await expect(page.getByTestId('forms-table')).toBeVisible();
    const progress = cliJson<{ assignments: { final: number; drafts: number; rejected: number }[] }>(laptop, ['fieldwork', 'progress', '--db', laptop.database, '--form', 'tolerance_kz']);
    expect(progress.assignments[0]).toMatchObject({ final: 1 });

    // The laptop's package goes to the lead, who sees the progress and the quality checks over it.
    const back = path.join(lead.folder, 'from-aigul.kelisim');
    cliJson(laptop, ['package', 'export', '--db', laptop.database, '--out', back, '--no-encryption']);
    cliJson(lead, ['package', 'import', '--db', lead.database, back]);
    const merged = cliJson<{ assignments: { id: string; final: number }[] }>(lead, ['fieldwork', 'progress', '--db', lead.database, '--form', 'tolerance_kz']);
    expect(merged.assignments.find((a) => a.id === 'zh')!.final).toBe(1);
    const quality = cliJson<{ responses: { uuid: string; flags: { check: string }[] }[] }>(lead, ['quality', '--db', lead.database, '--form', 'tolerance_kz']);
    // Answered in one go through the API, her first interview took no time at all: the speeding check flags it.
    expect(quality.responses.find((r) => r.uuid === fast)?.flags.map((f) => f.check)).toContain('speeding');
  } finally {
    await laptop?.stop();
    await lead.stop();
  }
});
