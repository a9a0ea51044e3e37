import * as vscode from 'vscode';
import type { Services } from '../../services/services';
import { GroupProblemSet } from './groupProblemSet';
import { RecitationPanel } from './recitationPanel';

/** Group study: oral recitation of concept cards, and group problem sets. */
export function registerGroupStudy(context: vscode.ExtensionContext, s: Services): { recitation: RecitationPanel; group: GroupProblemSet } {
  const recitation = new RecitationPanel(s, s.content.concepts, s.timers, s.scheduler);
  const group = new GroupProblemSet(s.storeService, s.track, s.content.problems, s.workspace, s.timers);
  context.subscriptions.push(
    recitation,
    s.tests.onDidRun((run) => {
      if (run.copy.kind === 'practice') group.onTestRun(run.result);
    }),
    vscode.commands.registerCommand('mlReps.startRecitation', (args?: Parameters<RecitationPanel['start']>[0]) => recitation.start(args)),
    vscode.commands.registerCommand('mlReps.startGroupProblemSet', (args?: Parameters<GroupProblemSet['start']>[0]) => group.start(args)),
    vscode.commands.registerCommand('mlReps.endGroupProblemSet', (args?: Parameters<GroupProblemSet['end']>[0]) => group.end(args)),
  );
  return { recitation, group };
}
