import type { ApiContext } from '../context';
import type { DemoApi, HandlersOf } from '../spec';
import { badInput } from '../../common/errors';
import { BUNDLED_SURVEY, insertDemoResponses } from '../../demo/seed';
import { formsHandlers } from './forms';

const MAX_DEMO_RESPONSES = 1_000_000;

export function demoHandlers(ctx: ApiContext): HandlersOf<DemoApi> {
  return {
    'demo.seed': async ({ responses, seed }) => {
      if (!Number.isInteger(responses) || responses < 0 || responses > MAX_DEMO_RESPONSES) {
        throw badInput(`the number of demo responses must be a whole number from 0 to ${MAX_DEMO_RESPONSES}, not ${responses}`);
      }
      if (!Number.isInteger(seed)) throw badInput(`the seed must be a whole number, not ${seed}`);
      const form = await formsHandlers(ctx)['forms.import']({ file: { path: BUNDLED_SURVEY() } }, () => {});
      const counts = insertDemoResponses(ctx.db, form.formId, form.version, responses, seed);
      return { formId: form.formId, version: form.version, ...counts };
    },
  };
}
