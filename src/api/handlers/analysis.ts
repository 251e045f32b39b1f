import type { ApiContext } from '../context';
import type { AnalysisApi, HandlersOf } from '../spec';
import {
  analyzeBreakdown, analyzeCorrelations, analyzeCrosstab, analyzeDistance, analyzeEstimate, analyzeFrequencies, analyzeMeans,
  analyzeReliability, analyzeRegionMap, clearStoredDesign, listVariables, storeDesign, storedDesign, summarizeDesign,
} from '../../analysis';
import { drawRegionMap, mapLanguage } from '../../common/regions/map-drawing';

export function analysisHandlers(ctx: ApiContext): HandlersOf<AnalysisApi> {
  return {
    'analysis.variables': async ({ formId, language }) => listVariables(ctx.db, formId, language),
    'analysis.frequencies': async (args) => analyzeFrequencies(ctx.db, args),
    'analysis.crosstab': async (args) => analyzeCrosstab(ctx.db, args),
    'analysis.breakdown': async (args) => analyzeBreakdown(ctx.db, args),
    'analysis.means': async (args) => analyzeMeans(ctx.db, args),
    'analysis.correlate': async (args) => analyzeCorrelations(ctx.db, args),
    'analysis.reliability': async (args) => analyzeReliability(ctx.db, args),
    'analysis.distance': async (args) => analyzeDistance(ctx.db, args),
    'analysis.estimate': async (args) => analyzeEstimate(ctx.db, args),
    'analysis.designSummary': async (args) => summarizeDesign(ctx.db, args),
    'analysis.storedDesign': async ({ formId }) => storedDesign(ctx.db, formId),
    'analysis.storeDesign': async ({ formId, design }) => storeDesign(ctx.db, formId, design),
    'analysis.regionMap': async ({ svg, ...args }) => {
      const result = analyzeRegionMap(ctx.db, args);
      return svg ? { ...result, svg: drawRegionMap(result, mapLanguage(args.language)) } : result;
    },
    'analysis.clearDesign': async ({ formId }) => {
      clearStoredDesign(ctx.db, formId);
      return { cleared: true as const };
    },
  };
}
