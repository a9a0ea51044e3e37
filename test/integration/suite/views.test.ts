import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as vscode from 'vscode';
import type { MlRepsApi } from '../../../src/api';
import { activateExtension } from './activation.test';

describe('ML Reps views', () => {
  it('loads the shipped problem bank with no errors', async () => {
    const ext = await activateExtension();
    const api = ext.exports as MlRepsApi;
    const bank = api.problemBank();
    assert.deepEqual(bank.errors, []);
    const folders = readdirSync(vscode.Uri.joinPath(ext.extensionUri, 'problems').fsPath, { withFileTypes: true }).filter(
      (d) => d.isDirectory() && !d.name.startsWith('_'),
    );
    assert.equal(bank.problems.length, folders.length);
    assert.ok(bank.problems.length > 0);
  });

  it('focuses the Problems and Progress views of the ML Reps container', async () => {
    await activateExtension();
    await vscode.commands.executeCommand('workbench.view.extension.mlReps');
    await vscode.commands.executeCommand('mlReps.problems.focus');
    await vscode.commands.executeCommand('mlReps.progress.focus');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(registered.has('mlReps.problems.focus'), 'the Problems view is contributed');
    assert.ok(registered.has('mlReps.progress.focus'), 'the Progress view is contributed');
  });
});
