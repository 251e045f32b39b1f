/**
 * What the analyses return: plain JSON-ready objects whose row and column keys are choice names with their labels
 * alongside. A statistic that is undefined for the data (a percentage of an empty row, a test with one group) is
 * null, never NaN, so that every transport (IPC, HTTP, the CLI's --json) shows the same thing.
 *
 * Type-only module: the API contract re-exports it, and the renderer reads it.
 */

export type VariableKind = 'single' | 'multiple' | 'numeric' | 'calculate' | 'date' | 'text' | 'scale';

/** A category of a variable: the stored value (a choice name) and its label in the chosen language. */
export interface Level {
  value: string;
  label: string;
}

export interface VariableInfo {
  name: string;
  kind: VariableKind;
  /** The XLSForm type (select_one, integer, ...), or 'scale'. */
  type: string;
  label: string;
  /** The substantive choices of a select, in list order; [] for other variables. */
  levels: Level[];
  /** The choices marked as missing-value codes (don't know, refused), in list order. */
  missingCodes: Level[];
  /** Usable as a number: integer, decimal, Likert items (choice names are numbers), scales. */
  numeric: boolean;
  /** Usable as a crosstab axis as it is (select_one). Numbers with at most 20 distinct values also are, when counted. */
  categorical: boolean;
  /** The scale this item belongs to, and whether it is reverse-coded in it. */
  scale?: string;
  reverse?: boolean;
  /** For a scale: its items. */
  items?: string[];
}

/** Which responses an analysis reads. Everything optional: the default is every finalized response. */
export interface AnalysisSubset {
  /** 'final' (default), 'draft' or 'all'. */
  status?: 'final' | 'draft' | 'all';
  /** Form versions, by their version text; all when absent. */
  versions?: string[];
  /** Interviewers (as recorded in each response); all when absent. */
  interviewers?: string[];
  /** Interviews started on or after this date (YYYY-MM-DD, local time) or moment (ISO 8601). */
  from?: string;
  /** Interviews started on or before this date (the whole day) or moment. */
  to?: string;
  /** An expression in the form's own language, e.g. `${age} >= 30 and ${gender} = 'female'`. */
  filter?: string;
  /** Practice (demo) responses too; by default only field responses are analysed. */
  includeDemo?: boolean;
}

/**
 * A complex sample, as R's svydesign(id = ~cluster, strata = ~strata, weights = ~weight, fpc = ~fpc) declares it.
 * With strata, a cluster, an fpc or weightKind 'sampling', `weight` holds sampling weights and the crosstab,
 * breakdown and estimate procedures are design-based; otherwise `weight` keeps its frequency-weight meaning.
 */
export interface SampleDesignOptions {
  /** The stratum of each respondent (e.g. region): any single-valued variable. */
  strata?: string;
  /** The primary sampling unit (e.g. settlement), numbered within its stratum. */
  cluster?: string;
  /** Finite population correction per stratum: above 1 the population size (of PSUs), at most 1 the sampling fraction. */
  fpc?: string;
  /** 'sampling' makes `weight` a sampling weight without strata or clusters; 'frequency' (default) keeps PSPP's meaning. */
  weightKind?: 'frequency' | 'sampling';
}

/** The design a form's analyses use unless told otherwise (`kelisim design set`, the analysis screen's panel). */
export interface StoredDesign extends SampleDesignOptions {
  weight?: string;
}

export interface AnalysisOptions extends AnalysisSubset, SampleDesignOptions {
  formId: string;
  /** A numeric variable holding frequency weights (PSPP semantics: zero, negative or missing weights drop the case), or sampling weights of a design. */
  weight?: string;
  /** Language code of the labels; the form's default language when absent. */
  language?: string;
  /** Answered items a respondent needs for a scale score; default all but one. */
  minimumValidItems?: number;
}

/** What weighting costs in precision (Kish), over the analysed cases. */
export interface WeightingSummary {
  variable: string;
  /** Cases with a usable weight. */
  cases: number;
  sumOfWeights: number;
  effectiveN: number;
  designEffect: number;
  /** 95% margin of error, in percentage points, of a 50% share with this effective n. */
  marginOfError: number;
}

/** The sample design an analysis used, and what it is made of among the analysed responses. */
export interface DesignSummary {
  strata: string | null;
  cluster: string | null;
  weight: string | null;
  fpc: string | null;
  /** Strata and primary sampling units in the sample (each respondent is a PSU without a cluster variable). */
  strataCount: number;
  psuCount: number;
  /** Degrees of freedom: PSUs minus strata among those with analysed responses (R's degf). */
  df: number;
  /** Responses analysed, and the range and sum of their sampling weights. */
  cases: number;
  weightMin: number;
  weightMax: number;
  sumOfWeights: number;
  /** Strata with a single PSU: their variance is centred at the grand mean (R's survey.lonely.psu = "adjust"). */
  lonelyStrata: number;
  /** Responses of the subset left out of the sample because a design variable was blank. */
  excluded: number;
  /** Sentences about how the design was applied (lonely PSUs, the finite population correction). */
  notes: string[];
}

