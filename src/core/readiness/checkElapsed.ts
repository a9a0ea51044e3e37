/**
 * How long a check took, as its record's `elapsedMs` says.
 *
 * Non-coding check: the time between answers, each gap counted up to MAX_COUNTED_GAP_MS. The first gap runs from
 * when the panel was opened (or reopened), so a check paused overnight and resumed counts the minutes spent
 * answering, not the night. A clock that went backwards counts nothing.
 * Coding check: it may stay open for days while the problems are solved through the usual loop, so it counts the
 * whole span from start to finish.
 */
export const MAX_COUNTED_GAP_MS = 10 * 60_000;

/** The non-coding check's elapsed time after an answer at `now`; `lastAt` is the previous answer or the (re)opening. */
export function elapsedAfterAnswer(elapsedMs: number, lastAt: number, now: number): number {
  return elapsedMs + Math.min(Math.max(0, now - lastAt), MAX_COUNTED_GAP_MS);
}

/** The coding check's elapsed time when it is finished at `finishedAt`. */
export function codingCheckElapsed(startedAt: number, finishedAt: number): number {
  return Math.max(0, finishedAt - startedAt);
}
