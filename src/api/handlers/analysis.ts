import type { ApiContext } from '../context';
import type { AnalysisApi, HandlersOf } from '../spec';
import {
  analyzeBreakdown, analyzeCorrelations, analyzeCrosstab, analyzeDistance, analyzeFrequencies, analyzeMeans, analyzeReliability, listVariables,
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
  };
}
