import type { CheckKind, ReviewRating } from '../domain';
import { randomBytes } from 'node:crypto';
import type { Category } from '../method/targets';
import type { SessionSource } from '../tracking/timeline';

/** A short random id, unique across machines for practical purposes (72 bits). */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}

/** No session is longer than this: a longer one is cut at this length when stored (a forgotten timer, a bad import). */
export const MAX_SESSION_MS = 24 * 3_600_000;

export interface SessionRecord {
  id: string;
  category: Category;
  start: number;
  end: number;
  source: SessionSource;
  problemId: string | null;
  note: string | null;
  updatedAt: number;
  deleted: boolean;
}

export interface TestRunRecordRow {
  id: string;
  problemId: string;
  at: number;
  suite: string;
  passed: number;
  total: number;
  durationMs: number;
  solved: boolean;
  error: string | null;
  checkId: string | null;
}

export interface CheckRecord {
  id: string;
  kind: CheckKind;
  track: 'ds' | 'mle';
  seed: number;
  /** The ids drawn, in order. */
  draw: string[];
  startedAt: number;
  finishedAt: number | null;
  status: 'open' | 'completed' | 'abandoned';
  score: number | null;
  total: number;
  elapsedMs: number;
  /** Check-specific state (answers so far, confirmations), as JSON. */
  state: unknown;
  updatedAt: number;
}

export interface QuestionAnswerRecord {
  id: string;
  questionId: string;
  at: number;
  choice: number | null;
  correct: boolean;
  context: 'check' | 'practice' | 'review';
  checkId: string | null;
}

export interface ReviewCardRecord {
  id: string;
  /** The scheduler's card, as JSON. */
  card: unknown;
  due: number;
  updatedAt: number;
}

export interface PreferenceRecord {
  key: string;
  value: unknown;
  updatedAt: number;
}

export interface RecitationRecord {
  id: string;
  conceptId: string;
  sessionId: string | null;
  at: number;
  /** Indexes of the key points the explanation covered. */
  covered: number[];
  points: number;
  selfRating: ReviewRating;
  /** A peer's rating, 1 (poor) to 5 (interview-ready), if given. */
  peerRating: number | null;
}

export interface GroupSessionRecord {
  id: string;
  sessionId: string | null;
  problemId: string | null;
  at: number;
  /** Names, or a count written as a number. */
  participants: string;
  notes: string | null;
  solved: boolean;
}

/**
 * One change to the store. Applying a change twice has the same effect as once, which is what makes merging safe.
 * `origin` is the machine that made it; absent for this machine's own changes.
 */
export type StoreChange = (
  | { kind: 'session'; record: SessionRecord }
  | { kind: 'testRun'; record: TestRunRecordRow }
  | { kind: 'check'; record: CheckRecord }
  | { kind: 'questionAnswer'; record: QuestionAnswerRecord }
  | { kind: 'reviewCard'; record: ReviewCardRecord }
  | { kind: 'preference'; record: PreferenceRecord }
  | { kind: 'recitation'; record: RecitationRecord }
  | { kind: 'groupSession'; record: GroupSessionRecord }
) & { origin?: string };

/** Database codes for the categories (short, to keep a file of years of sessions small). */
export const CATEGORY_CODES: Record<Category, string> = {
  'iss.problemSets': 'ps',
  'iss.informationGathering': 'ig',
  'gss.oralRecitation': 'or',
  'gss.groupProblemSet': 'gp',
};
export const CATEGORY_FROM_CODE: Record<string, Category> = Object.fromEntries(
  Object.entries(CATEGORY_CODES).map(([category, code]) => [code, category as Category]),
);
