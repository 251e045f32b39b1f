export interface DemoResult {
  formId: string;
  version: string;
  /** Responses written now. */
  added: number;
  /** Responses of the same seed already in the database (running the demo twice adds nothing). */
  skipped: number;
}

export interface DemoApi {
  /** Imports the bundled tolerance survey and adds synthetic finalized responses, reproducible by seed. */
  'demo.seed': { args: { responses: number; seed: number }; result: DemoResult };
}
