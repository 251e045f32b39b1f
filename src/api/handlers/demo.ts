import fs from 'node:fs';
import path from 'node:path';
import type { ApiContext } from '../context';
import type { DemoApi, DemoResult, HandlersOf, StudyStart } from '../spec';
import { codedError } from '../../common/errors';
import { BUNDLED_SURVEY, insertDemoResponses } from '../../demo/seed';
import { checkAnomalies } from '../../demo/anomalies';
import type { DemoAnomalies } from '../../demo/generate';
import { PRACTICE_STUDY_RESPONSES, PRACTICE_STUDY_SEED, START_PENDING_SETTING } from '../../demo/first-run';
import { countDemoResponses, deleteDemoResponses } from '../../store/responses';
import { deleteSetting, getSetting } from '../../store/settings';
import { mayNameFiles } from '../file-access';
import { formsHandlers } from './forms';

const MAX_DEMO_RESPONSES = 1_000_000;
const STARTS: readonly StudyStart[] = ['empty', 'practice'];

export function demoHandlers(ctx: ApiContext): HandlersOf<DemoApi> {
  /** The bundled survey (read by the core itself: the interface never names a file) and practice responses of it. */
  const seed = async (responses: number, seedValue: number, anomalies?: DemoAnomalies): Promise<DemoResult> => {
    const survey = BUNDLED_SURVEY();
    const bytes = new Uint8Array(await fs.promises.readFile(survey));
    const form = await formsHandlers(ctx)['forms.import']({ file: { name: path.basename(survey), bytes } }, () => {});
    const counts = insertDemoResponses(ctx.db, form.formId, form.version, responses, seedValue, anomalies);
    return { formId: form.formId, version: form.version, ...counts };
  };
  return {
    'demo.seed': async ({ responses, seed: seedValue, anomalies }) => {
      // Any number, up to a million, is a command-line tool; the window has the fixed practice study.
      if (!mayNameFiles(ctx)) throw codedError('bad-input', 'demo-seed-cli-only', undefined);
      if (!Number.isInteger(responses) || responses < 0 || responses > MAX_DEMO_RESPONSES) {
        throw codedError('bad-input', 'demo-count-invalid', { max: MAX_DEMO_RESPONSES, given: String(responses) });
      }
      if (!Number.isInteger(seedValue)) throw codedError('bad-input', 'demo-seed-invalid', { given: String(seedValue) });
      if (anomalies) checkAnomalies(anomalies);
      return seed(responses, seedValue, anomalies);
    },
    'demo.status': async () => ({
      practiceResponses: countDemoResponses(ctx.db),
      startPending: getSetting(ctx.db, START_PENDING_SETTING) === '1',
      practiceStudySize: PRACTICE_STUDY_RESPONSES,
    }),
    'demo.start': async ({ start }) => {
      if (!STARTS.includes(start)) throw codedError('bad-input', 'demo-start-unknown', { given: String(start) });
      if (getSetting(ctx.db, START_PENDING_SETTING) !== '1') throw codedError('conflict', 'demo-start-already-chosen', undefined);
      const added = start === 'practice' ? (await seed(PRACTICE_STUDY_RESPONSES, PRACTICE_STUDY_SEED)).added : 0;
      deleteSetting(ctx.db, START_PENDING_SETTING);
      return { start, added };
    },
    'demo.remove': async () => ({ removed: ctx.db.transaction(() => deleteDemoResponses(ctx.db))() }),
  };
}
