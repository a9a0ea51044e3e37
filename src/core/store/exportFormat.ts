import { CHECK_KINDS, REVIEW_RATINGS, type CheckKind, type ReviewRating } from '../domain';
import { z } from 'zod';
import { CATEGORY_CODES, type StoreChange } from './records';
import { validateChange, type ChangeKind } from './validate';
import type { StudyStore } from './studyStore';

export const EXPORT_FORMAT = 'ml-reps-export';

const category = z.enum(Object.keys(CATEGORY_CODES) as [keyof typeof CATEGORY_CODES, ...(keyof typeof CATEGORY_CODES)[]]);
const sessionSchema = z.object({
  id: z.string().min(1),
  category,
  start: z.number().int(),
  end: z.number().int(),
  source: z.enum(['auto', 'timer', 'logged']),
  problemId: z.string().nullable(),
  note: z.string().nullable(),
  updatedAt: z.number().int(),
  deleted: z.boolean(),
}).refine((s) => s.end >= s.start, 'end must not be before start');
const testRunSchema = z.object({
  id: z.string().min(1), problemId: z.string(), at: z.number().int(), suite: z.string(), passed: z.number().int(), total: z.number().int(),
  durationMs: z.number(), solved: z.boolean(), error: z.string().nullable(), checkId: z.string().nullable(),
});
const preferenceSchema = z.object({ key: z.string(), value: z.unknown(), updatedAt: z.number().int() });
const checkSchema = z.object({
  id: z.string().min(1), kind: z.enum(CHECK_KINDS), track: z.enum(['ds', 'mle']), seed: z.number().int(), draw: z.array(z.string()),
  startedAt: z.number().int(), finishedAt: z.number().int().nullable(), status: z.enum(['open', 'completed', 'abandoned']), score: z.number().int().nullable(),
  total: z.number().int(), elapsedMs: z.number(), state: z.unknown(), updatedAt: z.number().int(),
});
const answerSchema = z.object({
  id: z.string().min(1), questionId: z.string(), at: z.number().int(), choice: z.number().int().nullable(), correct: z.boolean(),
  context: z.enum(['check', 'practice', 'review']), checkId: z.string().nullable(),
});
const cardSchema = z.object({ id: z.string().min(1), card: z.unknown(), due: z.number().int(), updatedAt: z.number().int() });

const recitationSchema = z.object({
  id: z.string().min(1), conceptId: z.string(), sessionId: z.string().nullable(), at: z.number().int(), covered: z.array(z.number().int()),
  points: z.number().int(), selfRating: z.enum(REVIEW_RATINGS), peerRating: z.number().int().min(1).max(5).nullable(),
});
const groupSchema = z.object({
  id: z.string().min(1), sessionId: z.string().nullable(), problemId: z.string().nullable(), at: z.number().int(), participants: z.string(), notes: z.string().nullable(), solved: z.boolean(),
});

export const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  sessions: z.array(sessionSchema),
  testRuns: z.array(testRunSchema),
  preferences: z.array(preferenceSchema),
  checks: z.array(checkSchema).default([]),
  questionAnswers: z.array(answerSchema).default([]),
  reviewCards: z.array(cardSchema).default([]),
  recitations: z.array(recitationSchema).default([]),
  groupSessions: z.array(groupSchema).default([]),
});
export type ExportData = z.infer<typeof exportSchema>;

const bool = (v: unknown) => v === 1 || v === true;

/** Everything in the store, as plain data (deleted sessions included, so a merge keeps deletions). */
export function exportData(store: StudyStore, now = new Date()): ExportData {
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    sessions: store.sessions({ includeDeleted: true }).reverse(),
    testRuns: store.testRuns(),
    preferences: store.preferences().filter((p) => p.key !== 'timer.active'),
    checks: store.table('checks').map((r) => ({
      id: String(r.id), kind: r.kind as CheckKind, track: r.track as 'ds' | 'mle', seed: Number(r.seed), draw: JSON.parse(String(r.draw)),
      startedAt: Number(r.started_at), finishedAt: r.finished_at === null ? null : Number(r.finished_at), status: r.status as 'open' | 'completed' | 'abandoned',
      score: r.score === null ? null : Number(r.score), total: Number(r.total), elapsedMs: Number(r.elapsed_ms), state: r.state === null ? null : JSON.parse(String(r.state)), updatedAt: Number(r.updated_at),
    })),
    questionAnswers: store.table('question_answers').map((r) => ({
      id: String(r.id), questionId: String(r.question_id), at: Number(r.at), choice: r.choice === null ? null : Number(r.choice), correct: bool(r.correct),
      context: r.context as 'check' | 'practice' | 'review', checkId: (r.check_id as string | null) ?? null,
    })),
    reviewCards: store.table('review_cards').map((r) => ({ id: String(r.id), card: JSON.parse(String(r.card)), due: Number(r.due), updatedAt: Number(r.updated_at) })),
    recitations: store.table('recitations').map((r) => ({
      id: String(r.id), conceptId: String(r.concept_id), sessionId: (r.session_id as string | null) ?? null, at: Number(r.at), covered: JSON.parse(String(r.covered)),
      points: Number(r.points), selfRating: r.self_rating as ReviewRating, peerRating: r.peer_rating === null ? null : Number(r.peer_rating),
    })),
    groupSessions: store.table('group_sessions').map((r) => ({
      id: String(r.id), sessionId: (r.session_id as string | null) ?? null, problemId: (r.problem_id as string | null) ?? null, at: Number(r.at),
      participants: String(r.participants), notes: (r.notes as string | null) ?? null, solved: bool(r.solved),
    })),
  };
}

