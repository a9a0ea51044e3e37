import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MlRepsApi } from '../../../src/api';
import { dayKey } from '../../../src/core/tracking/timeline';
import { activateExtension } from './activation.test';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('group study: oral recitation and group problem sets', function () {
  this.timeout(120_000);
  let api: MlRepsApi;
  const today = dayKey(Date.now());

  before(async () => {
    api = (await activateExtension()).exports as MlRepsApi;
    await vscode.commands.executeCommand('mlReps.chooseTrack', 'ds');
  });

  it('a recitation runs end to end: timed as GSS oral recitation, rated, and scheduled for review', async () => {
    const store = (await api.store())!;
    const before = store.categoryTotals(today, today).get('gss.oralRecitation') ?? 0;
    const id = await vscode.commands.executeCommand<string>('mlReps.startRecitation', { conceptId: 'cml-logistic-regression-training' });
    assert.equal(id, 'cml-logistic-regression-training');
    const view = api.recitation.view()!;
    assert.equal(view.status, 'reciting');
    assert.ok(view.keyPoints.length >= 3 && view.followUps.length >= 2);
    await sleep(1200);
    assert.equal(await api.recitation.receive({ type: 'finish', covered: [0, 1, 2], selfRating: 'good', peerRating: 4 }), true);
    assert.equal(api.recitation.view()?.status, 'done');
    assert.match(api.recitation.view()!.summary!, /^Saved: 3 of \d key points, rated good, peer 4\/5/);
    assert.ok((store.categoryTotals(today, today).get('gss.oralRecitation') ?? 0) - before >= 1000);
    const rec = store.table('recitations').find((r) => r.concept_id === id);
    assert.ok(rec && rec.covered === '[0,1,2]' && rec.peer_rating === 4);
    assert.ok(store.reviewCards('c:').some((c) => c.id === `c:${id}`), 'the concept has a review card');
    assert.equal(await api.recitation.receive({ type: 'finish', covered: [0], selfRating: 'easy', peerRating: null }), false, 'a finished recitation cannot be finished again');
  });

  it('a group problem set runs end to end: editing counts as group time, not also as problem-set time; runs are recorded', async () => {
    // Its own starting state: no problem file open from an earlier test, and any open automatic interval saved,
    // so that time cannot land inside this test's window.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.saveTimingNow();
    const store = (await api.store())!;
    const t = () => store.categoryTotals(today, today);
    const psBefore = t().get('iss.problemSets') ?? 0;
    const gpBefore = t().get('gss.groupProblemSet') ?? 0;
    const runsBefore = (await api.runs()).length;
    await vscode.commands.executeCommand('mlReps.startGroupProblemSet', { problemId: 'kmeans', participants: 'Ana, Ben' });
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath.endsWith('kmeans/solution.py'));
    assert.ok(editor, 'the problem opened as usual');
    await vscode.window.showTextDocument(editor.document);
    for (let i = 0; i < 3; i++) {
      await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), `# group idea ${i}\n`));
      await sleep(300);
    }
    const run = await api.runTests('kmeans', 'visible');
    assert.ok(run, 'tests still run');
    assert.equal((await api.runs()).length, runsBefore + 1, 'and the run is recorded');
    await sleep(400);
    await api.saveTimingNow();
    const record = await vscode.commands.executeCommand<{ participants: string; solved: boolean; sessionId: string }>('mlReps.endGroupProblemSet', { notes: 'k-means++ seeding matters', solved: false });
    assert.equal(record?.participants, 'Ana, Ben');
    assert.equal(record?.solved, false);
    await editor.document.save();
    const gp = (t().get('gss.groupProblemSet') ?? 0) - gpBefore;
    const ps = (t().get('iss.problemSets') ?? 0) - psBefore;
    assert.ok(gp >= 1000, `group time counted (${gp} ms)`);
    assert.equal(ps, 0, 'the edits inside the group session are not counted twice');
    assert.equal(store.session(record!.sessionId)?.category, 'gss.groupProblemSet');
  });

  it('the dashboard split shows that time in the GSS categories', async () => {
    // Its own GSS time, one session of each kind, twenty minutes each, two days ago at 03:00: no other test writes
    // there (they work around now), so what the 7-day window shows of it is this test's own.
    const now = Date.now();
    const d = new Date(now);
    const at = new Date(d.getFullYear(), d.getMonth(), d.getDate() - 2, 3, 0).getTime();
    const session = (category: 'gss.oralRecitation' | 'gss.groupProblemSet', i: number) => ({
      kind: 'session' as const,
      record: { id: `gss-split-${category}-${now}`, category, start: at + i * 20 * 60_000, end: at + (i + 1) * 20 * 60_000, source: 'logged' as const, problemId: null, note: null, updatedAt: now, deleted: false },
    });
    assert.ok(await api.seed([session('gss.oralRecitation', 0), session('gss.groupProblemSet', 1)]));
    // A new panel, so the state it shows is computed after the seed (the page asks for it with `ready`).
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const previous = api.dashboard.state();
    await vscode.commands.executeCommand('mlReps.showDashboard');
    const deadline = Date.now() + 15_000;
    while ((!api.dashboard.state() || api.dashboard.state() === previous) && Date.now() < deadline) await sleep(100);
    const state = api.dashboard.state();
    assert.notEqual(state, previous, 'the new page got a fresh state');
    assert.ok(state, 'the dashboard rendered');
    const week = state.windows.find((w) => w.id === '7d')!;
    const gss = week.groups[2].bars;
    assert.equal(gss[0].label, 'Oral recitation');
    assert.ok(gss[0].minutes >= 20 && gss[1].minutes >= 20, `both GSS categories have the seeded time this week: ${JSON.stringify(gss)}`);
    assert.ok(week.groups[0].bars[1].share > 0, 'GSS has a share of the week');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
