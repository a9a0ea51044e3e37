import * as vscode from 'vscode';
import { readinessTooltip } from '../../core/readiness/readinessSnapshot';
import type { Services } from '../../services/services';
import { exportDataCommand, importDataCommand } from './dataCommands';
import { StudyStatusBar, timeMenuCommand } from './studyStatusBar';
import { editSessionsCommand, logSessionCommand, startTimerCommand, stopTimerCommand } from './timeCommands';

/** Study time: automatic problem-set time, timers, the status bar, logging and editing sessions, export and import. */
export function registerStudyTime(context: vscode.ExtensionContext, s: Services, options: { stopTimer?: () => Promise<unknown> | undefined }): StudyStatusBar {
  const statusBar = new StudyStatusBar(s.storeService, s.timers, s.timing);
  const updateTooltip = () => statusBar.setReadiness(readinessTooltip(s.readiness()));
  context.subscriptions.push(
    statusBar,
    s.onTick(() => statusBar.refresh()),
    s.onDidChangeProgress(() => {
      statusBar.refresh();
      updateTooltip();
    }),
    s.timing.onDidChangeInterval(() => statusBar.refresh()),
    s.tests.onDidRun((run) => {
      // A check copy's runs are the check's, never problem-set activity.
      if (run.copy.kind === 'practice') s.timing.recordActivity('iss.problemSets', run.result.problemId);
    }),
    vscode.commands.registerCommand('mlReps.startTimer', (arg?: unknown) => startTimerCommand(s.timers, arg)),
    vscode.commands.registerCommand('mlReps.stopTimer', () => options.stopTimer?.() ?? stopTimerCommand(s.timers)),
    vscode.commands.registerCommand('mlReps.logSession', (args?: Parameters<typeof logSessionCommand>[1]) => logSessionCommand(s.storeService, args)),
    vscode.commands.registerCommand('mlReps.editSessions', (args?: Parameters<typeof editSessionsCommand>[1]) => editSessionsCommand(s.storeService, args)),
    vscode.commands.registerCommand('mlReps.timeMenu', () => timeMenuCommand(s.timers)),
    vscode.commands.registerCommand('mlReps.exportData', (args?: Parameters<typeof exportDataCommand>[1]) => exportDataCommand(s.storeService, args)),
    vscode.commands.registerCommand('mlReps.importData', (args?: Parameters<typeof importDataCommand>[1]) => importDataCommand(s.storeService, args)),
  );
  return statusBar;
}
