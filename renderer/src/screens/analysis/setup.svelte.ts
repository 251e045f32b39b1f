/**
 * What the lead has chosen to analyse: the form, the variable results are broken down by, the
 * weight and which responses. One instance for the session, so the choice survives a visit to
 * another screen.
 */
import type { AnalysisOptions, StoredDesign, VariableInfo } from '../../../../src/api/spec';
import { i18n } from '../../lib/i18n/index.svelte';

export type ResponseStatusChoice = 'final' | 'draft' | 'all';

class AnalysisSetup {
  formId = $state('');
  by = $state('');
  weight = $state('');
  status = $state<ResponseStatusChoice>('final');
  /** Empty: every version (likewise interviewers). */
  versions = $state<string[]>([]);
  interviewers = $state<string[]>([]);
  from = $state('');
  to = $state('');
  /** The filter expression as it was last applied (valid, or empty). */
  filter = $state('');
  /** Practice (demo) responses too: off by default, so every number is about field data. */
  includeDemo = $state(false);
  /** The sample design (the weight above is its sampling weight when any of these is set). */
  strata = $state('');
  cluster = $state('');
  fpc = $state('');
  samplingWeight = $state(false);
  /** The form whose stored design the fields above were loaded from (loaded once per form). */
  designLoadedFor = $state('');

  get usesDesign(): boolean {
    return Boolean(this.strata || this.cluster || this.fpc || (this.samplingWeight && this.weight));
  }

  /** The options of the design-based analyses (breakdown, estimates): the common options and the design. */
  get designOptions(): AnalysisOptions {
    return {
      ...this.options,
      ...(this.strata ? { strata: this.strata } : {}),
      ...(this.cluster ? { cluster: this.cluster } : {}),
      ...(this.fpc ? { fpc: this.fpc } : {}),
      ...(this.samplingWeight && this.weight ? { weightKind: 'sampling' as const } : {}),
    };
  }

  /** The design as `analysis.storeDesign` keeps it. */
  get storedDesign(): StoredDesign {
    return {
      ...(this.strata ? { strata: this.strata } : {}),
      ...(this.cluster ? { cluster: this.cluster } : {}),
      ...(this.weight ? { weight: this.weight } : {}),
      ...(this.fpc ? { fpc: this.fpc } : {}),
      ...(this.samplingWeight ? { weightKind: 'sampling' as const } : {}),
    };
  }

  adoptStoredDesign(formId: string, design: StoredDesign | null): void {
    this.designLoadedFor = formId;
    if (!design) return;
    this.strata = design.strata ?? '';
    this.cluster = design.cluster ?? '';
    this.fpc = design.fpc ?? '';
    this.weight = design.weight ?? this.weight;
    this.samplingWeight = design.weightKind === 'sampling';
  }

  /** The options every analysis call takes, labels in the interface language. */
  get options(): AnalysisOptions {
    return {
      formId: this.formId,
      language: i18n.language,
      ...(this.status !== 'final' ? { status: this.status } : {}),
      ...(this.versions.length ? { versions: [...this.versions] } : {}),
      ...(this.interviewers.length ? { interviewers: [...this.interviewers] } : {}),
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
      ...(this.filter.trim() ? { filter: this.filter.trim() } : {}),
      ...(this.weight ? { weight: this.weight } : {}),
      ...(this.includeDemo ? { includeDemo: true } : {}),
    };
  }

  /** How many of the filters narrow the responses (the weight is not a filter). */
  get activeFilters(): number {
    return [
      this.status !== 'final',
      this.versions.length > 0,
      this.interviewers.length > 0,
      this.from !== '',
      this.to !== '',
      this.filter.trim() !== '',
    ].filter(Boolean).length;
  }

  clearFilters(): void {
    this.status = 'final';
    this.versions = [];
    this.interviewers = [];
    this.from = this.to = this.filter = '';
  }

  /** A new form: its own variables; region (or the first single choice) to break down by. */
  chooseForm(formId: string): void {
    if (formId === this.formId) return;
    this.formId = formId;
    this.by = this.weight = this.strata = this.cluster = this.fpc = '';
    this.samplingWeight = false;
    this.includeDemo = false;
    this.clearFilters();
  }

  /** Fills in what the form's variables decide: the default breakdown variable, a weight still valid. */
  adopt(variables: readonly VariableInfo[]): void {
    if (!variables.some((variable) => variable.name === this.by && variable.categorical)) {
      this.by =
        (
          variables.find((variable) => variable.name === 'region' && variable.categorical) ??
          variables.find((variable) => variable.categorical && variable.levels.length > 1)
        )?.name ?? '';
    }
    if (this.weight && !weightCandidates(variables).some((variable) => variable.name === this.weight)) this.weight = '';
  }
}

export const analysisSetup = new AnalysisSetup();

/** Numbers a response carries once (not scale scores, not Likert items): usable as frequency weights. */
export function weightCandidates(variables: readonly VariableInfo[]): VariableInfo[] {
  return variables.filter((variable) => variable.numeric && (variable.kind === 'numeric' || variable.kind === 'calculate'));
}

/** Variables a breakdown can split by: single choices with at least two categories. */
export function groupingCandidates(variables: readonly VariableInfo[]): VariableInfo[] {
  return variables.filter((variable) => variable.categorical && variable.levels.length > 1);
}

/** The items "break down every item" covers, as the core picks them: every single choice but the grouping one. */
export function breakdownItems(variables: readonly VariableInfo[], by: string): VariableInfo[] {
  return variables.filter((variable) => variable.kind === 'single' && variable.name !== by);
}

/** Numbers, Likert items and scale scores: what means by group take. */
export function meanCandidates(variables: readonly VariableInfo[]): VariableInfo[] {
  return variables.filter((variable) => variable.numeric);
}

/** Variables that can name a stratum or a cluster: one value per respondent (choices, numbers, text). */
export function designUnitCandidates(variables: readonly VariableInfo[]): VariableInfo[] {
  return variables.filter((variable) => variable.kind !== 'multiple' && variable.kind !== 'scale' && variable.kind !== 'date');
}

/** What an estimate takes: numbers, Likert items and scales (a mean), single choices (shares). */
export function estimateCandidates(variables: readonly VariableInfo[]): VariableInfo[] {
  return variables.filter((variable) => variable.numeric || variable.kind === 'single');
}
