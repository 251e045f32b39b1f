import type { ApiContext } from '../context';
import type { ApiName, Handlers } from '../spec';
import { codedError } from '../../common/errors';
import { busyTimeoutOf, isDatabaseBusy } from '../../store/busy';
import { appHandlers } from './app';
import { formsHandlers } from './forms';
import { demoHandlers } from './demo';
import { packagesHandlers } from './packages';
import { interviewsHandlers } from './interviews';
import { responsesHandlers } from './responses';
import { fieldworkHandlers } from './fieldwork';
import { analysisHandlers } from './analysis';
import { responsesImportHandlers } from './responses-import';
import { exportsHandlers } from './exports';
import { designerHandlers } from './designer';
import { reportHandlers } from './report';
import { qualityHandlers } from './quality';
import { planHandlers } from './plan';
import { mediaHandlers } from './media';
import { filesHandlers } from './files';
import { regionsHandlers } from './regions';

/** The one handler map every transport serves. */
export function createHandlers(ctx: ApiContext): Handlers {
  return sayWhenBusy(ctx, {
    ...appHandlers(ctx),
    ...formsHandlers(ctx),
    ...demoHandlers(ctx),
    ...packagesHandlers(ctx),
    ...interviewsHandlers(ctx),
    ...responsesHandlers(ctx),
    ...fieldworkHandlers(ctx),
    ...analysisHandlers(ctx),
    ...responsesImportHandlers(ctx),
    ...exportsHandlers(ctx),
    ...designerHandlers(ctx),
    ...reportHandlers(ctx),
    ...qualityHandlers(ctx),
    ...planHandlers(ctx),
    ...mediaHandlers(ctx),
    ...filesHandlers(ctx),
    ...regionsHandlers(ctx),
  });
}

/**
 * Another program holding the write lock past the busy timeout is not a bug: it becomes the coded 'database-busy'
 * conflict (one clear line, CLI exit 2) instead of SQLite's "database is locked" as an internal error.
 */
function sayWhenBusy(ctx: ApiContext, handlers: Handlers): Handlers {
  const wrapped: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (error) {
        if (isDatabaseBusy(error)) throw codedError('conflict', 'database-busy', { seconds: Math.round(busyTimeoutOf(ctx.db) / 1000) });
        throw error;
      }
    };
  }
  return wrapped as Handlers;
}

export function isApiName(handlers: Handlers, name: string): name is ApiName {
  return Object.prototype.hasOwnProperty.call(handlers, name);
}
