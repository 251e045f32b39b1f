/**
 * An interview's event log travels with it: a laptop interviews, finalizes and sends; the lead's
 * database then holds the same log. The laptop corrects the interview and sends everything again:
 * the lead gains only the new events, each once. A package whose log is malformed is refused whole,
 * with the response and the reason, and the lead's database keeps what it had.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../../../src/app/session';
import { BUNDLED_SURVEY } from '../../../src/demo/seed';
import { openPackage, sealPackage } from '../../../src/exchange/container';
import type { PackageContent } from '../../../src/exchange/content';
import { installationKey } from '../../../src/store/installation';
import { KelisimError } from '../../../src/common/errors';
import type { ApiArgs, ApiName, ApiResult } from '../../../src/api/spec';
import { COMPLETE_INTERVIEW } from '../../fixtures/collect/session';
import { sha256File, tempFolder } from '../../helpers/temp';

const temp = tempFolder('kelisim-paradata-packages-');
const ANCHOR = Date.UTC(2026, 11, 4, 10, 0, 0);
let laptop: Session;
let lead: Session;
let uuid: string;

const call = <K extends ApiName>(session: Session, name: K, args: ApiArgs<K>) =>
  (session.handlers[name] as (a: ApiArgs<K>, p: () => void) => Promise<ApiResult<K>>)(args, () => {});

async function sendFromLaptop(name: string): Promise<string> {
  const out = temp.file(name);
  await call(laptop, 'packages.export', { out, unencrypted: true });
  return out;
}

const importAtLead = (file: string) => call(lead, 'packages.import', { files: [{ path: file }] });
const logAt = async (session: Session) => (await call(session, 'interviews.paradata', { uuid })).events;

beforeAll(async () => {
  laptop = await openSession({ databasePath: temp.file('laptop.db'), transport: 'cli' });
  lead = await openSession({ databasePath: temp.file('lead.db'), transport: 'cli' });
  await call(laptop, 'forms.import', { file: { path: BUNDLED_SURVEY() } });
  await call(laptop, 'settings.update', { interviewer: 'Айгүл Серікқызы' });
  ({ uuid } = await call(laptop, 'interviews.start', { formId: 'tolerance_kz' }));
  await call(laptop, 'interviews.save', {
    uuid,
    position: 'consent',
    paradata: { anchor: ANCHOR, at: 20, events: [{ event: 'start', at: 10 }] },
  });
  await call(laptop, 'interviews.save', {
    uuid,
    answers: COMPLETE_INTERVIEW,
    position: 'comments',
    paradata: {
      anchor: ANCHOR,
      at: 600_000,
      events: [
        { event: 'question', question: 'consent', at: 20, end: 4_000 },
        { event: 'jump', old: 'consent', new: 'comments', at: 590_000 },
      ],
    },
  });
  await call(laptop, 'interviews.finalize', { uuid, paradata: { anchor: ANCHOR, at: 610_000 } });
});
afterAll(() => {
  laptop.close();
  lead.close();
  temp.cleanup();
});

describe('the event log in packages', () => {
  it("arrives with the response: the lead holds the laptop's log event for event", async () => {
    const first = await sendFromLaptop('first.kelisim');
    const content = JSON.parse((await openPackage(fs.readFileSync(first), first)).json) as PackageContent;
    expect(content.responses[0].paradata).toEqual(await logAt(laptop));
    expect((await importAtLead(first)).added).toBe(1);
    expect(await logAt(lead)).toEqual(await logAt(laptop));
  });

  it('merges a later package without doubling what came before, and a package brought again changes nothing', async () => {
    await call(laptop, 'interviews.reopen', {
      uuid,
      paradata: { anchor: ANCHOR + 3_600_000, at: 50, events: [{ event: 'resume', at: 40 }] },
    });
    await call(laptop, 'interviews.save', { uuid, answers: { age: '43' }, paradata: { anchor: ANCHOR + 3_600_000, at: 9_000 } });
    await call(laptop, 'interviews.finalize', { uuid, paradata: { anchor: ANCHOR + 3_600_000, at: 12_000 } });
    const laptopLog = await logAt(laptop);
    // start, answers, question, jump, finalize; then resume, reopen, the corrected age, finalize.
    const answered = Object.keys(COMPLETE_INTERVIEW).length;
    expect(laptopLog).toHaveLength(1 + answered + 3 + 4);
    expect(laptopLog.slice(-4).map((e) => [e.event, e.question, e.old, e.new])).toEqual([
      ['resume', null, null, null],
      ['reopen', null, null, null],
      ['answer', 'age', '42', '43'],
      ['finalize', null, null, null],
    ]);

    const second = await sendFromLaptop('second.kelisim');
    expect((await importAtLead(second)).updated).toBe(1);
    expect(await logAt(lead)).toEqual(laptopLog);
    await importAtLead(temp.file('first.kelisim'));
    expect(await logAt(lead)).toEqual(laptopLog);
  });

  it('refuses a package whose log is malformed, naming the response and why, and writes nothing', async () => {
    const second = temp.file('second.kelisim');
    const content = JSON.parse((await openPackage(fs.readFileSync(second), second)).json) as PackageContent;
    const log = content.responses[0].paradata!;
    const cases: [string, (events: unknown[]) => unknown, string][] = [
      ['repeated.kelisim', (events) => [...events, events[0]], 'package-paradata-repeated'],
      [
        'unknown-event.kelisim',
        (events) => [{ ...(events[0] as object), seq: 999, event: 'teleport' }, ...events],
        'package-paradata-malformed',
      ],
      ['not-a-list.kelisim', () => ({ events: [] }), 'package-paradata-malformed'],
      [
        'ends-before-start.kelisim',
        (events) => [{ ...(events[0] as object), seq: 998, event: 'question', offset: 10, end: 5 }],
        'package-paradata-malformed',
      ],
    ];
    for (const [name, change, code] of cases) {
      const tampered = { ...content, responses: [{ ...content.responses[0], paradata: change(log) }] };
      const file = temp.file(name);
      // Signed with the laptop's own key: a log is checked for what it says, not only for who sent it.
      fs.writeFileSync(file, await sealPackage(JSON.stringify(tampered), installationKey(laptop.db)));
      const before = sha256File(temp.file('lead.db'));
      const error = await importAtLead(file).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(KelisimError);
      expect((error as KelisimError).code).toBe('package-content-refused');
      expect((error as KelisimError).problems.map((p) => p.code)).toEqual([code]);
      expect((error as KelisimError).problems[0].message).toContain(uuid);
      expect(sha256File(temp.file('lead.db'))).toBe(before);
    }
  });
});
