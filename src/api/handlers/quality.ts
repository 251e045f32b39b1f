import type { ApiContext } from '../context';
import type { HandlersOf, QualityApi } from '../spec';
import { runQualityChecks } from '../../quality';
import { reviewResponse } from '../../quality/review';

export function qualityHandlers(ctx: ApiContext): HandlersOf<QualityApi> {
  return {
    'quality.run': async (args) => runQualityChecks(ctx.db, args),
    'quality.review': async (args) => reviewResponse(ctx.db, args, Date.now()),
  };
}
