/**
 * A field laptop gets Kelisim as a package, not a repository: `npm pack` the build, install the tarball with
 * `npm install --omit=dev` into an empty folder (no TypeScript, no tsx, no electron-vite there), and do a lead's day
 * with the installed `kelisim`: a questionnaire and its respondents in, a breakdown by region (its numbers are R's,
 * tests/fixtures/analysis/crosstab.R), the workbook, an encrypted package from a laptop merged into the lead's
 * database, and browser mode.
 *
 * Slow by nature: better-sqlite3 has no prebuilt binary reachable here, so npm compiles it (node-gyp, about two
 * minutes of CPU; JOBS=max uses both cores). The npm cache is reused (--prefer-offline).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../fixtures/form/workbook';
import { importableSurveyCsv, surveyFormSheets } from '../../fixtures/analysis/survey-form';
import { expectRelative, rReference } from '../../unit/analysis/references';
import { projectRoot } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';

const INSTALL_MINUTES = 25;
let temp: ReturnType<typeof tempFolder>;
let app: string;
let kelisimBin: string;

function run(args: string[], options: { expectCode?: number } = {}): { stdout: string; stderr: string } {
  const result = spawnSync(kelisimBin, args, {
    cwd: app,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, KELISIM_NO_OPEN: '1' },
  });
  expect(result.status, `kelisim ${args.join(' ')}\n${result.stderr}`).toBe(options.expectCode ?? 0);
  return { stdout: result.stdout, stderr: result.stderr };
}

beforeAll(
  () => {
    const builtCli = path.join(projectRoot, 'out', 'cli', 'kelisim.js');
    if (!fs.existsSync(builtCli)) throw new Error(`${builtCli} is missing: run "npm run build" first (npm test does)`);
    temp = tempFolder('kelisim-install-');
    const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', temp.dir], { cwd: projectRoot, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const [{ filename, files }] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    // The tarball holds the build and the bundled survey, not the sources.
    expect(files.some((file) => file.path === 'out/cli/kelisim.js')).toBe(true);
    expect(files.some((file) => file.path.startsWith('src/'))).toBe(false);

    app = path.join(temp.dir, 'laptop');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), '{ "name": "field-laptop", "private": true }\n');
    const started = performance.now();
    const install = spawnSync(
      'npm',
      ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', path.join(temp.dir, filename)],
      {
        cwd: app,
        encoding: 'utf8',
        // No prebuilt binary can be downloaded here: compile at once instead of waiting on the attempt.
        env: { ...process.env, JOBS: 'max', npm_config_build_from_source: 'true' },
        timeout: INSTALL_MINUTES * 60_000,
      },
    );
    expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
    console.log(`npm install --omit=dev of the packed tarball: ${((performance.now() - started) / 1000).toFixed(0)} s`);
    kelisimBin = path.join(app, 'node_modules', '.bin', process.platform === 'win32' ? 'kelisim.cmd' : 'kelisim');
  },
  INSTALL_MINUTES * 60_000 + 60_000,
);
afterAll(() => temp?.cleanup());

describe('Kelisim installed from its tarball with npm install --omit=dev', () => {
  it('installs the running app and nothing of the development tools', () => {
    const modules = fs.readdirSync(path.join(app, 'node_modules'));
    for (const tool of ['tsx', 'typescript', 'electron', 'electron-vite', 'vite', 'vitest', 'svelte', 'esbuild', 'playwright-core']) {
      expect(modules, tool).not.toContain(tool);
    }
    const listed = spawnSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: app, encoding: 'utf8' });
    expect(listed.status, listed.stderr).toBe(0);
    const version = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).version as string;
    expect(run(['--version']).stdout.trim()).toBe(version);
    expect(run(['--help']).stdout).toMatch(/Usage: kelisim COMMAND/);
  });

  it("takes a questionnaire and its respondents, and breaks them down by region with R's numbers", async () => {
    fs.writeFileSync(path.join(app, 'survey.xlsx'), await buildWorkbook(surveyFormSheets));
    fs.writeFileSync(path.join(app, 'survey.csv'), importableSurveyCsv());
    run(['init', '--db', 'laptop.db']);
    run(['form', 'import', '--db', 'laptop.db', 'survey.xlsx']);
    expect(
      JSON.parse(run(['responses', 'import', '--db', 'laptop.db', '--form', 'reference_survey', 'survey.csv', '--json']).stdout),
    ).toMatchObject({ imported: 60, skipped: 0 });

    const breakdown = JSON.parse(
      run(['analyze', 'breakdown', '--db', 'laptop.db', '--form', 'reference_survey', '--by', 'region', '--json']).stdout,
    );
    const trust = breakdown.items.find((item: { row: string }) => item.row === 'trust');
    const expected = rReference('crosstab').trustByRegion;
    expect(trust.counts).toEqual(expected.counts);
    expectRelative(trust.chiSquare, expected.chiSquare);
    expectRelative(trust.p, expected.p);
    expectRelative(trust.cramersV, expected.cramersV);

    run(['report', '--db', 'laptop.db', '--form', 'reference_survey', '--by', 'region', '--out', 'report.xlsx']);
    expect(fs.readFileSync(path.join(app, 'report.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(JSON.parse(run(['check', '--db', 'laptop.db', '--json']).stdout)).toMatchObject({ state: 'ok' });
  });

  it("sends the laptop's responses as an encrypted package that the lead merges", () => {
    fs.writeFileSync(path.join(app, 'passphrase.txt'), 'field-2026-accord\n');
    run(['demo', '--db', 'lead.db', '--responses', '20', '--seed', '3']);
    run(['package', 'export', '--db', 'laptop.db', '--out', 'laptop.kelisim', '--passphrase-file', 'passphrase.txt']);
    const merged = JSON.parse(
      run(['package', 'import', '--db', 'lead.db', 'laptop.kelisim', '--passphrase-file', 'passphrase.txt', '--json']).stdout,
    );
    expect(JSON.stringify(merged)).toMatch(/"added":60\b/);
    const info = JSON.parse(run(['info', '--db', 'lead.db', '--json']).stdout) as { forms: { formId: string; finals: number }[] };
    expect(info.forms.find((form) => form.formId === 'reference_survey')?.finals).toBe(60);
  });

  it('serves browser mode, hands a second start the running server, and stops on Ctrl+C', async () => {
    const database = path.join(app, 'lead.db');
    const server = spawn(kelisimBin, ['serve', '--db', database, '--no-open'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL from kelisim serve:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      server.stdout.on('data', read);
      server.stderr.on('data', read);
    });
    const base = new URL(url);
    const token = base.hash.replace('#token=', '');
    expect((await fetch(new URL('/', base))).status).toBe(200);
    const favicon = await fetch(new URL('/favicon.svg', base));
    expect([favicon.status, favicon.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
    const info = await fetch(new URL('/api/app.info', base), { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
    expect(await info.text()).toContain(JSON.stringify(database).slice(1, -1));

    const second = run(['serve', '--db', database, '--no-open']);
    expect(second.stdout).toContain(`Open: ${url}`);
    expect(second.stdout).toMatch(/already serves/);

    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toMatch(/Kelisim stopped/);
    expect(fs.existsSync(`${database}.serve.json`)).toBe(false);
  });
});
