import type { ApiContext } from '../context';
import type { HandlersOf, ResponsesApi } from '../spec';
import { listResponses, viewResponse } from '../../collect/responses';

export function responsesHandlers(ctx: ApiContext): HandlersOf<ResponsesApi> {
  return {
    'responses.list': async (args) => listResponses(ctx.db, args ?? {}),
    'responses.get': async ({ uuid, language }) => viewResponse(ctx.db, uuid, language),
  };
}
