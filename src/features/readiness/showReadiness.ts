import * as vscode from 'vscode';
import type { ReadinessStatus } from '../../core/readiness/status';
import type { ReadinessDeps } from './quizCommands';

/** "ML Reps: Show Readiness": the status, what is missing, and every check with its date and score. */
export async function showReadinessCommand(deps: ReadinessDeps, readiness: () => { status: ReadinessStatus; due: number } | undefined): Promise<void> {
  const store = await deps.storeService.get();
  const r = readiness();
  if (!store || !r) {
    void vscode.window.showInformationMessage('Choose a track first: ML Reps: Choose Track.');
    return;
  }
  type Item = vscode.QuickPickItem & { command?: string };
  const items: Item[] = [
    { label: `${r.status.ready ? '$(pass-filled)' : '$(circle-large-outline)'} ${r.status.headline}`, detail: r.status.reasons.join(' ') || 'Both checks passed on this track.' },
  ];
  if (r.status.weakestTopics.length) items.push({ label: '$(target) Weakest topics', detail: r.status.weakestTopics.join(', ') });
  items.push(
    { label: '$(checklist) Start a coding check', command: 'mlReps.startCodingCheck' },
    { label: '$(question) Start a non-coding check', command: 'mlReps.startNonCodingCheck' },
    { label: `$(history) Review questions (${r.due} due)`, command: 'mlReps.reviewQuestions' },
    { label: 'History', kind: vscode.QuickPickItemKind.Separator },
  );
  const checks = store.checks().reverse();
  if (!checks.length) items.push({ label: 'No checks yet.' });
  for (const c of checks) {
    const what = c.kind === 'coding' ? 'Coding' : 'Non-coding';
    const score = c.status === 'completed' ? `${c.score}/${c.total}` : c.status;
    items.push({ label: `${what} · ${score}`, description: `${c.track.toUpperCase()} · ${new Date(c.startedAt).toLocaleDateString()}${c.finishedAt ? ` → ${new Date(c.finishedAt).toLocaleDateString()}` : ''}` });
  }
  const pick = await vscode.window.showQuickPick(items, { title: `ML Reps readiness (${r.status.track.toUpperCase()} track)`, matchOnDetail: true });
  if (pick?.command) await vscode.commands.executeCommand(pick.command);
}
