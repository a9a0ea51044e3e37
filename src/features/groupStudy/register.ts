import * as vscode from 'vscode';
import type { Services } from '../../services/services';
import { GroupSessionController } from './groupSession';
import { RecitationController } from './recitationController';

/** Group study: oral recitation of concept cards, and group problem sets. */
export function registerGroupStudy(context: vscode.ExtensionContext, s: Services): { recitation: RecitationController; group: GroupSessionController } {
  const recitation = new RecitationController(s, s.content.concepts, s.timers, s.scheduler);
  const group = new GroupSessionController(s.storeService, s.track, s.content.problems, s.workspace, s.timers);
  context.subscriptions.push(
    recitation,
    s.tests.onDidRun((run) => {
      if (run.copy.kind === 'practice') group.onTestRun(run.result);
    }),
    vscode.commands.registerCommand('mlReps.startRecitation', (args?: Parameters<RecitationController['start']>[0]) => recitation.start(args)),
    vscode.commands.registerCommand('mlReps.startGroupProblemSet', (args?: Parameters<GroupSessionController['start']>[0]) => group.start(args)),
    vscode.commands.registerCommand('mlReps.endGroupProblemSet', (args?: Parameters<GroupSessionController['end']>[0]) => group.end(args)),
  );
  return { recitation, group };
}
