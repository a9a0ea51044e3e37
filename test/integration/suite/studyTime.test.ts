import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { MlRepsApi } from '../../../src/api';
import { dayKey, dayRange, resolveOverlaps } from '../../../src/core/tracking/timeline';
import { activateExtension } from './activation.test';

const ID = 'one-hot-encode';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function typeInto(editor: vscode.TextEditor, text: string): Promise<void> {
  await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), text));
}

describe('study time: automatic problem-set time, timers, logging, export', function () {
  this.timeout(120_000);
  let api: MlRepsApi;
  const config = () => vscode.workspace.getConfiguration('mlReps');

  before(async () => {
    api = (await activateExtension()).exports as MlRepsApi;
    // 1.2 s instead of 5 min, so an idle gap fits in a test.
    await config().update('idleMinutes', 0.02, vscode.ConfigurationTarget.Global);
    assert.equal(config().get('idleMinutes'), 0.02, 'the setting took effect');
    // Auto-saves fire on their own after the last edit: they must not count as activity (a regression test).
    await vscode.workspace.getConfiguration('files').update('autoSave', 'afterDelay', vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('files').update('autoSaveDelay', 800, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await config().update('idleMinutes', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('files').update('autoSaveDelay', undefined, vscode.ConfigurationTarget.Global);
  });

  it('typing in a problem file creates problem-set time for that problem, and an idle gap is not counted', async () => {
    await vscode.commands.executeCommand('mlReps.openProblem', ID);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.fsPath.endsWith(join(ID, 'solution.py')));
    const store = await api.store();
    assert.ok(store);
    const before = new Set(store.sessions().map((s) => s.id));
    const t0 = Date.now();
    for (let i = 0; i < 4; i++) {
      await typeInto(editor, `# working ${i}\n`);
      await sleep(200);
    }
    await sleep(2000); // longer than the idle limit
    for (let i = 0; i < 3; i++) {
      await typeInto(editor, `# again ${i}\n`);
      await sleep(200);
    }
    await api.saveTimingNow();
    const elapsed = Date.now() - t0;
    const mine = store.sessions().filter((s) => !before.has(s.id) && s.problemId === ID);
    assert.equal(mine.length, 2, `two intervals around the idle gap, got ${JSON.stringify(mine)}`);
    for (const s of mine) {
      assert.equal(s.category, 'iss.problemSets');
      assert.equal(s.source, 'auto');
      assert.ok(s.end > s.start);
    }
    const counted = mine.reduce((sum, s) => sum + s.end - s.start, 0);
    assert.ok(counted < elapsed - 1500, `the ${elapsed} ms included a 2 s gap, but ${counted} ms were counted`);
    await editor.document.save();
  });

  it('a timer starts and stops, and its session is saved', async () => {
    await vscode.commands.executeCommand('mlReps.startTimer', 'gss.oralRecitation');
    assert.match(api.statusBarText(), /GSS · oral recitation/);
    await sleep(1200);
    const session = await vscode.commands.executeCommand<{ category: string; source: string; start: number; end: number }>('mlReps.stopTimer');
    assert.ok(session);
    assert.equal(session.category, 'gss.oralRecitation');
    assert.equal(session.source, 'timer');
    assert.ok(session.end - session.start >= 1000);
    const store = await api.store();
    assert.equal(store?.preference('timer.active'), null, 'no timer is left running');
  });

  it('a logged session appears in the store, today\'s totals and the status bar', async () => {
    const store = await api.store();
    assert.ok(store);
    const today = dayKey(Date.now());
    const before = store.categoryTotals(today, today).get('iss.informationGathering') ?? 0;
    const now = new Date();
    const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    // A session that ends now and lies within today, also when the test runs just after midnight (as CI once did:
    // a 30-minute session then put most of its time on yesterday).
    const sinceMidnight = Math.floor((now.getTime() - new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime()) / 60_000);
    const minutes = Math.max(1, Math.min(30, sinceMidnight - 1));
    const logged = await vscode.commands.executeCommand<{ id: string }>('mlReps.logSession', { category: 'iss.informationGathering', date, minutes, note: 'read about ROC curves' });
    assert.ok(logged);
    assert.equal(store.sessions().find((s) => s.id === logged.id)?.note, 'read about ROC curves');
    const record = store.sessions().find((s) => s.id === logged.id)!;
    assert.equal(record.end - record.start, minutes * 60_000);
    // Other tests may have left study time in the last half hour, and overlaps resolve by the method's rule (one
    // instant counts once, the session started first keeps it). So: the store's kept total for today is that rule
    // applied to today's raw sessions, and the logged session added time to it.
    const [from, to] = dayRange(today);
    const expected = resolveOverlaps(store.sessions().filter((s) => !s.deleted && s.end > from && s.start < to), from, to).get('iss.informationGathering') ?? 0;
    const total = store.categoryTotals(today, today).get('iss.informationGathering') ?? 0;
    assert.equal(total, expected);
    assert.ok(total > before && total - before <= minutes * 60_000, `the logged time is in today's total (${before} → ${total} ms)`);
    // The status bar's "today" is all of today's study time, each instant once: at least the logged minutes.
    const shown = /today (?:(\d+) h )?(\d+) min/.exec(api.statusBarText());
    assert.ok(shown, api.statusBarText());
    assert.ok(Number(shown[1] ?? 0) * 60 + Number(shown[2]) >= minutes - 1, `the status bar shows ${shown[0]} after ${minutes} min were logged`);
  });

  it('rejects a bad logged session with a message and saves nothing', async () => {
    const store = await api.store();
    const count = store!.sessions().length;
    assert.equal(await vscode.commands.executeCommand('mlReps.logSession', { category: 'iss.informationGathering', date: '2026-02-30', minutes: 30 }), undefined);
    assert.equal(await vscode.commands.executeCommand('mlReps.logSession', { category: 'iss.informationGathering', date: '2020-01-01', minutes: -5 }), undefined);
    assert.equal(store!.sessions().length, count);
  });

  it('exports to JSON and CSV, and importing the export back duplicates nothing', async () => {
    assert.ok(await api.saveStore());
    const store = (await api.store())!;
    const dir = mkdtempSync(join(tmpdir(), 'mlreps-export-'));
    const file = vscode.Uri.file(join(dir, 'export.json'));
    await vscode.commands.executeCommand('mlReps.exportData', { format: 'json', target: file });
    const data = JSON.parse(readFileSync(file.fsPath, 'utf8'));
    assert.equal(data.format, 'ml-reps-export');
    assert.equal(data.sessions.length, store.sessions({ includeDeleted: true }).length);
    const csvDir = await vscode.commands.executeCommand<vscode.Uri>('mlReps.exportData', { format: 'csv', target: vscode.Uri.file(dir) });
    assert.match(readFileSync(join(csvDir!.fsPath, 'sessions.csv'), 'utf8'), /^id,category,source,startIso/);
    const before = store.sessions().length;
    const counts = await vscode.commands.executeCommand<{ newSessions: number }>('mlReps.importData', { source: file });
    assert.equal(counts?.newSessions, 0);
    assert.equal(store.sessions().length, before);
    // A session from "another machine" is merged in.
    data.sessions.push({ id: 'from-laptop-1', category: 'gss.groupProblemSet', start: 1_700_000_000_000, end: 1_700_000_600_000, source: 'logged', problemId: null, note: 'laptop', updatedAt: 1_700_000_600_000, deleted: false });
    writeFileSync(file.fsPath, JSON.stringify(data));
    const merged = await vscode.commands.executeCommand<{ newSessions: number }>('mlReps.importData', { source: file });
    assert.equal(merged?.newSessions, 1);
    assert.ok(store.sessions().some((s) => s.id === 'from-laptop-1'));
  });

  it('refuses a file that is not an export, importing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlreps-import-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ hello: 'world' }));
    const store = await api.store();
    const before = store!.sessions().length;
    assert.equal(await vscode.commands.executeCommand('mlReps.importData', { source: vscode.Uri.file(file) }), undefined);
    assert.equal(store!.sessions().length, before);
  });
});
