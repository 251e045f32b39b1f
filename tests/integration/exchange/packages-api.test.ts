/**
 * The merge screen and the "Send data" button call the same handlers as the CLI: files arrive as
 * bytes picked in the browser, and long work reports its phases for a progress bar.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../../../src/app/session';
import { startServer, type RunningServer } from '../../../src/server/server';
import { fromWireJson, toWireJson } from '../../../src/api/spec/wire';
import type { Progress } from '../../../src/common/progress';
import { KelisimError } from '../../../src/common/errors';
import { tempFolder } from '../../helpers/temp';
import { interview, openLaptop } from './field-study';
import { answerCall } from '../../../src/api/answer-call';

const temp = tempFolder('kelisim-packages-api-');
let laptop: Session;
let lead: Session;
let server: RunningServer;
/** The package "Send data" wrote: the interface names no file, so it is wherever the core put it. */
let sentFile: string;
const day = Date.UTC(2026, 9, 5, 9);

beforeAll(async () => {
  const db = openLaptop(temp.file('laptop.db'), 'dev-laptop-a');
  for (let i = 0; i < 3; i++) interview(db, 'Aigerim', { region: 'almaty', age: String(40 + i) }, day + i * 3_600_000);
  db.close();
  laptop = await openSession({ databasePath: temp.file('laptop.db'), transport: 'electron' });
  lead = await openSession({ databasePath: temp.file('lead.db'), transport: 'browser' });
  fs.mkdirSync(temp.file('renderer'));
  fs.writeFileSync(temp.file('renderer/index.html'), '<!doctype html>');
  server = await startServer({ handlers: lead.handlers, rendererDir: temp.file('renderer') });
});

afterAll(async () => {
  await server.close();
  laptop.close();
  lead.close();
  temp.cleanup();
});

function recorder() {
  const seen: Progress[] = [];
  return { seen, report: (progress: Progress) => seen.push(progress), phases: () => [...new Set(seen.map((p) => p.phase))] };
}

describe('the packages API', () => {
  it('sends data from a laptop: writes the package into kelisim-packages and says what went', async () => {
    const progress = recorder();
    const sent = await laptop.handlers['packages.export']({ passphrase: 'steppe wind 2026' }, progress.report);
    sentFile = sent.file;
    expect(path.dirname(sentFile)).toBe(temp.file('kelisim-packages'));
    expect(sent).toMatchObject({ encrypted: true, manifest: { responses: 3, deviceId: 'dev-laptop-a' } });
    expect(sent.bytes).toBe(fs.statSync(sentFile).size);
    expect(progress.phases()).toEqual(['read', 'write']);
    const history = await laptop.handlers['packages.history']({}, () => {});
    expect(history.exports).toMatchObject([
      { file: sentFile, responses: 3, encrypted: true, scope: { formId: null, includeDrafts: false, afterChangeSeq: 0 } },
    ]);
  });

  it('merges a package handed over as bytes, reporting read, validate, backup and merge', async () => {
    const bytes = new Uint8Array(fs.readFileSync(sentFile));
    const summary = await lead.handlers['packages.inspect'](
      { file: { name: 'send.kelisim', bytes }, passphrase: 'steppe wind 2026' },
      () => {},
    );
    expect(summary).toMatchObject({ file: 'send.kelisim', encrypted: true, responses: { total: 3, final: 3, draft: 0 } });

    const progress = recorder();
    const result = await lead.handlers['packages.import'](
      { files: [{ name: 'send.kelisim', bytes }], passphrase: 'steppe wind 2026' },
      progress.report,
    );
    expect(result).toMatchObject({
      added: 3,
      updated: 0,
      duplicates: 0,
      conflicts: 0,
      forms: 1,
      packages: [{ file: 'send.kelisim', deviceId: 'dev-laptop-a', responses: 3 }],
    });
    expect(progress.phases()).toEqual(['read', 'validate', 'backup', 'merge']);
    expect(progress.seen.at(-1)).toEqual({ phase: 'merge', done: 3, total: 3 });
  });

  it('answers over HTTP, bytes and all, with progress lines before the result', async () => {
    const bytes = new Uint8Array(fs.readFileSync(sentFile));
    const response = await fetch(`http://127.0.0.1:${server.port}/api/packages.import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
      body: toWireJson({ files: [{ name: 'again.kelisim', bytes }], passphrase: 'steppe wind 2026' }),
    });
    const messages = (await response.text())
      .trim()
      .split('\n')
      .map((line) => fromWireJson(line) as { type: string; value?: unknown });
    expect(messages.filter((m) => m.type === 'progress').length).toBeGreaterThan(3);
    expect(messages.at(-1)).toMatchObject({ type: 'result', value: { added: 0, duplicates: 3 } });
  });

  it('marks a refusal for a missing or wrong passphrase so the merge screen asks for one', async () => {
    const bytes = new Uint8Array(fs.readFileSync(sentFile));
    const answer = async (passphrase?: string) => {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/packages.inspect`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.token}` },
        body: toWireJson({ file: { name: 'send.kelisim', bytes }, ...(passphrase ? { passphrase } : {}) }),
      });
      return fromWireJson((await response.text()).trim()) as { type: string; error?: { kind: string; reason?: string } };
    };
    expect(await answer()).toMatchObject({ type: 'error', error: { kind: 'bad-input', reason: 'passphrase-needed' } });
    expect(await answer('not the passphrase')).toMatchObject({ type: 'error', error: { kind: 'bad-input', reason: 'passphrase-wrong' } });
  });

  it('refuses malformed calls as bad input', async () => {
    await expect(lead.handlers['packages.resolve']({ uuid: 'x', keep: 'both' as never }, () => {})).rejects.toThrow(
      /keep must be "current" or "incoming"/,
    );
    await expect(lead.handlers['packages.import']({ files: [] }, () => {})).rejects.toBeInstanceOf(KelisimError);
    await expect(lead.handlers['packages.inspect']({ file: { name: 'x' } as never }, () => {})).rejects.toThrow(/a name and its bytes/);
    await expect(lead.handlers['packages.import']({ files: ['a.kelisim'] as never }, () => {})).rejects.toThrow(/a name and its bytes/);
    await expect(lead.handlers['packages.export']({ out: '' }, () => {})).rejects.toThrow(/cannot name a file on this computer/);
    // A wrong type is refused where calls come in from a page, before the handler (src/api/arguments.ts).
    expect(await answerCall(lead.handlers, 'packages.export', { sinceLast: 'false' }, () => {})).toMatchObject({
      ok: false,
      error: { kind: 'bad-input', code: 'api-bad-arguments', params: { call: 'packages.export', path: 'sinceLast' } },
    });
  });
});
