/**
 * src/report/xlsx/streaming-workbook.ts reaches into exceljs 4.4.0 internals to bound memory: the
 * worksheet writer's `stream` (a StreamBuf), its `pipes[0]` (the zip entry archiver reads from),
 * that entry's `_writableState.needDrain`, its 'drain' event and the StreamBuf's 'zipped' event.
 * The module degrades silently if they vanish (exports stay correct but hold whole sheets in
 * memory), so this test is what fails loudly when an exceljs upgrade changes them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/cli';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe('the exceljs internals the streaming workbook relies on', () => {
  it('is the exact exceljs version the package pins', () => {
    const pinned = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).dependencies.exceljs;
    const installed = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules/exceljs/package.json'), 'utf8')).version;
    expect(pinned).toBe('4.4.0');
    expect(installed).toBe(pinned);
  });

  it('exposes the sheet stream, its zip entry with needDrain and drain, and the zipped event', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-exceljs-'));
    folders.push(folder);
    const output = fs.createWriteStream(path.join(folder, 'probe.xlsx'));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    const sheet = writer.addWorksheet('probe');
    sheet.addRow(['a', 1]).commit();

    const stream = (sheet as unknown as { stream?: NodeJS.EventEmitter & { pipes?: unknown[] } }).stream;
    expect(stream, 'WorksheetWriter.stream is gone').toBeDefined();
    expect(typeof stream!.on).toBe('function');
    expect(Array.isArray(stream!.pipes), 'StreamBuf.pipes is gone').toBe(true);
    const entry = stream!.pipes![0] as { _writableState?: { needDrain?: unknown }; once?: unknown };
    expect(entry, 'the zip entry is not piped from the sheet stream').toBeDefined();
    expect(typeof entry._writableState?.needDrain, '_writableState.needDrain is gone').toBe('boolean');
    expect(typeof entry.once).toBe('function');

    const zipped = once(stream!, 'zipped');
    sheet.commit();
    await expect(
      Promise.race([zipped.then(() => 'zipped'), new Promise((resolve) => setTimeout(resolve, 5000, 'no zipped event'))]),
    ).resolves.toBe('zipped');
    await writer.commit();
  });
});
