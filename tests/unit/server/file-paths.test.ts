/**
 * A page that finds browser mode's port (or a bug in the interface) must not be able to read or overwrite files by
 * naming them: every API call naming a path is refused with 400 and a coded error, the file is neither written nor
 * read, and outputs go to Kelisim's own folders instead. The CLI keeps its path arguments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../../src/app/session';
import { callOverHttp, serveStudyInBrowserMode } from '../../helpers/browser-mode';
import { kelisim } from '../../helpers/cli';
import { BUNDLED_SURVEY } from '../../../src/demo/seed';

const study = serveStudyInBrowserMode({
  // A study with responses: the bundled survey and practice data from the CLI, one field response imported.
  seed: async (database) => expect((await kelisim('demo', '--db', database, '--responses', '5', '--seed', '3')).code).toBe(0),
});
const { temp } = study;
const database = () => temp.file('study.db');
const call = (name: string, args: unknown) => callOverHttp(study.server, name, args);

describe('file paths through the browser-mode API', () => {
  it('packages.export with an "out" path is refused with 400 and the file is left alone', async () => {
    const victim = temp.file('precious.txt');
    fs.writeFileSync(victim, "the user's own notes");
    const { status, last } = await call('packages.export', { out: victim });
    expect(status).toBe(400);
    expect(last.error).toMatchObject({ kind: 'bad-input', code: 'path-from-interface', params: { argument: 'out' } });
    expect(fs.readFileSync(victim, 'utf8')).toBe("the user's own notes");
  });

  it('responses.import, forms.import and packages.inspect/import naming a file are refused without reading it', async () => {
    const secret = temp.file('secret.csv');
    fs.writeFileSync(secret, 'PASSWORD=hunter2\n');
    for (const [name, args] of [
      ['responses.import', { formId: 'tolerance_kz', file: { path: secret } }],
      ['forms.import', { file: { path: secret } }],
      ['designer.import', { file: { path: secret } }],
      ['packages.inspect', { file: { path: secret } }],
      ['packages.import', { files: [{ path: secret }] }],
    ] as const) {
      const { status, last } = await call(name, args);
      expect(status, name).toBe(400);
      expect(last.error?.code, name).toBe('path-from-interface');
      expect(JSON.stringify(last), name).not.toContain('hunter2');
    }
  });

  it('exports naming an output are refused; without one they go to a new file in kelisim-exports', async () => {
    for (const [name, args] of [
      ['report.csv', { formId: 'tolerance_kz', outPath: temp.file('x.csv') }],
      ['report.workbook', { formId: 'tolerance_kz', outPath: temp.file('x.xlsx') }],
      ['report.spss', { formId: 'tolerance_kz', outFolder: temp.dir }],
      ['forms.export', { formId: 'tolerance_kz', outPath: temp.file('form.xlsx') }],
    ] as const) {
      const { status, last } = await call(name, args);
      expect(status, name).toBe(400);
      expect(last.error?.code, name).toBe('path-from-interface');
    }
    expect(fs.existsSync(temp.file('x.csv'))).toBe(false);

    const { status, last } = await call('report.csv', { formId: 'tolerance_kz', includeDemo: true });
    expect(status).toBe(200);
    const written = last.value as { path: string; responses: number };
    expect(path.dirname(written.path)).toBe(path.join(temp.dir, 'kelisim-exports'));
    expect(written.responses).toBe(5);
  });

  it('a package without a path is written to kelisim-packages', async () => {
    const { status, last } = await call('packages.export', { unencrypted: true });
    expect(status).toBe(200);
    expect(path.dirname((last.value as { file: string }).file)).toBe(path.join(temp.dir, 'kelisim-packages'));
  });

  it('demo.seed is not reachable from the interface', async () => {
    const { status, last } = await call('demo.seed', { responses: 1_000_000, seed: 1 });
    expect(status).toBe(400);
    expect(last.error?.code).toBe('demo-seed-cli-only');
  });

  it('a file handed over as bytes is still taken', async () => {
    const bytes = fs.readFileSync(BUNDLED_SURVEY());
    const response = await fetch(`http://127.0.0.1:${study.server.port}/api/forms.import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${study.server.token}` },
      body: JSON.stringify({ file: { name: 'tolerance-kz.xlsx', bytes: { $bytes: bytes.toString('base64') } } }),
    });
    expect(response.status).toBe(200);
  });
});

describe('the desktop window (IPC)', () => {
  it('is held to the same rule: the transport decides, not the caller', async () => {
    const desktop = await openSession({ databasePath: temp.file('desktop.db'), transport: 'electron' });
    try {
      const victim = temp.file('desktop-victim.txt');
      fs.writeFileSync(victim, 'keep me');
      const refused = await desktop.handlers['packages.export']({ out: victim }, () => {}).catch((error: unknown) => error);
      expect(refused).toMatchObject({ kind: 'bad-input', code: 'path-from-interface' });
      expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
      const read = await desktop.handlers['responses.import']({ formId: 'x', file: { path: victim } }, () => {}).catch(
        (error: unknown) => error,
      );
      expect(read).toMatchObject({ code: 'path-from-interface' });
    } finally {
      desktop.close();
    }
  });
});

describe('the command line', () => {
  it('keeps its path arguments', async () => {
    const out = temp.file('cli.csv');
    const run = await kelisim('export', 'csv', '--db', database(), '--form', 'tolerance_kz', '--out', out, '--include-demo', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  });
});
