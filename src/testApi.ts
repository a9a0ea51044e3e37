import { STORE_READER_METHODS, type MlRepsApi, type StoreReader } from './api';
import type { StudyStore } from './core/store/studyStore';
import type { DashboardPanel } from './features/dashboard/dashboardPanel';
import type { RecitationPanel } from './features/groupStudy/recitationPanel';
import type { CodingCheckPanel } from './features/readiness/codingCheckPanel';
import type { QuizPanel } from './features/readiness/quizPanel';
import type { StudyStatusBar } from './features/studyTime/studyStatusBar';
import type { HintService } from './features/practice/hints';
import type { StudyGuidePanel } from './features/studyGuides/studyGuidePanel';
import type { Services } from './services/services';
import type { WalkthroughSteps } from './features/readiness/walkthroughSteps';

export interface Features {
  quizPanel: QuizPanel;
  codingCheck: CodingCheckPanel;
  recitation: RecitationPanel;
  dashboard: DashboardPanel;
  statusBar: StudyStatusBar;
  hints: HintService;
  studyGuide: StudyGuidePanel;
  walkthroughSteps: WalkthroughSteps;
}

/**
 * The surface the integration tests drive, returned by `activate()` only when VS Code runs the extension under test.
 * Messages go through the same hosts as the webviews' (validated there), and runs through the one run path.
 */
export function createTestApi(s: Services, f: Features): MlRepsApi {
  const problem = (id: string) => s.content.problems().problems.find((p) => p.id === id);
  return {
    problemBank: s.content.problems,
    practiceFolder: () => s.workspace.folder().path,
    runTests: (problemId, suite, options) => {
      const copy = options?.copy === 'check' ? f.codingCheck.copyFor(problemId) : problem(problemId);
      return copy ? s.tests.run(copy, suite) : Promise.resolve(undefined);
    },
    testItemStates: (problemId) => s.tests.itemStates(problemId),
    walkthroughStepsDone: () => f.walkthroughSteps.completed(),
    resetWalkthroughSteps: () => f.walkthroughSteps.reset(),
    resetProblem: async (problemId) => {
      const p = problem(problemId);
      return p ? s.workspace.reset(p, { confirm: false }) : undefined;
    },
    runs: () => s.history.runs(),
    hintsShown: (problemId) => f.hints.shown(problemId).length,
    store: async () => {
      const store = await s.storeService.get();
      return store && readOnly(store);
    },
    seed: async (changes) => (await s.storeService.get())?.applyAll(changes) ?? false,
    saveStore: async () => (await s.storeService.get())?.save() ?? false,
    saveTimingNow: async () => {
      await s.timing.saveNow();
      (await s.storeService.get())?.flush();
    },
    statusBarText: () => f.statusBar.item.text,
    storePath: () => s.storeService.path,
    questionBank: s.content.questions,
    readiness: () => s.readiness()?.status,
    dueReviewCards: () => s.readiness()?.due ?? 0,
    quiz: { receive: (m) => f.quizPanel.receive(m), view: () => f.quizPanel.current?.view(), ignored: () => f.quizPanel.ignored, replied: () => f.quizPanel.replied },
    recitation: { receive: (m) => f.recitation.receive(m), view: () => f.recitation.current },
    dashboard: { state: () => f.dashboard.lastState, firstRenderMs: () => f.dashboard.firstRenderMs, receive: (m) => f.dashboard.receive(m) },
    studyGuide: { receive: (m) => f.studyGuide.receive(m), view: () => f.studyGuide.view(), ignored: () => f.studyGuide.ignored },
    codingCheck: {
      receive: (m) => f.codingCheck.receive(m),
      open: () => f.codingCheck.openCheck(),
      ignored: () => f.codingCheck.ignored,
      replied: () => f.codingCheck.replied,
      copyDir: (problemId) => f.codingCheck.copyFor(problemId)?.dir,
    },
  };
}

/** A frozen object with only the store's reading methods: nothing reached through it can write. */
function readOnly(store: StudyStore): StoreReader {
  const view: Record<string, unknown> = {};
  for (const name of STORE_READER_METHODS) view[name] = (store[name] as (...a: unknown[]) => unknown).bind(store);
  return Object.freeze(view) as unknown as StoreReader;
}
