import type {
  AnalysisOptions,
  BreakdownResult,
  CorrelationResult,
  CrosstabResult,
  DesignSummary,
  DistanceResult,
  EstimateResult,
  FrequenciesResult,
  MeansResult,
  ReliabilityResult,
  StoredDesign,
  VariableInfo,
  MapIndicator,
  RegionMapResult,
} from '../../analysis/results';

export type * from '../../analysis/results';

/**
 * Statistics over the responses of one form. Every call takes AnalysisOptions: the form, which responses
 * (status — final by default —, versions, interviewers, date range, a filter expression), an optional weight
 * variable, the label language and the minimum answered items of a scale score.
 */
export interface AnalysisApi {
  /** The variables of a form (questions in survey order, then scales) with type, label and levels, for pickers. */
  'analysis.variables': { args: { formId: string; language?: string }; result: VariableInfo[] };
  /** Count, percent, valid and cumulative percent; missing codes and blanks as rows of their own. */
  'analysis.frequencies': { args: AnalysisOptions & { variable: string; bins?: number }; result: FrequenciesResult };
  /**
   * Two categorical variables (a number with at most 20 values counts as one) with Pearson's, the likelihood-ratio
   * and (2×2) Yates' chi-square, Cramér's V, Fisher and the odds ratio (2×2); gamma and tau-b for an ordered pair
   * (numbers, scale items, or any two variables with ascending numeric codes when `ordinal` declares them ordered).
   */
  'analysis.crosstab': { args: AnalysisOptions & { row: string; col: string; ordinal?: boolean }; result: CrosstabResult };
  /** Every select_one item (or the items named) crossed with one variable, typically region. */
  'analysis.breakdown': { args: AnalysisOptions & { by: string; items?: string[] }; result: BreakdownResult };
  /** A number, Likert item or scale by group: descriptives, ANOVA (η², ω²), Welch, Levene, Kruskal–Wallis, Tukey HSD, Games–Howell. */
  'analysis.means': {
    /** postHoc false leaves out Tukey and Games–Howell (null), which take seconds with many groups (default true). */
    args: AnalysisOptions & { variable: string; by: string; postHoc?: boolean };
    result: MeansResult;
  };
  /** Pearson and Spearman correlation matrices (n and p per pair) of 2–30 numbers, Likert items or scales. */
  'analysis.correlate': { args: AnalysisOptions & { variables: string[] }; result: CorrelationResult };
  /** Cronbach's alpha of the items named or of a scale of the form. */
  'analysis.reliability': { args: AnalysisOptions & { items?: string[]; scale?: string }; result: ReliabilityResult };
  /** Bogardus social distance per target group, overall and by group; the targets default to the scale social_distance. */
  'analysis.distance': { args: AnalysisOptions & { by?: string; items?: string[]; scale?: string }; result: DistanceResult };
  /**
   * Design-based mean (number, Likert item, scale) or category shares (select_one), overall and by group, with SE,
   * CI and design effect, as R's svymean / svyby / svyciprop. With strata, cluster, fpc or weightKind 'sampling' in the
   * options they form the design; otherwise the sample is simple random and a weight is a sampling weight.
   */
  'analysis.estimate': {
    args: AnalysisOptions & { variable: string; by?: string; level?: number; statistic?: 'mean' | 'proportion' };
    result: EstimateResult;
  };
  /** The design the options declare, summarized (strata, PSUs, weights, df) with the mean design effect of the form's select_one items. */
  'analysis.designSummary': { args: AnalysisOptions; result: { design: DesignSummary; designEffect: number | null } };
  /** The design stored for a form, or null. */
  'analysis.storedDesign': { args: { formId: string }; result: StoredDesign | null };
  /** Stores the form's design (variables checked); the analysis screen and `kelisim analyze` use it by default. */
  'analysis.storeDesign': { args: { formId: string; design: StoredDesign }; result: StoredDesign };
  'analysis.clearDesign': { args: { formId: string }; result: { cleared: true } };
  /**
   * One value per region of Kazakhstan for a breakdown by a variable whose choices name the regions (by code or label,
   * or as `regions` maps choice codes to region ids): the share agreeing with an ordered item, the mean of a number or
   * scale, or the mean social distance to a target group (a question of the distance scale, or the scale itself).
   * A list that does not name the regions plainly is mapped by the lead's confirmed mapping (regions.setMapping), and
   * refused (map-mapping-unconfirmed) until there is one; `regions` overrides it choice by choice (null: off the map).
   * With `svg`, the map drawn in the language of the labels (the same picture the screen shows and exports); with
   * `png`, the same picture as a PNG (scale: pixels per unit, default 2; fontFiles: more fonts, CLI only).
   */
  'analysis.regionMap': {
    args: AnalysisOptions & {
      by: string;
      variable: string;
      indicator: MapIndicator;
      regions?: Record<string, string | null>;
      svg?: boolean;
      png?: { scale?: number; fontFiles?: string[] };
    };
    result: RegionMapResult & { svg?: string; png?: { bytes: Uint8Array; width: number; height: number } };
  };
}
