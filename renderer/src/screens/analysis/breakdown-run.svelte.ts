/**
 * "Break down every item by region" as a run the lead watches: the items are asked for in batches,
 * so the first tables appear at once and the bar shows how far the run is; a new run (other
 * options) or cancel stops asking for the rest. Each crosstab is the core's, whatever the batch:
 * tables are independent, so the numbers equal one `analysis.breakdown` over every item.
 */
import type { AnalysisOptions, BreakdownResult, CrosstabResult } from '../../../../src/api/spec';
import { call } from '../../lib/api';
import { batches } from './batches';

export class BreakdownRun {
  items = $state.raw<CrosstabResult[]>([]);
  /** The first answer's facts about the grouping variable and the weighting (the same in every batch). */
  header = $state.raw<Omit<BreakdownResult, 'items'> | undefined>();
  total = $state(0);
  running = $state(false);
  error = $state<Error | undefined>();
  /** Which options the shown results are for. */
  key = $state('');
  #generation = 0;

  get done(): number {
    return this.items.length;
  }

  async start(options: AnalysisOptions, by: string, itemNames: readonly string[]): Promise<void> {
    const generation = ++this.#generation;
    this.key = JSON.stringify({ options, by });
    this.items = [];
    this.header = undefined;
    this.error = undefined;
    this.total = itemNames.length;
    this.running = true;
    try {
      for (const batch of batches(itemNames)) {
        const result = await call('analysis.breakdown', { ...options, by, items: batch });
        if (generation !== this.#generation) return;
        const { items, ...header } = result;
        this.header ??= header;
        this.items = [...this.items, ...items];
      }
    } catch (error) {
      if (generation === this.#generation) this.error = error as Error;
    } finally {
      if (generation === this.#generation) this.running = false;
    }
  }

  cancel(): void {
    this.#generation++;
    this.running = false;
  }
}
