import * as vscode from 'vscode';
import type { MlRepsApi } from './api';
import { loadProblemBank, type ProblemBank } from './core/problems/problemBank';
import { PythonRunner } from './core/runner/pythonRunner';
import { ProgressViewProvider } from './features/dashboard/progressViewProvider';
import { PracticeWorkspace } from './features/practice/practiceWorkspace';
import { openProblemCommand, resetProblemCommand, runTestsCommand, type ProblemArg, type ProblemCommandDeps } from './features/problems/problemCommands';
import { ProblemsTreeProvider } from './features/problems/problemsTree';
import { exportDataCommand, importDataCommand } from './features/store/dataCommands';
import { StoreRunHistory } from './features/store/storeRunHistory';
import { StoreService } from './features/store/storeService';
import { registerSync } from './features/sync/syncService';
import { ProblemTestController } from './features/testing/problemTestController';
import { resolveInterpreterCandidates } from './features/testing/pythonInterpreter';
import { RunTestsCodeLensProvider } from './features/testing/runTestsCodeLens';
import { StudyStatusBar, timeMenuCommand } from './features/timing/studyStatusBar';
import { editSessionsCommand, logSessionCommand, startTimerCommand, stopTimerCommand } from './features/timing/timeCommands';
import { TimerController } from './features/timing/timerController';
import { TimingService } from './features/timing/timingService';
import { loadQuestionBank, type QuestionBank } from './core/questions/questionBank';
import { ReviewScheduler } from './core/review/reviewScheduler';
import { CodingCheckController } from './features/readiness/codingCheck';
import { QuizPanel } from './features/readiness/quizPanel';
import { abandonCheckCommand, practiceQuizCommand, reviewQuestionsCommand, startNonCodingCheck, type ReadinessDeps } from './features/readiness/quizCommands';
import { currentStatus, dueQuestionCards } from './features/readiness/readinessService';
import { showReadinessCommand } from './features/readiness/showReadiness';
import { DashboardPanel } from './features/dashboard/dashboardPanel';
import { loadConceptDeck, type ConceptDeck } from './core/concepts/conceptDeck';
import { RecitationController } from './features/gss/recitationController';
import { GroupSessionController } from './features/gss/groupSession';
import { nextRecommended } from './core/practice/recommend';
import { CATEGORY_LABELS } from './core/split/split';
import { problemsForTrack } from './core/problems/problemBank';
import { chooseTrack } from './features/track/chooseTrackCommand';
import { TrackPreference } from './features/track/trackPreference';

/**
 * Builds the services and registers the features. No logic lives here, and nothing slow runs here:
 * the problem bank, the database and Python are all touched on first use, not at activation.
 */
