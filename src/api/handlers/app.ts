import fs from 'node:fs';
import path from 'node:path';
import type { ApiContext } from '../context';
import type { AppApi, HandlersOf, IntegrityStatus, UiLanguage, UserSettings } from '../spec';
import { getSetting, setSetting } from '../../store/settings';
import { appliedMigrations, integrityProblems } from '../../store/database';
import { codedError } from '../../common/errors';
import { deviceId } from '../../store/installation';
import { quickCheckInThread } from '../../store/integrity-thread';

const UI_LANGUAGES: readonly UiLanguage[] = ['kk', 'ru', 'en'];

export function readUserSettings(ctx: ApiContext): UserSettings {
  const language = getSetting(ctx.db, 'ui_language');
  return {
    interviewer: getSetting(ctx.db, 'interviewer') ?? '',
    uiLanguage: UI_LANGUAGES.includes(language as UiLanguage) ? (language as UiLanguage) : 'kk',
    lastLocation: JSON.parse(getSetting(ctx.db, 'last_location') ?? '{}') as Record<string, string>,
  };
}

/** Runs PRAGMA quick_check over the whole file and remembers the outcome for app.info. */
export function checkDatabaseNow(ctx: ApiContext): IntegrityStatus {
  const started = performance.now();
  return remember(ctx, integrityProblems(ctx.db), started);
}

/**
 * The same check in a thread of its own with its own read-only connection, so that requests and IPC calls are
 * answered while it reads every page; in this thread when no other can run it (an in-memory database, no entry).
 */
export async function checkDatabaseInThread(ctx: ApiContext): Promise<IntegrityStatus> {
  const started = performance.now();
  const problems = await quickCheckInThread(ctx.databasePath);
  if (!ctx.db.open) return ctx.integrity ?? { state: 'not-checked', problems: [] };
  return remember(ctx, problems ?? integrityProblems(ctx.db), started);
}

function remember(ctx: ApiContext, problems: string[], started: number): IntegrityStatus {
  ctx.integrity = {
    state: problems.length ? 'damaged' : 'ok',
    problems,
    checkedAt: new Date().toISOString(),
    seconds: (performance.now() - started) / 1000,
  };
  return ctx.integrity;
}

export function appHandlers(ctx: ApiContext): HandlersOf<AppApi> {
  return {
    'app.info': async () => ({
      appVersion: ctx.appVersion,
      database: ctx.databasePath,
      deviceId: deviceId(ctx.db),
      schemaVersion: appliedMigrations(ctx.db).length,
      transport: ctx.transport,
      integrity: ctx.integrity ?? { state: 'not-checked', problems: [] },
    }),
    'app.check': () => checkDatabaseInThread(ctx),
    'app.openedFiles': async () => {
      const paths = ctx.openedFiles?.splice(0) ?? [];
      return {
        files: await Promise.all(
          paths.map(async (file) => ({ name: path.basename(file), bytes: new Uint8Array(await fs.promises.readFile(file)) })),
        ),
      };
    },
    'settings.get': async () => readUserSettings(ctx),
    'settings.update': async (changes) => {
      if (changes.uiLanguage !== undefined && !UI_LANGUAGES.includes(changes.uiLanguage)) {
        throw codedError('bad-input', 'interface-language-unknown', { given: String(changes.uiLanguage) });
      }
      ctx.db
        .transaction(() => {
          if (changes.interviewer !== undefined) setSetting(ctx.db, 'interviewer', changes.interviewer.trim());
          if (changes.uiLanguage !== undefined) setSetting(ctx.db, 'ui_language', changes.uiLanguage);
          if (changes.lastLocation !== undefined) setSetting(ctx.db, 'last_location', JSON.stringify(changes.lastLocation));
        })
        .immediate();
      return readUserSettings(ctx);
    },
  };
}
