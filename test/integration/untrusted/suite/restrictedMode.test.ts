import * as assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { MlRepsApi } from '../../../../src/api';
import { runWritableMarker } from '../../runMarker';

describe('an untrusted workspace', function () {
  this.timeout(60_000);

  it('is in restricted mode here', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('runs none of the user\'s code, from any entry point', async () => {
    const ext = vscode.extensions.getExtension('ml-reps.ml-reps');
    assert.ok(ext);
    const api = (await ext.activate()) as MlRepsApi;
    await vscode.commands.executeCommand('mlReps.openProblem', 'stable-softmax');
    const dir = join(api.practiceFolder(), 'stable-softmax');
    // A solution that leaves a marker file if it is ever imported (where a run could write it).
    const marker = runWritableMarker('untrusted-ran');
    writeFileSync(join(dir, 'solution.py'), `open(${JSON.stringify(marker)}, "w").write("ran")\n`);
    const solution = vscode.Uri.file(join(dir, 'solution.py'));
    const before = (await api.runs()).length;
    const sessions: string[] = [];
    const watch = vscode.debug.onDidStartDebugSession((s) => sessions.push(s.type));
    assert.equal(await vscode.commands.executeCommand('mlReps.debugTests', solution), false, 'debugging is refused');
    watch.dispose();
    assert.deepEqual(sessions, [], 'no debug session started');
    assert.equal(await vscode.commands.executeCommand('mlReps.runTests', solution), undefined);
    assert.equal(await vscode.commands.executeCommand('mlReps.runAllTests', solution), undefined);
    assert.equal(await api.runTests('stable-softmax', 'all'), undefined);
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(existsSync(marker), false, 'the solution was imported');
    assert.equal((await api.runs()).length, before, 'no run was recorded');
  });

  it('declares limited support for untrusted workspaces', () => {
    const ext = vscode.extensions.getExtension('ml-reps.ml-reps');
    assert.equal(ext?.packageJSON.capabilities.untrustedWorkspaces.supported, 'limited');
  });
});
