import type { ApiContext } from '../context';
import type { AnalysisApi, HandlersOf } from '../spec';
import {
  analyzeBreakdown,
  analyzeCorrelations,
  analyzeCrosstab,
  analyzeDistance,
  analyzeEstimate,
  analyzeFrequencies,
  analyzeMeans,
  analyzeReliability,
  analyzeRegionMap,
  clearStoredDesign,
  listVariables,
  storeDesign,
  storedDesign,
  summarizeDesign,
} from '../../analysis';
import { drawRegionMap, mapLanguage } from '../../common/regions/map-drawing';
import { svgToPng } from '../../report/map-png';
import { refusePathFromInterface } from '../file-access';

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
    'analysis.regionMap': async ({ svg, png, ...args }) => {
      refusePathFromInterface(ctx, png?.fontFiles, 'png.fontFiles');
      const result = analyzeRegionMap(ctx.db, args);
      if (!svg && !png) return result;
      const drawing = drawRegionMap(result, mapLanguage(args.language));
      const picture = png ? await svgToPng(drawing, png) : undefined;
      return {
        ...result,
        ...(svg ? { svg: drawing } : {}),
        ...(picture ? { png: { bytes: picture.png, width: picture.width, height: picture.height } } : {}),
      };
    },
    'analysis.clearDesign': async ({ formId }) => {
      clearStoredDesign(ctx.db, formId);
      return { cleared: true as const };
    },
  };
}
