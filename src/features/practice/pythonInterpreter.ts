import * as vscode from 'vscode';
import { interpreterCandidates } from '../../core/runner/interpreter';

interface PythonExtensionApi {
  environments?: { getActiveEnvironmentPath?(resource?: vscode.Uri): { path?: string } | undefined };
}

/** The Python extension's active interpreter, when that extension is installed. Never throws. */
async function pythonExtensionInterpreter(resource?: vscode.Uri): Promise<string | undefined> {
  const ext = vscode.extensions.getExtension<PythonExtensionApi>('ms-python.python');
  if (!ext) return undefined;
  try {
    const api = ext.isActive ? ext.exports : await ext.activate();
    const path = api?.environments?.getActiveEnvironmentPath?.(resource)?.path;
    return path && path !== 'python' ? path : undefined;
  } catch {
    return undefined;
  }
}

export async function resolveInterpreterCandidates(resource?: vscode.Uri): Promise<string[]> {
  return interpreterCandidates({
    configured: vscode.workspace.getConfiguration('mlReps', resource).get<string>('pythonPath'),
    pythonExtension: await pythonExtensionInterpreter(resource),
  });
}
