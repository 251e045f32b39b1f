import type { ResponseListArgs, ResponsePage, ResponseView } from '../../collect/response-types';

export type * from '../../collect/response-types';

export interface ResponsesApi {
  /** Responses newest first, filtered and paged. */
  'responses.list': { args: ResponseListArgs; result: ResponsePage };
  /** One response with its answers labeled in a language. */
  'responses.get': { args: { uuid: string; language?: string }; result: ResponseView };
}