/** A design-based estimate of a mean (category null) or of the share of one category, overall or in one group. */
export interface DesignEstimateRow {
  group: string | null;
  category: string | null;
  estimate: number | null;
  se: number | null;
  ci: [number, number] | null;
  deff: number | null;
  /** Respondents with a valid value (unweighted). */
  n: number;
}

export interface EstimateResult {
  variable: string;
  label: string;
  /** 'mean' for a number, Likert item or scale; 'proportion' for a select_one. */
  statistic: 'mean' | 'proportion';
  by: string | null;
  byLabel: string | null;
  /** Groups (by's levels) and categories with their labels, in the order of the rows. */
  groups: Level[];
  categories: Level[];
  level: number;
  estimates: DesignEstimateRow[];
  design: DesignSummary;
}

/** Rao–Scott's second-order corrected test of independence (R's svychisq(statistic = "F")). */
export interface RaoScottResult {
  f: number;
  ndf: number;
  ddf: number;
  p: number;
}

export interface FrequencyRow {
  value: string;
  label: string;
  count: number;
  /** Percent of all cases (n). */
  percent: number | null;
  /** Percent of valid cases; null on the rows of missing codes and blanks. */
  validPercent: number | null;
  cumulativePercent: number | null;
  /** A missing-value code, a blank ("no answer") or a value that is no longer a choice: not valid. */
  missing?: true;
  /** select_multiple: percent of all choices made and of the respondents who chose something. */
  percentOfResponses?: number | null;
  percentOfRespondents?: number | null;
  /**
   * Weighted tables: the 95% margin of error of the valid percent, in percentage points, with Kish's effective n of
   * the valid cases (so the design effect of the weights widens it).
   */
  marginOfError?: number | null;
  /**
   * Unweighted tables: Wilson's 95% interval of the valid share, as proportions [lower, upper] (R's
   * prop.test(correct = FALSE)); absent on missing rows and in weighted tables, which have marginOfError instead.
   */
  wilson?: [number, number] | null;
}

export interface FrequenciesResult {
  variable: string;
  label: string;
  kind: VariableKind;
  /** Cases analysed (sum of weights when weighted). */
  n: number;
  valid: number;
  missing: number;
  rows: FrequencyRow[];
  /** select_multiple: respondents who chose at least one option, and all choices made. */
  respondents?: number;
  responses?: number;
  /** Numbers with more than 20 distinct values are counted in bins; row j is [breaks[j], breaks[j+1]). */
  breaks?: number[];
  weighting?: WeightingSummary;
}

export interface ChiSquareResult {
  chiSquare: number;
  df: number;
  p: number;
}

/** An ordinal measure with its asymptotic standard error (ASE1) and the approximate T under independence (ASE0). */
export interface OrdinalAssociationResult {
  value: number;
  ase: number;
  z: number;
  p: number;
}

export interface CrosstabResult {
  row: string;
  rowLabel: string;
  col: string;
  colLabel: string;
  /** Cases (sum of weights) valid on both variables. */
  n: number;
  missing: number;
  rows: Level[];
  cols: Level[];
  counts: number[][];
  rowTotals: number[];
  colTotals: number[];
  rowPercent: (number | null)[][];
  colPercent: (number | null)[][];
  totalPercent: (number | null)[][];
  expected: (number | null)[][];
  adjustedResiduals: (number | null)[][];
  /** Pearson's chi-square without continuity correction, over the rows and columns that have observations. */
  chiSquare: number | null;
  df: number | null;
  p: number | null;
  cramersV: number | null;
  /** Two-sided, as R's fisher.test; only for a 2×2 table, else null. */
  fisherP: number | null;
  /** G² = 2 Σ O ln(O/E), PSPP's "Likelihood Ratio"; null when Pearson's test is. */
  likelihoodRatio: ChiSquareResult | null;
  /** Yates' continuity-corrected χ² (R's chisq.test(correct = TRUE)): only for a 2×2 table. */
  yates: ChiSquareResult | null;
  /** (n11·n22)/(n12·n21) with Woolf's 95% interval: only for a 2×2 table without an empty cell. */
  oddsRatio: { estimate: number; lwr: number; upr: number } | null;
  /**
   * Goodman–Kruskal's gamma and Kendall's tau-b, only when both variables are ordered (Likert items, numbers, choices
   * named by ascending numbers); null otherwise.
   */
  gamma: OrdinalAssociationResult | null;
  tauB: OrdinalAssociationResult | null;
  smallExpected: { cells: number; percent: number | null; warning: boolean };
  /** Sentences to show beside the table (small expected counts, empty rows or columns). */
  warnings: string[];
  weighting?: WeightingSummary;
  /** With a sample design: the design-based test (null when the table has fewer than two used rows or columns). */
  raoScott?: RaoScottResult | null;
  /** With a sample design: the 95% logit interval of each column percent (svyciprop by column), in percent. */
  colPercentCi?: ([number, number] | null)[][];
  design?: DesignSummary;
}

