import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { MlRepsApi } from '../../../src/api';
import { pidAlive } from '../../../src/core/store/dbFile';
import { activateExtension } from './activation.test';
import { runWritableMarker } from '../runMarker';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check` holds, polling (bounded by a count of polls, not a duration assertion). */
async function until<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, polls = 600): Promise<T> {
  for (let i = 0; i < polls; i++) {
    const v = await check();
    if (v) return v;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The Testing view's own commands drive these runs, so they go through the Explorer's run handler. */
describe('the Testing API: single tests, continuous runs, cancellation, constraints', function () {
  this.timeout(300_000);
  let api: MlRepsApi;
  let ext: vscode.Extension<unknown>;
  const ID = 'covariance-matrix';
  let dir: string;

  before(async () => {
    ext = await activateExtension();
    api = ext.exports as MlRepsApi;
    await vscode.commands.executeCommand('mlReps.chooseTrack', 'ds');
  });

  beforeEach(async () => {
    // Each test starts from the starter of its own problem copy.
    await vscode.commands.executeCommand('mlReps.openProblem', ID);
    dir = join(api.practiceFolder(), ID);
    writeFileSync(join(dir, 'solution.py'), readFileSync(join(ext.extensionUri.fsPath, 'problems', ID, 'starter.py')));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function openAtTest(nth: number): Promise<string> {
    const doc = await vscode.workspace.openTextDocument(join(dir, 'test_visible.py'));
    const editor = await vscode.window.showTextDocument(doc);
    const lines = doc.getText().split('\n');
    const defs = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s+def test_/.test(l));
    const [text, line] = defs[nth];
    editor.selection = new vscode.Selection(line, 8, line, 8);
    return /def (test_\w+)/.exec(text)![1];
  }

  it('a single visible test runs from the Testing view', async () => {
    writeFileSync(join(dir, 'solution.py'), readFileSync(join(ext.extensionUri.fsPath, 'problems', ID, 'reference.py')));
    const before = (await api.runs()).length;
    const name = await openAtTest(1);
    await vscode.commands.executeCommand('testing.runAtCursor');
    const runs = await until('the run to be recorded', async () => {
      const r = await api.runs();
      return r.length > before && r;
    });
    const last = runs[runs.length - 1];
    assert.equal(last.problemId, ID);
    assert.equal(last.total, 1, `exactly one test ran (${name})`);
    assert.equal(last.passed, 1);
    const states = api.testItemStates(ID);
    const ran = Object.entries(states).filter(([id, s]) => id.includes(name) && s === 'passed');
    assert.equal(ran.length, 1, JSON.stringify(states));
  });

  it('a continuous run re-runs on save', async () => {
    const before = (await api.runs()).length;
    await vscode.commands.executeCommand('testing.startContinuousRun');
    try {
      // Nothing runs until a save.
      await sleep(500);
      assert.equal((await api.runs()).length, before);
      const doc = await vscode.workspace.openTextDocument(join(dir, 'solution.py'));
      const editor = await vscode.window.showTextDocument(doc);
      for (let save = 1; save <= 2; save++) {
        await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount, 0), `# save ${save}\n`));
        assert.ok(await doc.save());
        await until(`run ${save} after save ${save}`, async () => (await api.runs()).length >= before + save);
      }
    } finally {
      await vscode.commands.executeCommand('testing.stopContinuousRun');
    }
    const after = (await api.runs()).length;
    // Once stopped, a save runs nothing.
    const doc = await vscode.workspace.openTextDocument(join(dir, 'solution.py'));
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount, 0), '# after stop\n'));
    await doc.save();
    await sleep(1500);
    assert.equal((await api.runs()).length, after, 'no run after the continuous run stopped');
  });

  it('cancelling a run from the Testing view stops the Python process', async () => {
    const marker = runWritableMarker('cancel-pid');
    writeFileSync(
      join(dir, 'solution.py'),
      // No imports (the problem allows numpy only): the pid comes from /proc, and the wait is a busy loop.
      ['def covariance_matrix(X):', `    with open(${JSON.stringify(marker)}, "w") as f:`, '        f.write(open("/proc/self/stat").read().split()[0])', '    while True:', '        pass', ''].join('\n'),
    );
    const before = (await api.runs()).length;
    await openAtTest(0);
    void vscode.commands.executeCommand('testing.runAtCursor');
    const pid = await until('the solution to start', () => existsSync(marker) && Number(readFileSync(marker, 'utf8')));
    const alive = () => pidAlive(pid);
    assert.ok(alive(), 'the solution is running');
    await vscode.commands.executeCommand('testing.cancelRun');
    await until('the Python process to end', () => !alive(), 100);
    const runs = await until('the cancelled run to be recorded', async () => {
      const r = await api.runs();
      return r.length > before && r;
    });
    const last = runs[runs.length - 1];
    assert.equal(last.solved, false);
    assert.match(last.error ?? '', /cancel/i);
    rmSync(marker, { force: true });
  });

  it('a solution that calls a forbidden function is refused with the constraint message', async () => {
    writeFileSync(join(dir, 'solution.py'), ['import numpy as np', '', 'def covariance_matrix(X):', '    return np.cov(np.asarray(X, dtype=float), rowvar=False)', ''].join('\n'));
    const result = await api.runTests(ID, 'all');
    assert.equal(result?.error?.kind, 'constraint');
    assert.match(result?.error?.message ?? '', /`np\.cov` is not allowed \(see Constraints\)/);
    assert.equal(result?.error?.line, 4);
    assert.equal(result?.tests.length, 0, 'no test ran');
    assert.equal(result?.status === 'pass', false);
    const diagnostics = vscode.languages.getDiagnostics(vscode.Uri.file(join(dir, 'solution.py')));
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].range.start.line, 3);
    assert.match(diagnostics[0].message, /np\.cov/);
    // Fixed, the diagnostic goes away.
    writeFileSync(join(dir, 'solution.py'), readFileSync(join(ext.extensionUri.fsPath, 'problems', ID, 'reference.py')));
    assert.equal((await api.runTests(ID, 'all'))?.status, 'pass');
    assert.equal(vscode.languages.getDiagnostics(vscode.Uri.file(join(dir, 'solution.py'))).length, 0);
  });
});

