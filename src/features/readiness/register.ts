import * as vscode from 'vscode';
import type { Services } from '../../services/services';
import { chooseTrack } from './chooseTrackCommand';
import { CodingCheckPanel } from './codingCheckPanel';
import { QuizPanel } from './quizPanel';
import { abandonCheckCommand, practiceQuizCommand, reviewQuestionsCommand, startNonCodingCheck, type ReadinessDeps } from './quizCommands';
import { showReadinessCommand } from './showReadiness';

/** Readiness: the track, the two checks, practice quizzes, spaced review of missed questions, and the status. */
export function registerReadiness(context: vscode.ExtensionContext, s: Services): { quizPanel: QuizPanel; codingCheck: CodingCheckPanel } {
  const quizPanel = new QuizPanel(s);
  const codingCheck = new CodingCheckPanel(s, s.content.problems, s.workspace);
  const deps: ReadinessDeps = { storeService: s.storeService, track: s.track, questions: s.content.questions, problems: s.content.problems, panel: quizPanel, timing: s.timing, scheduler: s.scheduler };
  // The open coding check owns its copies: opening a drawn problem goes there, and its runs are recorded against it.
  s.workspace.checkCopyFor = (id) => codingCheck.copyFor(id);
  s.tests.checkIdForFolder = (folder) => codingCheck.checkIdForFolder(folder);
  s.tests.extraCopies = () => codingCheck.openCopies();
  const excludeDrawn = () => s.timing.setExcludedProblems(codingCheck.drawnProblems());
  context.subscriptions.push(
    quizPanel,
    codingCheck,
    s.tests.onDidRun((run) => codingCheck.onTestRun(run)),
    s.onDidChangeProgress(excludeDrawn),
    codingCheck.onDidChange(() => {
      excludeDrawn();
      s.tests.refreshItems();
    }),
    vscode.commands.registerCommand('mlReps.chooseTrack', (arg?: unknown) => chooseTrack(s.track, arg)),
    vscode.commands.registerCommand('mlReps.startNonCodingCheck', (args?: Parameters<typeof startNonCodingCheck>[1]) => startNonCodingCheck(deps, args)),
    vscode.commands.registerCommand('mlReps.startCodingCheck', (args?: Parameters<CodingCheckPanel['start']>[0]) => codingCheck.start(args)),
    vscode.commands.registerCommand('mlReps.practiceQuiz', (args?: Parameters<typeof practiceQuizCommand>[1]) => practiceQuizCommand(deps, args)),
    vscode.commands.registerCommand('mlReps.reviewQuestions', () => reviewQuestionsCommand(deps)),
    vscode.commands.registerCommand('mlReps.abandonCheck', (args?: Parameters<typeof abandonCheckCommand>[1]) => abandonCheckCommand(deps, args)),
    vscode.commands.registerCommand('mlReps.showReadiness', () => showReadinessCommand(deps, s.readiness)),
  );
  // Read the question bank once the window has settled (3 s after the start-up gate opened), so the first quiz or check does not wait for it.
  let warm: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  void s.startup.opened.then(() => {
    if (!disposed) warm = setTimeout(() => s.content.questions(), 3000);
  });
  context.subscriptions.push({ dispose: () => ((disposed = true), clearTimeout(warm)) });
  return { quizPanel, codingCheck };
}