export interface BreakdownResult {
  by: string;
  byLabel: string;
  /** Cases analysed (sum of weights) with a valid answer to `by`. */
  n: number;
  cols: Level[];
  items: CrosstabResult[];
  weighting?: WeightingSummary;
  design?: DesignSummary;
}

export interface GroupMeans {
  group: string;
  label: string;
  n: number;
  mean: number | null;
  sd: number | null;
  se: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  median: number | null;
}

export interface FTestResult {
  F: number;
  df1: number;
  df2: number;
  p: number;
}

/** Two groups compared after the ANOVA: diff is mean(second) − mean(first), as R labels the row "second-first". */
export interface PairwiseComparisonResult {
  /** Choice values of the two groups. */
  first: string;
  second: string;
  diff: number;
  /** Simultaneous 95% confidence interval of diff; null where undefined (a group of one case). */
  lwr: number | null;
  upr: number | null;
  /** Family-wise adjusted p-value. */
  p: number | null;
}

export interface MeansResult {
  variable: string;
  label: string;
  by: string;
  byLabel: string;
  groups: GroupMeans[];
  total: Omit<GroupMeans, 'group' | 'label'>;
  /** The one-way ANOVA with its effect sizes: η² = SS_between / SS_total and ω² (less biased in small samples). */
  anova: (FTestResult & { etaSquared: number; omegaSquared: number }) | null;
  welch: FTestResult | null;
  levene: FTestResult | null;
  kruskalWallis: { H: number; df: number; p: number } | null;
  /** Tukey HSD as R's TukeyHSD: pooled variance; one entry per pair of groups with cases; null when not asked for. */
  tukey: PairwiseComparisonResult[] | null;
  /** Games–Howell: each pair's own variances and Welch df; for unequal variances. */
  gamesHowell: PairwiseComparisonResult[] | null;
  weighting?: WeightingSummary;
}

/** One correlation matrix, rows and columns in the order of CorrelationResult.variables. */
export interface CorrelationMatrixResult {
  /** r; 1 on the diagonal; null where undefined (no spread, fewer than two cases). */
  r: (number | null)[][];
  /** Cases (sum of weights) that answered both variables of the pair. */
  n: number[][];
  /** Two-sided p of R's cor.test (t on n − 2 df); null on the diagonal and where undefined. */
  p: (number | null)[][];
}

export interface CorrelationResult {
  variables: { name: string; label: string }[];
  /** Pearson's r, pairwise deletion (R's cor(use = "pairwise.complete.obs")). */
  pearson: CorrelationMatrixResult;
  /** Spearman's rho with mid-ranks for ties, p by the t approximation (cor.test(method = "spearman", exact = FALSE)). */
  spearman: CorrelationMatrixResult;
  weighting?: WeightingSummary;
}

export interface ReliabilityItem {
  item: string;
  label: string;
  reversed: boolean;
  alphaIfDeleted: number | null;
  correctedItemTotal: number | null;
  scaleMeanIfDeleted: number | null;
  scaleVarianceIfDeleted: number | null;
}

export interface ReliabilityResult {
  /** The scale name, when the items were given as one. */
  scale?: string;
  /** Cases (sum of weights) that answered every item. */
  n: number;
  alpha: number | null;
  items: ReliabilityItem[];
  weighting?: WeightingSummary;
}

export interface DistanceSummaryResult {
  n: number;
  meanDistance: number | null;
  /** acceptingPercent[s − 1]: percent who would accept the group at step s or closer. */
  acceptingPercent: (number | null)[];
}

export interface DistanceTargetResult extends DistanceSummaryResult {
  target: string;
  label: string;
  groups: (DistanceSummaryResult & { group: string; label: string })[];
}

export interface DistanceResult {
  by: string | null;
  byLabel: string | null;
  /** The seven steps with the labels of the first item's choices. */
  steps: Level[];
  targets: DistanceTargetResult[];
  weighting?: WeightingSummary;
}

/** What a region map colours each region by. */
export type MapIndicator = 'agree' | 'mean' | 'distance';

export interface RegionMapValue {
  /** The unit of src/common/regions/kazakhstan.ts. */
  region: string;
  /** The choice of the grouping variable that stands for it. */
  group: string;
  label: string;
  value: number | null;
  n: number;
}

export interface RegionMapResult {
  by: string;
  byLabel: string;
  variable: string;
  label: string;
  indicator: MapIndicator;
  /** '%' for the share agreeing; the mean and the distance have no unit. */
  unit: '%' | '';
  /** The lowest and highest value shown, which the colour ramp spans. */
  domain: [number, number];
  /** For 'agree': the answers counted as agreeing (the upper half of the scale). */
  agreeing?: Level[];
  regions: RegionMapValue[];
  /** Choices of the grouping variable that name no region (left off the map, listed beneath it). */
  unmatched: Level[];
  weighting?: WeightingSummary;
}
