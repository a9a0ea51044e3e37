import type { StoreChange } from '../store/records';
import { isChangeKind, validateChange } from '../store/validate';

/**
 * The sync folder's layout. Each machine owns exactly one file, `<machine-id>.mlreps.jsonl`, and is its only
 * writer: an append-only log with one JSON object per line. The first line is a header naming the machine and an
 * epoch (a new epoch each time the machine compacts its log); every other line is one change:
 *
 *   {"mlreps":"sync-log","v":1,"machine":"laptop-3f9a21c0","epoch":"8c1d…"}
 *   {"k":"session","r":{"id":"…","category":"iss.problemSets",…,"updatedAt":1764000000000,"deleted":false}}
 *
 * Sync tools deliver these files late, partially, or as conflict copies; the reader copes with each.
 */
export const LOG_SUFFIX = '.mlreps.jsonl';
export const LOG_FORMAT = 'sync-log';

export interface LogHeader {
  machine: string;
  epoch: string;
}

/** A machine id safe in a file name. */
export const MACHINE_ID = /^[a-z0-9][a-z0-9-]{2,63}$/;

export function logFileName(machine: string): string {
  return `${machine}${LOG_SUFFIX}`;
}

/**
 * Whether a file in the sync folder is a machine's log, or a sync tool's copy of one ("laptop.mlreps (conflicted
 * copy).jsonl", "laptop (conflicted copy).mlreps.jsonl", "laptop.mlreps.sync-conflict-20260101-120000-ABC.jsonl").
 * Hidden files (this code's temp files, sync tools' partial downloads) are not.
 */
export function isLogFile(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~') && name.endsWith('.jsonl') && name.includes('.mlreps');
}

export function headerLine(h: LogHeader): string {
  return JSON.stringify({ mlreps: LOG_FORMAT, v: 1, machine: h.machine, epoch: h.epoch });
}

export function changeLine(c: StoreChange): string {
  return JSON.stringify({ k: c.kind, r: c.record });
}

export function parseHeader(line: string): LogHeader | undefined {
  try {
    const h = JSON.parse(line) as Record<string, unknown>;
    if (h.mlreps !== LOG_FORMAT || h.v !== 1 || typeof h.machine !== 'string' || !MACHINE_ID.test(h.machine) || typeof h.epoch !== 'string' || !h.epoch) return undefined;
    return { machine: h.machine, epoch: h.epoch };
  } catch {
    return undefined;
  }
}

export type ParsedLine = { ok: true; change: StoreChange } | { ok: false; warning: string };

/** One change line, validated like an import (impossible data is refused), stamped with its machine. */
export function parseChangeLine(line: string, machine: string, where: string, now: number): ParsedLine {
  let raw: { k?: unknown; r?: unknown };
  try {
    raw = JSON.parse(line) as { k?: unknown; r?: unknown };
  } catch (err) {
    return { ok: false, warning: `${where}: not valid JSON (${(err as Error).message}); skipped.` };
  }
  if (!raw || typeof raw !== 'object' || !isChangeKind(raw.k)) return { ok: false, warning: `${where}: not an ML Reps change; skipped.` };
  const v = validateChange(raw.k, raw.r, where, { now, clampUpdatedAt: false });
  if (!v.ok) return { ok: false, warning: `${v.error} Skipped.` };
  return { ok: true, change: { ...v.change, origin: machine } };
}

/**
 * Splits newly read text into complete lines. A trailing partial line (no newline yet: the sync tool is still
 * writing) is left for the next read: `consumed` counts only the bytes of complete lines.
 */
export function completeLines(chunk: Buffer): { lines: string[]; consumed: number } {
  const end = chunk.lastIndexOf(0x0a);
  if (end < 0) return { lines: [], consumed: 0 };
  const lines = chunk.subarray(0, end).toString('utf8').split('\n');
  return { lines, consumed: end + 1 };
}
