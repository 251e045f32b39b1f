import type { ApiContext } from '../context';
import type { AnalysisApi, HandlersOf } from '../spec';
import {
  analyzeBreakdown, analyzeCorrelations, analyzeCrosstab, analyzeDistance, analyzeEstimate, analyzeFrequencies, analyzeMeans,
  analyzeReliability, clearStoredDesign, listVariables, storeDesign, storedDesign, summarizeDesign,
} from '../../analysis';

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
    'analysis.clearDesign': async ({ formId }) => {
      clearStoredDesign(ctx.db, formId);
      return { cleared: true as const };
    },
  };
}
