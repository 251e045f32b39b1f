/** The event log of a response (paradata); its shapes belong to the core that records and stores it. */
import type { ParadataEvent } from '../../store/paradata-types';

export type * from '../../store/paradata-types';
export type * from '../../collect/paradata-types';

export interface ParadataApi {
  /** A response's event log, in the order it was recorded (per device, by sequence). */
  'interviews.paradata': { args: { uuid: string }; result: { uuid: string; events: ParadataEvent[] } };
}
