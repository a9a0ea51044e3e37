import { MAX_SESSION_MS } from '../store/records';

/**
 * The rules for a session the user types in (Log a Past Session, Edit Sessions): the date and time formats, the
 * duration's bounds and where a session with no start time is placed. The longest session is the store's own
 * MAX_SESSION_MS, so a session that can be typed in is one the store keeps whole and an export re-imports.
 */
export const MAX_SESSION_MINUTES = MAX_SESSION_MS / 60_000;

/** "45 min", "1 h 05 min". */
export function formatMinutes(ms: number): string {
  const m = Math.round(ms / 60_000);
  return m >= 60 ? `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min` : `${m} min`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A local date as "YYYY-MM-DD". */
export function localDateText(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Parses "YYYY-MM-DD" as a local date; undefined when it is not a real date. */
export function parseLocalDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getFullYear() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]) ? d : undefined;
}

/** Parses "HH:MM" (24-hour); undefined when it is not a time of day. */
export function parseClock(text: string): [number, number] | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return [Number(m[1]), Number(m[2])];
}

/** What is wrong with a typed date, or undefined when it is a real date not after `now`. */
export function dateProblem(text: string, now: Date): string | undefined {
  const d = parseLocalDate(text);
  if (!d) return 'Enter a date as YYYY-MM-DD, e.g. 2026-11-24.';
  return d.getTime() > now.getTime() ? 'The date is in the future.' : undefined;
}

/** What is wrong with a typed duration, or undefined when it is more than 0 and at most MAX_SESSION_MINUTES minutes. */
export function minutesProblem(text: string): string | undefined {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && n > 0 && n <= MAX_SESSION_MINUTES ? undefined : `Enter minutes between 1 and ${MAX_SESSION_MINUTES}.`;
}

export interface SessionEntry {
  /** YYYY-MM-DD, local. */
  date: string;
  minutes: string | number;
  /** HH:MM; without it the session ends now (today) or at 18:00 (another day). */
  startTime?: string;
}

/** A typed-in session's start and end, or the message that says what is wrong with it. */
export function sessionTimes(entry: SessionEntry, now: Date): { start: number; end: number } | { error: string } {
  const date = parseLocalDate(entry.date);
  if (!date) return { error: `"${entry.date}" is not a date. Use YYYY-MM-DD.` };
  const minutesText = String(entry.minutes);
  if (minutesProblem(minutesText)) return { error: `A session lasts between 1 and ${MAX_SESSION_MINUTES} minutes (got "${minutesText}").` };
  const minutes = Number(minutesText);
  const clock = entry.startTime ? parseClock(entry.startTime) : undefined;
  if (entry.startTime && !clock) return { error: `"${entry.startTime}" is not a time. Use HH:MM.` };
  let start: number;
  if (clock) start = new Date(date.getFullYear(), date.getMonth(), date.getDate(), clock[0], clock[1]).getTime();
  else if (entry.date.trim() === localDateText(now)) start = now.getTime() - minutes * 60_000;
  else start = new Date(date.getFullYear(), date.getMonth(), date.getDate(), 18, 0).getTime() - minutes * 60_000;
  const end = start + Math.round(minutes * 60_000);
  // A minute's grace: "ends now" is computed a moment before the check.
  if (end > now.getTime() + 60_000) return { error: 'That session would end in the future. Pick an earlier start time or a shorter duration.' };
  return { start, end };
}

/** A session's new end when its duration is changed to `minutes` (the start stays); undefined when out of bounds. */
export function endAfter(start: number, minutes: string): number | undefined {
  return minutesProblem(minutes) ? undefined : start + Math.round(Number(minutes) * 60_000);
}
