import type { RunRecord } from './core/practice/runHistory';
import type { StudyStore } from './core/store/studyStore';
import type { StoreChange } from './core/store/records';
import type { QuestionBank } from './core/questions/questionBank';
import type { ReadinessStatus } from './core/readiness/status';
import type { CheckRecord } from './core/store/records';
import type { QuizView } from './webview/readiness/quiz/protocol';
import type { DashboardState } from './webview/dashboard/dashboard/protocol';
import type { RecitationView } from './webview/groupStudy/recitation/protocol';
import type { StudyGuideView } from './webview/studyGuides/studyGuide/protocol';
import type { ProblemBank } from './core/problems/problemBank';
import type { RunResult, Suite } from './core/runner/runResult';
import type { ItemState } from './features/practice/problemTestController';

/** The reading methods of the store, and nothing that writes. */
export const STORE_READER_METHODS = ['sessions', 'session', 'checks', 'testRuns', 'reviewCards', 'categoryTotals', 'dailyTotals', 'problemProgress', 'preference', 'table', 'query'] as const;
export type StoreReader = Pick<StudyStore, (typeof STORE_READER_METHODS)[number]>;

/** What `activate()` returns under test only: a small surface for the integration tests. */
export interface MlRepsApi {
  problemBank(): ProblemBank;
  practiceFolder(): string;
  /** Runs a problem's tests through the same path as the CodeLens and the Test Explorer. */
  runTests(problemId: string, suite: Suite, options?: { copy?: 'practice' | 'check' }): Promise<RunResult | undefined>;
  testItemStates(problemId: string): Record<string, ItemState>;
  /** The walkthrough steps whose completion key this window has set ('chooseTrack', 'openProblem', 'runTests'). */
  walkthroughStepsDone(): string[];
  /** Test setup: forgets the steps set so far in this window. */
  resetWalkthroughSteps(): void;
  /** Resets to the starter without asking (the command asks first); returns the backup's path. */
  resetProblem(problemId: string): Promise<string | undefined>;
  runs(): Promise<RunRecord[]>;
  /** How many of a problem's hints have been shown. */
  hintsShown(problemId: string): number;
  /** A read-only view of the database: the tests read what the extension wrote, and write only through `seed`. */
  store(): Promise<StoreReader | undefined>;
  /** Test setup: writes history as another machine or an earlier session would have (the same path as sync/import). */
  seed(changes: readonly StoreChange[]): Promise<boolean>;
  /** Saves the database now; true when nothing is left to save. */
  saveStore(): Promise<boolean>;
  /** Saves the open automatic interval and flushes the store (normally a 15 s timer does it). */
  saveTimingNow(): Promise<void>;
  statusBarText(): string;
  storePath(): string;
  questionBank(): QuestionBank;
  readiness(): ReadinessStatus | undefined;
  dueReviewCards(): number;
  /** The quiz panel's host: `receive` takes a message exactly as the webview would send it; `replied` counts the views posted in reply to accepted requests. */
  quiz: { receive(message: unknown): Promise<boolean>; view(): QuizView | undefined; ignored(): number; replied(): number };
  recitation: { receive(message: unknown): Promise<boolean>; view(): RecitationView | undefined };
  dashboard: { state(): DashboardState | undefined; firstRenderMs(): number | undefined; receive(message: unknown): Promise<boolean> };
  studyGuide: { receive(message: unknown): Promise<boolean>; view(): StudyGuideView | undefined; ignored(): number };
  codingCheck: { receive(message: unknown): Promise<boolean>; open(): CheckRecord | undefined; ignored(): number; replied(): number; copyDir(problemId: string): string | undefined };
}