describe('hints on request', function () {
  this.timeout(120_000);
  let api: MlRepsApi;

  before(async () => {
    api = (await activateExtension()).exports as MlRepsApi;
    await vscode.commands.executeCommand('mlReps.chooseTrack', 'ds');
  });

  it('a hint is shown on request and recorded', async () => {
    const problem = api.problemBank().problems.find((p) => (p.hints?.length ?? 0) >= 2 && !api.hintsShown(p.id))!;
    assert.ok(problem, 'a problem with two or more hints, none shown yet');
    await vscode.commands.executeCommand('mlReps.openProblem', problem.id);
    const solution = vscode.Uri.file(join(api.practiceFolder(), problem.id, 'solution.py'));
    // The CodeLens offers the first hint; the statement does not contain it.
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', solution);
    assert.ok(lenses.some((l) => l.command?.command === 'mlReps.showNextHint' && /Hint 1 of/.test(l.command.title)), lenses.map((l) => l.command?.title).join(', '));
    const statement = readFileSync(join(api.practiceFolder(), problem.id, 'README.md'), 'utf8');
    assert.ok(!statement.includes(problem.hints![0]), 'the hint is not in the statement');

    assert.equal(await vscode.commands.executeCommand<string>('mlReps.showNextHint', solution), problem.hints![0]);
    assert.equal(api.hintsShown(problem.id), 1, 'the first hint is recorded');
    assert.equal(await vscode.commands.executeCommand<string>('mlReps.showNextHint', solution), problem.hints![1]);
    assert.equal(api.hintsShown(problem.id), 2);
    const store = (await api.store())!;
    const times = (store.preference<Record<string, number[]>>('hintsShown') ?? {})[problem.id];
    assert.equal(times?.length, 2, 'each hint is stored with the time it was shown');
    assert.ok(times[0] <= times[1]);

    // A check copy gets no hint, and nothing is recorded.
    const checkFile = vscode.Uri.file(join(api.practiceFolder(), 'checks', '2026-01-01-abcdef', problem.id, 'solution.py'));
    assert.equal(await vscode.commands.executeCommand('mlReps.showNextHint', checkFile), undefined);
    assert.equal(api.hintsShown(problem.id), 2);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

describe('study guides', function () {
  this.timeout(120_000);
  let api: MlRepsApi;

  before(async () => {
    api = (await activateExtension()).exports as MlRepsApi;
    await vscode.commands.executeCommand('mlReps.chooseTrack', 'ds');
  });

  it('reading a study guide counts as information gathering', async () => {
    const store = (await api.store())!;
    const infoMs = () => store.categoryTotals().get('iss.informationGathering') ?? 0;
    await api.saveTimingNow();
    const before = infoMs();
    const id = await vscode.commands.executeCommand<string>('mlReps.openStudyGuide', { weakest: true });
    assert.ok(id, 'a guide opens for the weakest topic');
    const view = await until('the guide to render', () => api.studyGuide.view());
    assert.ok(view.whatToKnow.length > 0 && view.resources.length >= 3, 'the guide has what to know and its resources');
    assert.ok(await api.studyGuide.receive({ type: 'ready' }));
    // The reader scrolls for a while: the first report opens an interval, the last one sets its end.
    const started = Date.now();
    assert.ok(await api.studyGuide.receive({ type: 'activity' }));
    await sleep(1500);
    assert.ok(await api.studyGuide.receive({ type: 'activity' }));
    const elapsed = Date.now() - started;
    await api.saveTimingNow();
    const gained = infoMs() - before;
    assert.ok(gained > 0, 'reading counted as ISS · information gathering');
    assert.ok(gained <= elapsed + 1000, `no more than the time spent reading (${gained} ms of ${elapsed} ms)`);
    // Malformed or out-of-range messages change nothing.
    assert.equal(await api.studyGuide.receive({ type: 'openResource', index: 99 }), false);
    assert.equal(await api.studyGuide.receive({ type: 'openProblem', problemId: '../x' }), false);
    assert.equal(await api.studyGuide.receive({ type: 'activity', extra: 1 }), false);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

describe('sync across machines', function () {
  this.timeout(120_000);
  let api: MlRepsApi;

  before(async () => {
    api = (await activateExtension()).exports as MlRepsApi;
  });

  it("a session logged in another machine's sync file appears on the dashboard", async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const folder = mkdtempSync(join(tmpdir(), 'mlreps-sync-'));
    const id = `other-${Date.now()}`;
    const start = Date.now() - 3 * 60 * 60_000;
    const session = { id, category: 'gss.oralRecitation', start, end: start + 40 * 60_000, source: 'logged', problemId: null, note: 'recited on the laptop', updatedAt: start + 40 * 60_000, deleted: false };
    writeFileSync(
      join(folder, 'laptop-3f9a21c0.mlreps.jsonl'),
      `${JSON.stringify({ mlreps: 'sync-log', v: 1, machine: 'laptop-3f9a21c0', epoch: 'e1' })}\n${JSON.stringify({ k: 'session', r: session })}\n`,
    );
    try {
      await vscode.commands.executeCommand('mlReps.showDashboard');
      const allTime = () => api.dashboard.state()?.windows.find((w) => w.id === 'all')?.totalMinutes;
      const before = await until('the dashboard', () => allTime() !== undefined && { minutes: allTime()! });
      // Setting the folder starts sync; the other machine's log is merged into this machine's database.
      await vscode.commands.executeCommand('mlReps.setUpSyncFolder', { folder });
      const store = (await api.store())!;
      await until('the merged session', () => store.session(id)?.note === 'recited on the laptop');
      // The dashboard counts it: at least 40 more minutes all time (other sessions may sit above it in the recent list).
      const state = await until('the 40 minutes on the dashboard', () => {
        const s = api.dashboard.state();
        return (allTime() ?? 0) - before.minutes >= 40 && /1 other machine/i.test(s?.sync ?? '') && s;
      });
      assert.match(state.sync ?? '', /Synced with 1 other machine/i);
      // This machine never writes into the other machine's file.
      assert.equal(readFileSync(join(folder, 'laptop-3f9a21c0.mlreps.jsonl'), 'utf8').split('\n').filter(Boolean).length, 2);
    } finally {
      await vscode.workspace.getConfiguration().update('mlReps.syncFolder', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});
