/** What the API says of a question's mapping to regions (types only: the renderer reads them through the contract). */
import type { RegionProposal } from '../common/regions/matching';

export interface RegionMappingChoice {
  code: string;
  label: string;
  proposal: RegionProposal;
  /** The region the lead confirmed (null: left off the map); absent when the confirmed mapping lacks the choice. */
  confirmed?: string | null;
}

export interface RegionMappingView {
  formId: string;
  question: string;
  label: string;
  choices: RegionMappingChoice[];
  /** The list names the regions plainly (current names or codes, each once): the map needs no confirmation. */
  plain: boolean;
  /** When the lead confirmed the stored mapping; null when there is none. */
  confirmedAt: number | null;
  /** Choices of the list the confirmed mapping does not cover (added to the list since). */
  uncovered: string[];
  /** Choices of the confirmed mapping the list no longer has. */
  dropped: string[];
  /** A map by this question can be drawn now. */
  ready: boolean;
}
