/**
 * One browser-mode server per database: the running one writes `DATABASE.serve.json` beside the database (its
 * process, port and token; readable by this user only, as the token opens the API), and a second `kelisim serve`
 * on the same database finds it, asks it which database it serves, and hands out its URL instead of starting again.
 */
import fs from 'node:fs';
import http from 'node:http';

export interface InstanceRecord {
  pid: number;
  port: number;
  token: string;
  url: string;
  database: string;
  startedAt: string;
}

export function instanceFile(databasePath: string): string {
  return `${databasePath}.serve.json`;
}

/** The server already serving this database, or undefined (no file, a stale one, or another program on the port). */
export async function findRunningInstance(databasePath: string): Promise<InstanceRecord | undefined> {
  let record: InstanceRecord;
  try {
    record = JSON.parse(fs.readFileSync(instanceFile(databasePath), 'utf8')) as InstanceRecord;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(record.pid) || !Number.isInteger(record.port) || typeof record.token !== 'string' || !isAlive(record.pid))
    return undefined;
  const served = await askServedDatabase(record.port, record.token);
  return served === record.database && served === databasePath ? record : undefined;
}

export function writeInstanceRecord(record: InstanceRecord): void {
  const file = instanceFile(record.database);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/** Removes the record if it is still this process's (a later server may have replaced a stale one). */
export function removeInstanceRecord(databasePath: string, pid = process.pid): void {
  const file = instanceFile(databasePath);
  try {
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as InstanceRecord;
    if (record.pid === pid) fs.rmSync(file, { force: true });
  } catch {
    // Already gone or unreadable: nothing of ours to remove.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** POST /api/app.info with the token; the database path it answers, or undefined. */
function askServedDatabase(port: number, token: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/app.info',
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        timeout: 2000,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          if (response.statusCode !== 200) return resolve(undefined);
          for (const line of body.split('\n')) {
            try {
              const message = JSON.parse(line) as { type?: string; value?: { database?: unknown } };
              if (message.type === 'result' && typeof message.value?.database === 'string') return resolve(message.value.database);
            } catch {
              // not a JSON line: keep looking
            }
          }
          resolve(undefined);
        });
      },
    );
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
    request.end('{}');
  });
}
