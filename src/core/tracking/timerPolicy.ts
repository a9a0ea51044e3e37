/**
 * What a running timer should do on a tick: keep growing, ask whether the user is still going (it passed the
 * limit), or, when that question went unanswered, stop at the last activity seen.
 */
export type TimerTick = { action: 'extend'; end: number } | { action: 'ask'; end: number } | { action: 'trim'; end: number };

export interface TimerFacts {
  start: number;
  /** The limit counts from here: the start, or the last "keep going". */
  checkFrom: number;
  askedAt: number | null;
  lastActivity: number;
}

export function timerTick(t: TimerFacts, now: number, maxMs: number, answerMs: number): TimerTick {
  if (t.askedAt !== null && now - t.askedAt > answerMs) return { action: 'trim', end: Math.max(t.start, Math.min(t.lastActivity, now)) };
  // Past the limit the session stops growing until the user answers.
  const end = Math.min(now, t.checkFrom + maxMs);
  if (t.askedAt === null && now - t.checkFrom > maxMs) return { action: 'ask', end };
  return { action: 'extend', end };
}
