import type { FileInput } from '../../common/file-input';
import type { RegionMappingView } from '../../analysis/region-mapping-types';

export type { RegionMappingChoice, RegionMappingView } from '../../analysis/region-mapping-types';
export type { MatchBasis, ProposalStatus, RegionProposal } from '../../common/regions/matching';

/**
 * Which of Kazakhstan's 20 units each choice of a select_one stands for, for lists that do not name them plainly
 * (former names, centres, Latin spellings, another coding). The proposal is the core's; the map uses a list that
 * needs a look only after the lead has confirmed a mapping, stored per form and question.
 */
export interface RegionsApi {
  /** The proposal for every choice, the confirmed mapping if any, and whether a map can be drawn now. */
  'regions.mapping': { args: { formId: string; question: string; language?: string }; result: RegionMappingView };
  /**
   * Confirms a mapping: every choice of the list once, each to a region id or null (kept off the map), no region
   * twice; replaces the one confirmed before. Nothing is stored when any check fails.
   */
  'regions.setMapping': { args: { formId: string; question: string; regions: Record<string, string | null> }; result: RegionMappingView };
  /** Forgets the confirmed mapping (the map then asks for one again, unless the list names the regions plainly). */
  'regions.clearMapping': { args: { formId: string; question: string }; result: { cleared: boolean } };
  /**
   * Reads a mapping from a CSV or XLSX table with the columns `choice` and `region` (an id or a current name; empty
   * keeps the choice off the map), checked whole against the list; stores nothing (regions.setMapping does).
   */
  'regions.readMapping': {
    args: { formId: string; question: string; file: FileInput };
    result: { regions: Record<string, string | null> };
  };
}
