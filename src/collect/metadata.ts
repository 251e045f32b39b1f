import type { FormDefinition, MetadataType } from '../form';
import { isMetadata } from '../form';
import { localDate, localDateTime } from '../form/expr/values';

/** Who records an interview and on which laptop, as the settings hold them. */
export interface Recorder {
  interviewer: string;
  deviceId: string;
}

/**
 * The values the device records by itself (ODK's metadata questions), by field name, for the
 * metadata types asked for. Times are local with their offset, as ODK Collect writes them.
 */
export function metadataAnswers(
  form: FormDefinition,
  types: readonly MetadataType[],
  recorder: Recorder,
  now: Date,
): Record<string, string> {
  const values: Record<MetadataType, string> = {
    start: localDateTime(now).text,
    end: localDateTime(now).text,
    today: localDate(now).text,
    deviceid: recorder.deviceId,
    username: recorder.interviewer,
  };
  const answers: Record<string, string> = {};
  for (const row of form.survey) {
    if (isMetadata(row.type) && types.includes(row.type)) answers[row.name] = values[row.type];
  }
  return answers;
}

/** Metadata filled when an interview starts; `end` waits for finalizing. */
export const START_METADATA: readonly MetadataType[] = ['start', 'today', 'deviceid', 'username'];
export const FINISH_METADATA: readonly MetadataType[] = ['end'];
