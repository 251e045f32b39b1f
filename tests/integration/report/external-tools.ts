/** PSPP and LibreOffice as the report tests run them, and a CSV reader for what they print. */
import { spawnSync } from 'node:child_process';

/** The first of these commands found on PATH, or undefined. */
export function findTool(...names: string[]): string | undefined {
  for (const name of names) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** PSPP's CSV output ("Table: Name" then the table's rows) as tables by name. */
export function psppTables(output: string): Map<string, string[][]> {
  const tables = new Map<string, string[][]>();
  for (const block of output.split(/\n(?=Table: )/)) {
    const [title, ...rest] = block.split('\n');
    if (!title.startsWith('Table: ')) continue;
    tables.set(
      title.slice('Table: '.length).trim(),
      parseCsv(rest.join('\n')).filter((row) => row.some(Boolean)),
    );
  }
  return tables;
}
