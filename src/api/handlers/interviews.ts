import type { ApiContext } from '../context';
import type { HandlersOf, InterviewsApi, ParadataApi } from '../spec';
import { appHandlers, readUserSettings } from './app';
import { ignoreProgress } from '../../common/progress';
import { deviceId } from '../../store/installation';
import {
  discardInterview,
  finalizeInterview,
  interviewParadata,
  openInterview,
  reopenInterview,
  saveInterview,
  startInterview,
} from '../../collect/interview';
import type { Recorder } from '../../collect/metadata';
import { codedError } from '../../common/errors';
import { planOfForm } from '../../store/fieldwork';
import { endOverQuota, fullQuotaOf } from '../../fieldwork/quota';
import { assignmentOfInterview } from '../../fieldwork/progress';
import type { Interview } from '../../collect/interview-types';

export function interviewsHandlers(ctx: ApiContext): HandlersOf<InterviewsApi & ParadataApi> {
  const recorder = (): Recorder => ({ interviewer: readUserSettings(ctx).interviewer, deviceId: deviceId(ctx.db) });
  return {
    'interviews.start': async ({ formId, language, assignmentId }) => {
      const settings = readUserSettings(ctx);
      let assigned: Record<string, string> | undefined;
      if (assignmentId !== undefined) {
        const assignment = planOfForm(ctx.db, formId).find((a) => a.id === assignmentId);
        if (!assignment) throw codedError('not-found', 'plan-assignment-unknown', { id: String(assignmentId), formId: String(formId) });
        assigned = assignment.location;
      }
      const interview = startInterview(ctx.db, {
        formId,
        language,
        recorder: recorder(),
        lastLocation: settings.lastLocation,
        assigned,
      });
      return withAssignment(interview, assignmentId);
    },
    'interviews.endOverQuota': async ({ uuid }) => endOverQuota(ctx.db, uuid, Date.now()),

    'interviews.open': async ({ uuid }) => withAssignment(openInterview(ctx.db, uuid), assignmentOfInterview(ctx.db, uuid)?.id),

    'interviews.save': async (args) => {
      const { receipt, location } = saveInterview(ctx.db, args);
      if (location) {
        // Remembered for the next interview on this laptop.
        const lastLocation = { ...readUserSettings(ctx).lastLocation, ...location };
        await appHandlers(ctx)['settings.update']({ lastLocation }, ignoreProgress);
      }
      const quotaFull = receipt.changed ? fullQuotaOf(ctx.db, receipt.uuid, Object.keys(args.answers ?? {})) : undefined;
      return quotaFull ? { ...receipt, quotaFull } : receipt;
    },

    'interviews.finalize': async ({ uuid, paradata }) => finalizeInterview(ctx.db, uuid, recorder(), new Date(), paradata),
    'interviews.reopen': async ({ uuid, paradata }) => reopenInterview(ctx.db, uuid, Date.now(), paradata),
    'interviews.paradata': async ({ uuid }) => ({ uuid, events: interviewParadata(ctx.db, uuid) }),
    'interviews.discard': async ({ uuid, ifUnanswered }) => ({
      uuid,
      ...discardInterview(ctx.db, uuid, { ifUnanswered: ifUnanswered === true }),
    }),
  };
}

function withAssignment(interview: Interview, assignmentId: string | undefined): Interview {
  return assignmentId === undefined ? interview : { ...interview, assignmentId };
}