export function activate(context: vscode.ExtensionContext): MlRepsApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('ML Reps', { log: true });
  context.subscriptions.push(log);

  let bank: ProblemBank | undefined;
  const problemBank = (): ProblemBank => {
    if (!bank) {
      bank = loadProblemBank(vscode.Uri.joinPath(context.extensionUri, 'problems').fsPath);
      for (const error of bank.errors) log.error(`Problem bank: ${error.file}: ${error.message}`);
      log.info(`Problem bank: ${bank.problems.length} problems loaded`);
    }
    return bank;
  };
  const harnessDir = vscode.Uri.joinPath(context.extensionUri, 'python').fsPath;
  let deck: ConceptDeck | undefined;
  const conceptDeck = (): ConceptDeck => {
    if (!deck) {
      deck = loadConceptDeck(vscode.Uri.joinPath(context.extensionUri, 'concepts').fsPath);
      for (const error of deck.errors) log.error(`Concept cards: ${error.file}: ${error.message}`);
    }
    return deck;
  };
  let questions: QuestionBank | undefined;
  const questionBank = (): QuestionBank => {
    if (!questions) {
      questions = loadQuestionBank(vscode.Uri.joinPath(context.extensionUri, 'questions').fsPath);
      for (const error of questions.errors) log.error(`Question bank: ${error.file}: ${error.message}`);
      log.info(`Question bank: ${questions.questions.length} questions loaded`);
    }
    return questions;
  };

  const store = new StoreService(context.globalStorageUri, vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath, log);
  const sync = registerSync(context, store, log);
  const track = new TrackPreference(context.globalState, store);
  const history = new StoreRunHistory(store);
  const workspace = new PracticeWorkspace(problemBank, harnessDir);
  const runner = new PythonRunner({ harnessDir, candidates: () => resolveInterpreterCandidates(vscode.window.activeTextEditor?.document.uri) });
  const tests = new ProblemTestController(workspace, runner, history, log);
  const problemsTree = new ProblemsTreeProvider(problemBank, track, () => history.progress());
  const readiness = () => {
    const s = store.peek();
    const t = track.get();
    return s && t ? { status: currentStatus(s, t, questionBank().questions, problemBank().problems), due: dueQuestionCards(s).length } : undefined;
  };
  const progressView = new ProgressViewProvider(context.extensionUri, track, problemBank, store, readiness, () => {
    const t = timers.active();
    return t ? `${CATEGORY_LABELS[t.category]} since ${new Date(t.start).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : null;
  }, log);
  const codeLens = new RunTestsCodeLensProvider(workspace, tests);
  // The tick runs 15 s after activation at the earliest, when timers and statusBar exist.
  const timing = new TimingService(store, workspace, () => {
    timers.tick();
    statusBar.refresh();
  });
  const timers = new TimerController(store, () => timing.lastActivity());
  const statusBar = new StudyStatusBar(store, timers, timing);
  const deps: ProblemCommandDeps = { bank: problemBank, track, workspace, tests, progress: () => history.progress() };
  const quizPanel = new QuizPanel(context.extensionUri, log);
  const codingCheck = new CodingCheckController(context.extensionUri, store, track, problemBank, log);
  const readinessDeps: ReadinessDeps = { store, track, questions: questionBank, problems: problemBank, panel: quizPanel, timing, scheduler: new ReviewScheduler() };
  const recitation = new RecitationController(context.extensionUri, store, track, conceptDeck, timers, readinessDeps.scheduler, log);
  const group = new GroupSessionController(store, track, problemBank, workspace, timers);
  const dashboard = new DashboardPanel(context.extensionUri, store, track, problemBank, questionBank, async () => {
    const t = track.get();
    return nextRecommended(t ? problemsForTrack(problemBank().problems, t) : problemBank().problems, await history.progress())?.id;
  }, log);
  const updateReadinessTooltip = () => {
    const r = readiness();
    statusBar.setReadiness(r ? `Readiness: ${r.status.headline}${r.due ? ` · ${r.due} review card${r.due === 1 ? '' : 's'} due` : ''}` : '');
  };

  const refreshViews = () => {
    problemsTree.refresh();
    progressView.refresh();
    dashboard.refresh();
    updateReadinessTooltip();
  };
  const updateProblemFileContext = (editor: vscode.TextEditor | undefined) =>
    void vscode.commands.executeCommand('setContext', 'mlReps.isProblemFile', !!workspace.problemForUri(editor?.document.uri));

  context.subscriptions.push(
    store,
    track,
    workspace,
    tests,
    codeLens,
    problemsTree,
    timing,
    timers,
    statusBar,
    track.onDidChange(refreshViews),
    store.onDidChange((origin) => {
      refreshViews();
      if (origin === 'external') void track.sync();
    }),
    timers.onDidChange(() => {
      statusBar.refresh();
      progressView.refresh();
    }),
    timing.onDidChangeInterval(() => statusBar.refresh()),
    quizPanel,
    codingCheck,
    dashboard,
    recitation,
    tests.onDidRun((result) => {
      codingCheck.onTestRun(result);
      group.onTestRun(result);
      timing.recordActivity('iss.problemSets', result.problemId);
    }),
    codingCheck.onDidChange(() => timing.setExcludedProblems(codingCheck.drawnProblems())),
    workspace.onDidChange(() => tests.refreshItems()),
    vscode.window.onDidChangeActiveTextEditor(updateProblemFileContext),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('mlReps.pythonPath')) runner.resetInterpreter();
      if (e.affectsConfiguration('mlReps.practiceFolder')) tests.refreshItems();
      if (e.affectsConfiguration('mlReps.targets')) progressView.refresh();
    }),
    vscode.window.registerTreeDataProvider('mlReps.problems', problemsTree),
    vscode.window.registerWebviewViewProvider(ProgressViewProvider.viewId, progressView),
    vscode.languages.registerCodeLensProvider({ scheme: 'file', language: 'python', pattern: '**/solution.py' }, codeLens),
    vscode.commands.registerCommand('mlReps.chooseTrack', (arg?: unknown) => chooseTrack(track, arg)),
    vscode.commands.registerCommand('mlReps.openProblem', (arg?: ProblemArg) => openProblemCommand(deps, arg)),
    vscode.commands.registerCommand('mlReps.runTests', (arg?: ProblemArg) => runTestsCommand(deps, 'visible', arg)),
    vscode.commands.registerCommand('mlReps.runAllTests', (arg?: ProblemArg) => runTestsCommand(deps, 'all', arg)),
    vscode.commands.registerCommand('mlReps.resetProblem', (arg?: ProblemArg) => resetProblemCommand(deps, arg)),
    vscode.commands.registerCommand('mlReps.problems.showUnsolvedOnly', () => problemsTree.setUnsolvedOnly(true)),
    vscode.commands.registerCommand('mlReps.problems.showAll', () => problemsTree.setUnsolvedOnly(false)),
    vscode.commands.registerCommand('mlReps.startTimer', (arg?: unknown) => startTimerCommand(timers, arg)),
    // Stopping the timer of a group problem set ends the session properly (notes, outcome).
    vscode.commands.registerCommand('mlReps.stopTimer', () => (group.active() ? group.end() : stopTimerCommand(timers))),
    vscode.commands.registerCommand('mlReps.startRecitation', (args?: Parameters<RecitationController['start']>[0]) => recitation.start(args)),
    vscode.commands.registerCommand('mlReps.startGroupProblemSet', (args?: Parameters<GroupSessionController['start']>[0]) => group.start(args)),
    vscode.commands.registerCommand('mlReps.endGroupProblemSet', (args?: Parameters<GroupSessionController['end']>[0]) => group.end(args)),
    vscode.commands.registerCommand('mlReps.logSession', (args?: Parameters<typeof logSessionCommand>[1]) => logSessionCommand(store, args)),
    vscode.commands.registerCommand('mlReps.editSessions', (args?: Parameters<typeof editSessionsCommand>[1]) => editSessionsCommand(store, args)),
    vscode.commands.registerCommand('mlReps.showDashboard', () => dashboard.show()),
    vscode.commands.registerCommand('mlReps.timeMenu', () => timeMenuCommand(timers)),
    vscode.commands.registerCommand('mlReps.exportData', (args?: Parameters<typeof exportDataCommand>[1]) => exportDataCommand(store, args)),
    vscode.commands.registerCommand('mlReps.importData', (args?: Parameters<typeof importDataCommand>[1]) => importDataCommand(store, args)),
    vscode.commands.registerCommand('mlReps.refreshProblems', () => {
      bank = undefined;
      refreshViews();
      tests.refreshItems();
    }),
    vscode.commands.registerCommand('mlReps.startNonCodingCheck', (args?: Parameters<typeof startNonCodingCheck>[1]) => startNonCodingCheck(readinessDeps, args)),
    vscode.commands.registerCommand('mlReps.startCodingCheck', (args?: { seed?: number }) => codingCheck.start(args)),
    vscode.commands.registerCommand('mlReps.practiceQuiz', (args?: Parameters<typeof practiceQuizCommand>[1]) => practiceQuizCommand(readinessDeps, args)),
    vscode.commands.registerCommand('mlReps.reviewQuestions', () => reviewQuestionsCommand(readinessDeps)),
    vscode.commands.registerCommand('mlReps.abandonCheck', (args?: Parameters<typeof abandonCheckCommand>[1]) => abandonCheckCommand(readinessDeps, args)),
    vscode.commands.registerCommand('mlReps.showReadiness', () => showReadinessCommand(readinessDeps, readiness)),
    vscode.commands.registerCommand('mlReps.showLog', () => log.show()),
  );
  updateProblemFileContext(vscode.window.activeTextEditor);
  // Open the store soon after activation, off the activation path, so the status bar shows today's total.
  setTimeout(
    () =>
      void store
        .get()
        .then(() => track.sync())
        .then(() => void sync.restart())
        .then(() => {
          timing.setExcludedProblems(codingCheck.drawnProblems());
          refreshViews();
        }),
    0,
  );

  log.info(`ML Reps activated in ${(performance.now() - started).toFixed(2)} ms`);
  return {
    problemBank,
    practiceFolder: () => workspace.folder().path,
    runTests: (problemId, suite) => {
      const problem = problemBank().problems.find((p) => p.id === problemId);
      return problem ? tests.run(problem, suite) : Promise.resolve(undefined);
    },
    testItemStates: (problemId) => tests.itemStates(problemId),
    resetProblem: async (problemId) => {
      const problem = problemBank().problems.find((p) => p.id === problemId);
      return problem ? workspace.reset(problem, { confirm: false }) : undefined;
    },
    runs: () => history.runs(),
    store: () => store.get(),
    saveTimingNow: async () => {
      await timing.saveNow();
      (await store.get())?.flush();
    },
    statusBarText: () => statusBar.item.text,
    storePath: () => store.path,
    questionBank,
    readiness: () => readiness()?.status,
    dueReviewCards: () => readiness()?.due ?? 0,
    quiz: {
      receive: (message) => quizPanel.receive(message),
      view: () => quizPanel.current?.view(),
      ignored: () => quizPanel.ignored,
    },
    recitation: {
      receive: (message) => recitation.receive(message),
      view: () => recitation.current,
    },
    dashboard: {
      state: () => dashboard.lastState,
      firstRenderMs: () => dashboard.firstRenderMs,
      receive: (message) => dashboard.receive(message),
    },
    codingCheck: {
      receive: (message) => codingCheck.receive(message),
      open: () => codingCheck.openCheck(),
      ignored: () => codingCheck.ignored,
    },
  };
}

export function deactivate(): void {
  // Nothing to flush here on purpose: state is saved as it changes, never only at shutdown.
}
