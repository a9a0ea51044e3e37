import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { MlRepsApi } from '../../../src/api';
import { activateExtension } from './activation.test';

/** What the debug adapter said when the program stopped. */
interface Stopped {
  session: vscode.DebugSession;
  reason: string;
  threadId: number;
}

/**
 * Debugging from the Testing view, in the real extension host. The Python extension is not installed in code-server
 * here, so this exercises ML Reps' own `mlreps-python` type (`python -m debugpy.adapter`), with Debian's python3, which
 * has debugpy (the default python3 on PATH may not).
 */
describe('debugging a test', function () {
  this.timeout(240_000);
  // A problem no other integration test opens, so its editor state cannot race another test's file writes.
  const ID = 'confusion-matrix';
  let api: MlRepsApi;
  let ext: vscode.Extension<unknown>;
  let previousPython: string | undefined;

  before(async () => {
    ext = await activateExtension();
    api = ext.exports as MlRepsApi;
    await vscode.commands.executeCommand('mlReps.chooseTrack', 'ds');
    const config = vscode.workspace.getConfiguration('mlReps');
    previousPython = config.inspect<string>('pythonPath')?.globalValue;
    await config.update('pythonPath', '/usr/bin/python3', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('mlReps').update('pythonPath', previousPython, vscode.ConfigurationTarget.Global);
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The problem-set time this test's editing made is saved now, so it is not counted in the next test's window.
    await api.saveTimingNow();
  });

  it('a breakpoint in solution.py is hit when a test is debugged from the Testing view', async () => {
    // The solution is written before the problem opens (opening never overwrites it), so no editor reloads it under
    // the breakpoint afterwards, which would move the breakpoint with the text.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const dir = join(api.practiceFolder(), ID);
    const solution = join(dir, 'solution.py');
    const source = readFileSync(join(ext.extensionUri.fsPath, 'problems', ID, 'reference.py'), 'utf8');
    mkdirSync(dir, { recursive: true });
    writeFileSync(solution, source);
    await vscode.commands.executeCommand('mlReps.openProblem', ID);
    assert.equal((await vscode.workspace.openTextDocument(solution)).getText(), source, 'the editor shows the solution written');
    // 0-based line of a statement every test reaches.
    const line = source.split('\n').findIndex((l) => l.includes('flat = y_true * num_classes + y_pred'));
    assert.ok(line > 0, 'the breakpoint line is in the solution');
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    vscode.debug.addBreakpoints([new vscode.SourceBreakpoint(new vscode.Location(vscode.Uri.file(solution), new vscode.Position(line, 0)))]);

    // Every message from any debug adapter: resolve on the first stop, fail if a session ends without one.
    let onStopped!: (s: Stopped) => void;
    let onEnded!: (e: Error) => void;
    const stopped = new Promise<Stopped>((resolve, reject) => {
      onStopped = resolve;
      onEnded = reject;
    });
    stopped.catch(() => undefined);
    const sessions: string[] = [];
    const subscriptions = [
      vscode.debug.registerDebugAdapterTrackerFactory('*', {
        createDebugAdapterTracker: (session) => ({
          onDidSendMessage: (m: { type?: string; event?: string; body?: { reason?: string; threadId?: number } }) => {
            if (m.type === 'event' && m.event === 'stopped') onStopped({ session, reason: m.body?.reason ?? '', threadId: m.body?.threadId ?? 0 });
          },
        }),
      }),
      vscode.debug.onDidStartDebugSession((s) => sessions.push(`${s.type}:${s.name}`)),
      vscode.debug.onDidTerminateDebugSession((s) => onEnded(new Error(`the debug session ${s.type} ended without stopping (sessions: ${sessions.join(', ')})`))),
    ];
    const before = (await api.runs()).length;
    try {
      // The Testing view's own command, at the cursor in the first visible test: the Debug profile's handler runs.
      const doc = await vscode.workspace.openTextDocument(join(dir, 'test_visible.py'));
      const editor = await vscode.window.showTextDocument(doc);
      const def = doc.getText().split('\n').findIndex((l) => /^\s+def test_/.test(l));
      editor.selection = new vscode.Selection(def, 8, def, 8);
      const debugRun = vscode.commands.executeCommand('testing.debugAtCursor');

      const stop = await stopped;
      assert.equal(stop.session.type, 'mlreps-python', 'ML Reps\' own debug type ran (no Python extension here)');
      assert.equal(stop.reason, 'breakpoint');
      const trace = (await stop.session.customRequest('stackTrace', { threadId: stop.threadId, startFrame: 0, levels: 1 })) as {
        stackFrames: { line: number; source?: { path?: string } }[];
      };
      const top = trace.stackFrames[0];
      assert.ok(top?.source?.path, JSON.stringify(trace));
      // Through a remote extension host the workbench hands paths back as URIs (vscode-remote://host/path).
      const path = /^[a-z][\w+.-]*:\/\//i.test(top.source.path) ? vscode.Uri.parse(top.source.path).fsPath : top.source.path;
      assert.equal(realpathSync(path), realpathSync(solution), 'stopped in the user\'s solution.py');
      assert.equal(top.line, line + 1, 'stopped at the breakpoint\'s line');
      console.log(`stopped (${stop.reason}) at ${path}:${top.line} in a ${stop.session.type} session`);

      onEnded = () => undefined;
      await vscode.debug.stopDebugging(stop.session);
      await debugRun;
      assert.equal((await api.runs()).length, before, 'a debug run is never recorded as a run');
    } finally {
      for (const d of subscriptions) d.dispose();
    }
  });
});