export type ParsedImport = { ok: true; changes: StoreChange[]; counts: Record<string, number> } | { ok: false; error: string };

/** The sections of an export file and the kind of change each holds. */
export const EXPORT_SECTIONS: readonly (readonly [section: string, kind: ChangeKind, required: boolean])[] = [
  ['sessions', 'session', true],
  ['testRuns', 'testRun', true],
  ['preferences', 'preference', true],
  ['checks', 'check', false],
  ['questionAnswers', 'questionAnswer', false],
  ['reviewCards', 'reviewCard', false],
  ['recitations', 'recitation', false],
  ['groupSessions', 'groupSession', false],
];

/** Checks the frame of an export (format, version, sections are lists); undefined when it is fine. */
export function exportFrameError(raw: unknown): string | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'The file is not an ML Reps export: it is not a JSON object.';
  const o = raw as Record<string, unknown>;
  if (o.format !== EXPORT_FORMAT) return `The file is not an ML Reps export: format is ${JSON.stringify(o.format)}, not "${EXPORT_FORMAT}".`;
  if (o.version !== 1) return `The file is an ML Reps export of version ${JSON.stringify(o.version)}, which this ML Reps cannot read.`;
  for (const [section, , required] of EXPORT_SECTIONS) {
    if (o[section] === undefined && !required) continue;
    if (!Array.isArray(o[section])) return `The file is not an ML Reps export: ${section} is not a list.`;
  }
  return undefined;
}

/**
 * Validates one section's records (from `offset` on) into changes, appending to `out`. Returns the first error,
 * naming the record. `timer.active` is this machine's running timer and is never imported.
 */
export function importRecords(section: string, kind: ChangeKind, records: readonly unknown[], offset: number, now: number, out: StoreChange[]): string | undefined {
  const ctx = { now, clampUpdatedAt: true };
  for (let i = 0; i < records.length; i++) {
    const v = validateChange(kind, records[i], `${section}[${offset + i}]`, ctx);
    if (!v.ok) return `${v.error} Nothing was imported.`;
    if (v.change.kind === 'preference' && v.change.record.key === 'timer.active') continue;
    out.push(v.change);
  }
  return undefined;
}

/**
 * Validates an export file's text and turns it into changes. Applying them merges: nothing is duplicated.
 * One bad record rejects the whole file. For large files use `importFile`, which does not block the host.
 */
export function parseImport(text: string, now = Date.now()): ParsedImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `The file is not valid JSON (${(err as Error).message}).` };
  }
  const frame = exportFrameError(raw);
  if (frame) return { ok: false, error: frame };
  const o = raw as Record<string, unknown[] | undefined>;
  const changes: StoreChange[] = [];
  const counts: Record<string, number> = {};
  for (const [section, kind] of EXPORT_SECTIONS) {
    const records = o[section] ?? [];
    counts[section] = records.length;
    const error = importRecords(section, kind, records, 0, now, changes);
    if (error) return { ok: false, error };
  }
  return { ok: true, changes, counts };
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** One CSV file per kind of record, with readable ISO times next to the raw ones. */
export function exportCsvFiles(data: ExportData): Record<string, string> {
  const iso = (t: number | null) => (t === null ? '' : new Date(t).toISOString());
  return {
    'sessions.csv': toCsv(
      data.sessions.filter((s) => !s.deleted).map((s) => ({ ...s, startIso: iso(s.start), endIso: iso(s.end), minutes: ((s.end - s.start) / 60_000).toFixed(2) })),
      ['id', 'category', 'source', 'startIso', 'endIso', 'minutes', 'problemId', 'note', 'start', 'end'],
    ),
    'test-runs.csv': toCsv(data.testRuns.map((r) => ({ ...r, atIso: iso(r.at) })), ['id', 'problemId', 'atIso', 'suite', 'passed', 'total', 'solved', 'durationMs', 'error', 'checkId', 'at']),
    'checks.csv': toCsv(data.checks.map((c) => ({ ...c, startedIso: iso(c.startedAt), finishedIso: iso(c.finishedAt) })), ['id', 'kind', 'track', 'status', 'score', 'total', 'startedIso', 'finishedIso', 'elapsedMs', 'seed']),
    'question-answers.csv': toCsv(data.questionAnswers.map((a) => ({ ...a, atIso: iso(a.at) })), ['id', 'questionId', 'atIso', 'choice', 'correct', 'context', 'checkId']),
  };
}
