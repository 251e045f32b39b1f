import type { ApiContext } from '../context';
import type { HandlersOf, RegionsApi } from '../spec';
import { allowedInput } from '../file-access';
import { clearRegionMapping, confirmRegionMapping, readRegionMappingTable, regionMappingView } from '../../analysis';

export function regionsHandlers(ctx: ApiContext): HandlersOf<RegionsApi> {
  return {
    'regions.mapping': async ({ formId, question, language }) => regionMappingView(ctx.db, formId, question, language),
    'regions.setMapping': async ({ formId, question, regions }) => confirmRegionMapping(ctx.db, formId, question, regions, Date.now()),
    'regions.clearMapping': async ({ formId, question }) => clearRegionMapping(ctx.db, formId, question),
    'regions.readMapping': async ({ formId, question, file }) =>
      readRegionMappingTable(ctx.db, formId, question, allowedInput(ctx, file, 'file')),
  };
}
