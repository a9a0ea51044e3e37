import * as vscode from 'vscode';
import type { RunResult } from '../../core/runner/runResult';

const SETUP_KINDS = new Set(['no-python', 'python-too-old', 'missing-module']);

export function needsPythonSetup(result: RunResult): boolean {
  return !!result.error && SETUP_KINDS.has(result.error.kind);
}

/** A notification with actions the user can take, instead of raw stderr. */
export async function showPythonSetupHelp(result: RunResult): Promise<void> {
  if (!result.error) return;
  const actions = ['Select Interpreter', 'Open Settings'];
  const installCommand = result.hint?.startsWith('Install it with: ') ? result.hint.slice('Install it with: '.length) : undefined;
  if (installCommand) actions.push('Copy Install Command');
  const message = `${result.error.message} ${result.hint ?? ''}`.trim();
  const choice = await vscode.window.showErrorMessage(message, ...actions);
  if (choice === 'Select Interpreter') {
    const hasPython = !!vscode.extensions.getExtension('ms-python.python');
    if (hasPython) await vscode.commands.executeCommand('python.setInterpreter');
    else await vscode.commands.executeCommand('workbench.action.openSettings', 'mlReps.pythonPath');
  } else if (choice === 'Open Settings') {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'mlReps.pythonPath');
  } else if (choice === 'Copy Install Command' && installCommand) {
    await vscode.env.clipboard.writeText(installCommand);
    void vscode.window.showInformationMessage(`Copied: ${installCommand}`);
  }
}
