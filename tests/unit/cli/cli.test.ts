import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../src/cli/commands';
import { kelisim, kelisimProcess } from '../../helpers/cli';
import { sha256File, tempFolder } from '../../helpers/temp';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => (temp = tempFolder()));
afterEach(() => temp.cleanup());

describe('the kelisim command line', () => {
  it('creates a database with init and reports it as one JSON document', () => {
    const db = temp.file('study.db');
    const run = kelisimProcess(['init', '--db', db, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ database: db, created: true });
    expect(result.deviceId).toMatch(/^dev-/);
    expect(run.stderr).toBe('');
    const again = kelisimProcess(['init', '--db', db, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: false, deviceId: result.deviceId });
  });

  it('answers an unknown command or flag with usage and exit code 2', async () => {
    const unknownCommand = kelisimProcess(['frobnicate']);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toMatch(/unknown command "frobnicate"/);
    expect(unknownCommand.stderr).toMatch(/Usage: kelisim COMMAND/);

    const unknownFlag = await kelisim('init', '--db', temp.file('a.db'), '--colour');
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toMatch(/unknown option --colour/);
    expect(unknownFlag.stderr).toMatch(/usage: kelisim init --db FILE/);
    expect(fs.existsSync(temp.file('a.db'))).toBe(false);

    const missing = await kelisim('init');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing option --db/);
  });

  it('prints help for every command and exits 0', async () => {
    for (const command of commands) {
      const run = await kelisim(...command.name.split(' '), '--help');
      expect(run.code, command.name).toBe(0);
      expect(run.stdout).toContain(`Usage: kelisim ${command.name}`);
    }
    const overview = await kelisim('--help');
    expect(overview.code).toBe(0);
    for (const command of commands) expect(overview.stdout).toContain(command.name);
  });

  it('refuses a damaged or foreign --db with one clear line, exit 2, the file unchanged', () => {
    const file = temp.file('answers.xlsx');
    fs.writeFileSync(file, Buffer.from('PK\x03\x04 not a database at all'));
    const before = sha256File(file);
    const run = kelisimProcess(['info', '--db', file]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/not a SQLite database/);
    expect(sha256File(file)).toBe(before);
  });

  it('names an unwritable location without creating anything', () => {
    const run = kelisimProcess(['init', '--db', temp.file('nowhere/study.db')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/does not exist/);
    expect(fs.readdirSync(temp.dir)).toEqual([]);
  });
});
