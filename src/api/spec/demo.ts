import type { DemoAnomalies } from '../../demo/generate';

export type { DemoAnomalies } from '../../demo/generate';

export interface DemoResult {
  formId: string;
  version: string;
  /** Responses written now. */
  added: number;
  /** Responses of the same seed already in the database (running the demo twice adds nothing). */
  skipped: number;
}

/** How a new database starts: empty, or with the practice study (the bundled survey and synthetic interviews). */
export type StudyStart = 'empty' | 'practice';

export interface DemoStatus {
  /** Practice (demo) responses stored: synthetic, never field data. */
  practiceResponses: number;
  /** The app created this database and the user has not yet chosen how it starts (the first-run screen asks). */
  startPending: boolean;
  /** How many synthetic interviews the practice study of `demo.start` holds. */
  practiceStudySize: number;
}

export interface DemoApi {
  /**
   * The bundled tolerance survey and synthetic finalized responses marked as practice data, reproducible by seed.
   * Command line only (`kelisim demo`): the interface gets the practice study through `demo.start`. `anomalies`
   * plants problems the quality checks must find (shares of the responses, and a fabricating interviewer).
   */
  'demo.seed': { args: { responses: number; seed: number; anomalies?: DemoAnomalies }; result: DemoResult };
  'demo.status': { args: Record<string, never>; result: DemoStatus };
  /**
   * The first-run choice, once per database the app created: an empty database, or the practice study (the bundled
   * survey and a fixed number of synthetic interviews, all marked as practice data).
   */
  'demo.start': { args: { start: StudyStart }; result: { start: StudyStart; added: number } };
  /** Removes every practice response in one step; field responses, forms and packages are untouched. */
  'demo.remove': { args: Record<string, never>; result: { removed: number } };
}
