import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { MlRepsApi } from '../../../src/api';
import { activateExtension } from './activation.test';

const ID = 'stable-softmax';
/** How many tests a shipped test file holds, read from the file (the bank grows; counts are never hard-coded). */
const shippedTests = (file: string) => (readFileSync(join(__dirname, '..', '..', '..', '..', 'problems', ID, file), 'utf8').match(/^\s+def test_/gm) ?? []).length;

async function waitFor<T>(fn: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function replaceDocumentText(uri: vscode.Uri, text: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  await editor.edit((b) => b.replace(new vscode.Range(0, 0, doc.lineCount, 0), text));
  // Left unsaved on purpose: running must save first (testing.saveBeforeTest).
  assert.equal(doc.isDirty, true);
}

describe('practice loop: open, run, solve, reopen, reset', function () {
  this.timeout(120_000);
  let api: MlRepsApi;
  let ext: vscode.Extension<unknown>;
  let dir: string;
  let solution: vscode.Uri;

  before(async () => {
    ext = await activateExtension();
    api = ext.exports as MlRepsApi;
    dir = join(api.practiceFolder(), ID);
    solution = vscode.Uri.file(join(dir, 'solution.py'));
  });

  /**
   * Each test's own start: the problem opened with the starter code. A copy left by another test is reset through
   * the extension (deleting it under VS Code would leave a stale editor model whose next save is refused).
   */
  async function openFresh(): Promise<vscode.TextEditor> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (existsSync(solution.fsPath)) await api.resetProblem(ID);
    await vscode.commands.executeCommand('mlReps.openProblem', ID);
    return waitFor(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath === solution.fsPath), 'solution.py in an editor');
  }

  /** A fresh copy with the reference solution in the editor (unsaved), run with every test. */
  async function solveFresh() {
    await openFresh();
    const reference = readFileSync(join(ext.extensionUri.fsPath, 'problems', ID, 'reference.py'), 'utf8');
    await replaceDocumentText(solution, reference);
    const result = await vscode.commands.executeCommand<{ status: string; counts: { passed: number; total: number } }>('mlReps.runAllTests', solution);
    return { reference, result };
  }

  /** Code of the user's own in solution.py, saved. */
  async function writeOwnCode(): Promise<string> {
    const mine = '# my attempt\nimport numpy as np\n\ndef softmax(z, axis=-1):\n    e = np.exp(z)\n    return e / e.sum(axis=axis, keepdims=True)\n';
    await replaceDocumentText(solution, mine);
    assert.ok(await (await vscode.workspace.openTextDocument(solution)).save());
    return mine;
  }

  it('lists problems in the picker with status (the picker is driven in the UI flow)', async () => {
    const ids = api.problemBank().problems.map((p) => p.id);
    assert.ok(ids.includes(ID));
  });

  it('opens a problem as files in the practice folder, without the hidden tests', async () => {
    const active = await openFresh();
    // (A `.backups` folder is there when an earlier reset kept the user's code.)
    assert.deepEqual(readdirSync(dir).filter((n) => n !== '.backups').sort(), ['README.md', 'mlreps_check.py', 'solution.py', 'test_visible.py']);
    assert.ok(!(readdirSync(dir, { recursive: true }) as string[]).some((n) => /test_hidden/.test(n)), 'no hidden test anywhere in the practice copy');
    assert.match(active.document.getText(), /NotImplementedError/);
  });

  it('shows the Run tests CodeLens above the entry function', async () => {
    await openFresh();
    const lenses = await waitFor(async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', solution);
      return l && l.length >= 2 ? l : undefined;
    }, 'CodeLens');
    const titles = lenses.map((l) => l.command?.title);
    assert.ok(titles.includes('▶ Run tests'), titles.join(', '));
    assert.ok(titles.includes('Run all (incl. hidden)'));
    assert.ok(lenses.some((l) => l.command?.command === 'mlReps.debugTests' && /Debug$/.test(l.command.title)), 'a Debug lens beside Run tests');
    const doc = await vscode.workspace.openTextDocument(solution);
    assert.match(doc.lineAt(lenses[0].range.start.line).text, /^def softmax/);
  });

  it('runs the starter, which fails and is recorded as not solved', async () => {
    await openFresh();
    const before = (await api.runs()).length;
    const result = await vscode.commands.executeCommand<{ status: string; counts: { passed: number; total: number } }>('mlReps.runAllTests', solution);
    assert.ok(result, 'the command returned a result');
    assert.equal(result.status, 'fail');
    assert.equal(result.counts.passed, 0);
    assert.equal(result.counts.total, shippedTests('test_visible.py') + shippedTests('test_hidden.py'));
    const runs = await api.runs();
    assert.equal(runs.length, before + 1);
    assert.equal(runs[runs.length - 1].solved, false);
    const states = api.testItemStates(ID);
    assert.equal(states['visible:VisibleTests.test_small_vector'], 'errored');
  });

  it('passes with a correct solution, saved automatically, and records the problem as solved', async () => {
    const { reference, result } = await solveFresh();
    assert.equal(result?.status, 'pass');
    assert.equal(result?.counts.passed, shippedTests('test_visible.py') + shippedTests('test_hidden.py'));
    assert.equal(readFileSync(solution.fsPath, 'utf8'), reference, 'the run saved the editor first');
    const all = await api.runs();
    const last = all[all.length - 1];
    assert.deepEqual({ problemId: last.problemId, solved: last.solved, passed: last.passed, total: last.total }, { problemId: ID, solved: true, passed: shippedTests('test_visible.py') + shippedTests('test_hidden.py'), total: shippedTests('test_visible.py') + shippedTests('test_hidden.py') });
  });

  it('gives the Test Explorer items their results, hidden tests included', async () => {
    assert.equal((await solveFresh()).result?.status, 'pass');
    const states = api.testItemStates(ID);
    const visible = Object.keys(states).filter((k) => k.startsWith('visible:'));
    const hidden = Object.keys(states).filter((k) => k.startsWith('hidden/hidden:'));
    assert.equal(visible.length, shippedTests('test_visible.py'));
    assert.equal(hidden.length, shippedTests('test_hidden.py'));
    for (const k of [...visible, ...hidden]) assert.equal(states[k], 'passed', k);
  });

  it('shows the last result in the CodeLens', async () => {
    assert.equal((await solveFresh()).result?.status, 'pass');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', solution);
    assert.ok(lenses.some((l) => l.command?.title === `✔ solved · ${shippedTests('test_visible.py') + shippedTests('test_hidden.py')}/${shippedTests('test_visible.py') + shippedTests('test_hidden.py')} passing`), lenses.map((l) => l.command?.title).join(', '));
  });

  it('reopening keeps the user\'s code', async () => {
    await openFresh();
    const mine = await writeOwnCode();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('mlReps.openProblem', ID);
    assert.equal(readFileSync(solution.fsPath, 'utf8'), mine);
  });

  it('reset restores the starter and keeps a backup of the code it replaced', async () => {
    await openFresh();
    const mine = await writeOwnCode();
    const backup = await api.resetProblem(ID);
    assert.ok(backup && existsSync(backup), 'a backup file exists');
    assert.equal(readFileSync(backup, 'utf8'), mine);
    assert.match(readFileSync(solution.fsPath, 'utf8'), /NotImplementedError/);
  });

  it('a syntax error is reported with its line, as an error on the problem', async () => {
    await openFresh();
    await replaceDocumentText(solution, 'import numpy as np\n\ndef softmax(z, axis=-1)\n    return z\n');
    const result = await vscode.commands.executeCommand<{ error: { kind: string; line: number } | null }>('mlReps.runTests', solution);
    assert.equal(result?.error?.kind, 'syntax');
    assert.equal(result?.error?.line, 3);
    assert.equal(api.testItemStates(ID)['visible:VisibleTests.test_small_vector'], 'skipped');
  });
});
