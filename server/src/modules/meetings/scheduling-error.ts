/** Why a meeting cannot be found or booked, with the stable code a run or client branches on. */
export type SchedulingErrorCode = 'SLOT_TAKEN' | 'NO_FREE_SLOT' | 'TIME_ZONE_UNKNOWN';

export class SchedulingError extends Error {
  override name = 'SchedulingError';

  constructor(
    readonly errorCode: SchedulingErrorCode,
    message: string,
  ) {
    super(message);
  }
}
