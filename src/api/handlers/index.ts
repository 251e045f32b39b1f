import type { ApiContext } from '../context';
import type { ApiName, Handlers } from '../spec';
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

/** The one handler map every transport serves. */
export function createHandlers(ctx: ApiContext): Handlers {
  return {
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
  };
}

export function isApiName(handlers: Handlers, name: string): name is ApiName {
  return Object.prototype.hasOwnProperty.call(handlers, name);
}
