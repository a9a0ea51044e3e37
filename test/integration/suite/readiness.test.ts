import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { MlRepsApi } from '../../../src/api';
import { activateExtension } from './activation.test';

describe('readiness: checks, status and review', function () {
  this.timeout(300_000);
  let api: MlRepsApi;
  let ext: vscode.Extension<unknown>;

  before(async () => {
    ext = await activateExtension();
    api = ext.exports as MlRepsApi;
  });

  // Each test sets up the state it needs (the suite also passes in reverse or shuffled order: ML_REPS_TEST_ORDER).
  beforeEach(async () => {
    await vscode.commands.executeCommand('mlReps.chooseTrack', 'ds');
  });

  /** A completed check as the store keeps it, finished now, so it is the latest of its kind for the track. */
  async function seedCompletedCheck(kind: 'coding' | 'noncoding', track: 'ds' | 'mle', score: number): Promise<string> {
    const now = Date.now();
    const id = `seeded-${kind}-${now}-${Math.random().toString(36).slice(2, 8)}`;
    const total = kind === 'coding' ? 20 : 50;
    const state = kind === 'coding' ? { solvedAt: {}, confirmed: [] } : { answers: [] };
    assert.ok(await api.seed([{ kind: 'check', record: { id, kind, track, seed: 1, draw: [], startedAt: now - 60_000, finishedAt: now, status: 'completed', score, total, elapsedMs: 60_000, state, updatedAt: now } }]));
    // The readiness status follows store changes: wait for it to see the seeded check.
    for (let polls = 0; polls < 100; polls++) {
      const latest = kind === 'coding' ? api.readiness()?.latestCoding : api.readiness()?.latestNonCoding;
      if (api.readiness()?.track === track && latest?.id === id) return id;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the readiness status never showed the seeded ${kind} check`);
  }

  it('a full non-coding check, answered through the panel\'s message host, scores as expected and passes', async () => {
    const id = await vscode.commands.executeCommand<string>('mlReps.startNonCodingCheck', { seed: 4242, ifOpen: 'restart' });
    const store = (await api.store())!;
    const check = store.checks().find((c) => c.id === id)!;
    assert.equal(check.draw.length, 50);
    assert.equal(check.seed, 4242, 'the seed is recorded');
    const bank = new Map(api.questionBank().questions.map((q) => [q.id, q]));
    for (let i = 0; i < 50; i++) {
      const view = api.quiz.view();
      assert.equal(view?.type, 'question');
      assert.equal(view?.type === 'question' && view.index, i);
      const q = bank.get(check.draw[i])!;
      assert.equal(view?.type === 'question' && view.stem, q.stem);
      // Options are shuffled for the check: answer by the position the key is shown at.
      const shownKey = view?.type === 'question' ? view.options.indexOf(q.options[q.answer]) : -1;
      assert.ok(shownKey >= 0);
      assert.ok(await api.quiz.receive({ type: 'answer', index: i, choice: i < 36 ? shownKey : (shownKey + 1) % 4 }));
    }
    const result = api.quiz.view();
    assert.equal(result?.type, 'result');
    if (result?.type !== 'result') return;
    assert.equal(result.score, 36);
    assert.equal(result.passed, true);
    assert.equal(result.review.length, 50);
    const saved = store.checks().find((c) => c.id === id)!;
    assert.deepEqual([saved.status, saved.score], ['completed', 36]);
    assert.equal(api.readiness()?.latestNonCoding?.score, 36);
    const cards = store.reviewCards('q:');
    const missed = check.draw.slice(36).map((q) => `q:${q}`);
    for (const m of missed) assert.ok(cards.some((c) => c.id === m), `missed ${m} became a review card`);
    assert.ok(cards.filter((c) => missed.includes(c.id)).every((c) => c.due - Date.now() < 60 * 60_000), 'and they come back within the hour');
  });

  it('1,000 schema-valid but out-of-turn messages and 200 malformed ones change nothing; closing midway keeps the check resumable', async () => {
    const id = await vscode.commands.executeCommand<string>('mlReps.startNonCodingCheck', { seed: 7, ifOpen: 'restart' });
    const store = (await api.store())!;
    // The handshake, as the page sends it once it has loaded (the real page sends its own too): the host answers it
    // with the view, and from then on answers each accepted request with exactly one view and a refused one with none.
    assert.ok(await api.quiz.receive({ type: 'ready' }));
    let replied = api.quiz.replied();
    assert.ok(await api.quiz.receive({ type: 'answer', index: 0, choice: 2 }));
    assert.equal(api.quiz.replied(), replied + 1, 'an accepted answer is answered with exactly one view (the protocol\'s reply)');
    replied = api.quiz.replied();
    const before = JSON.stringify(store.checks().find((c) => c.id === id));
    const viewBefore = JSON.stringify(api.quiz.view());
    let seed = 99;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const ignoredBefore = api.quiz.ignored();
    // 1,000 messages that pass the schema but are out of turn or out of range: answers to any question but the next
    // one (question 2, index 1), "next" and "rate" (a check has neither feedback nor ratings).
    const ratings = ['again', 'hard', 'good', 'easy'] as const;
    for (let i = 0; i < 1000; i++) {
      const r = rnd();
      const index = (() => {
        const k = Math.floor(rnd() * 1001);
        return k === 1 ? 0 : k;
      })();
      const msg =
        r < 0.6 ? { type: 'answer', index, choice: Math.floor(rnd() * 4) } : r < 0.8 ? { type: 'next', index: Math.floor(rnd() * 1001) } : { type: 'rate', index: Math.floor(rnd() * 1001), rating: ratings[Math.floor(rnd() * 4)] };
      assert.equal(await api.quiz.receive(msg), false, JSON.stringify(msg));
    }
    // And 200 that fail the schema: wrong types, unknown fields, out-of-range choices.
    const junk = [null, 1, 'x', [], {}, { type: 'answer' }, { type: 'answer', index: 1, choice: 9 }, { type: 'answer', index: -1, choice: 0 }, { type: 'open', problemId: '../etc' }, { type: 'answer', index: 1, choice: 1, extra: true }];
    for (let i = 0; i < 200; i++) assert.equal(await api.quiz.receive(junk[i % junk.length]), false);
    assert.equal(JSON.stringify(store.checks().find((c) => c.id === id)), before);
    assert.equal(JSON.stringify(api.quiz.view()), viewBefore);
    assert.equal(api.quiz.ignored() - ignoredBefore, 1200, 'every one of them was ignored');
    assert.equal(api.quiz.replied(), replied, 'and none was answered');
    // Close the panel: the check stays open, and starting again resumes at question 2.
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    assert.equal(store.checks().find((c) => c.id === id)?.status, 'open');
    const again = await vscode.commands.executeCommand<string>('mlReps.startNonCodingCheck', { ifOpen: 'resume' });
    assert.equal(again, id);
    const v = api.quiz.view();
    assert.equal(v?.type === 'question' && v.index, 1);
  });

  it('an abandoned check is recorded as abandoned and counts nothing', async () => {
    const passed = await seedCompletedCheck('noncoding', 'ds', 36);
    const id = await vscode.commands.executeCommand<string>('mlReps.startNonCodingCheck', { seed: 555, ifOpen: 'restart', acceptSeen: true });
    const store = (await api.store())!;
    assert.ok(await api.quiz.receive({ type: 'answer', index: 0, choice: 0 }));
    assert.equal(await vscode.commands.executeCommand('mlReps.abandonCheck', { kind: 'noncoding' }), true);
    const abandoned = store.checks().find((c) => c.id === id)!;
    assert.deepEqual([abandoned.status, abandoned.score], ['abandoned', null]);
    assert.equal(api.readiness()?.latestNonCoding?.id, passed, 'the last completed check still stands');
  });

  it('a coding check solved with the reference solutions gives 20/20, and with the non-coding pass: Ready', async () => {
    await seedCompletedCheck('noncoding', 'ds', 36);
    await seedCompletedCheck('coding', 'ds', 16);
    assert.equal(api.readiness()?.ready, false, 'a non-coding pass alone, with a coding check at 16/20, is not ready');
    await vscode.commands.executeCommand('mlReps.startCodingCheck', { seed: 11, acceptSeen: true });
    const check = api.codingCheck.open()!;
    assert.equal(check.draw.length, 20);
    const problemsDir = join(ext.extensionUri.fsPath, 'problems');
    for (const id of check.draw) {
      await vscode.commands.executeCommand('mlReps.openProblem', id);
      const dir = api.codingCheck.copyDir(id)!;
      assert.ok(dir.includes(`${join('checks', '')}`), `${id} opens in the check folder, not practice: ${dir}`);
      writeFileSync(join(dir, 'solution.py'), readFileSync(join(problemsDir, id, 'reference.py')));
      const result = await api.runTests(id, 'all', { copy: 'check' });
      assert.equal(result?.status, 'pass', `${id}: ${JSON.stringify(result?.error ?? result?.tests.filter((t) => t.status !== 'pass').slice(0, 2))}`);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const state = api.codingCheck.open()!.state as { solvedAt: Record<string, number> };
    assert.equal(Object.keys(state.solvedAt).length, 20, 'each solve was noticed during the check');
    assert.equal(await api.codingCheck.receive({ type: 'confirm', problemIds: check.draw }), false, 'confirming needs the finish step first');
    assert.ok(await api.codingCheck.receive({ type: 'finish' }));
    assert.ok(await api.codingCheck.receive({ type: 'confirm', problemIds: check.draw }));
    const store = (await api.store())!;
    const done = store.checks().find((c) => c.id === check.id)!;
    assert.deepEqual([done.status, done.score], ['completed', 20]);
    const status = api.readiness()!;
    assert.equal(status.ready, true);
    assert.equal(status.headline, 'Ready to apply');
  });

  it('an abandoned coding check counts nothing, and unconfirmed problems do not count', async () => {
    const passed = await seedCompletedCheck('coding', 'ds', 20);
    await vscode.commands.executeCommand('mlReps.startCodingCheck', { seed: 12, acceptSeen: true });
    const check = api.codingCheck.open()!;
    assert.ok(await api.codingCheck.receive({ type: 'abandon' }));
    const store = (await api.store())!;
    assert.equal(store.checks().find((c) => c.id === check.id)?.status, 'abandoned');
    assert.equal(api.readiness()?.latestCoding?.id, passed, 'the last completed coding check still stands');
    assert.equal(await api.codingCheck.receive({ type: 'open', problemId: check.draw[0] }), false, 'an abandoned check takes no more actions');
  });

  it('changing track keeps all history; the status follows the current track', async () => {
    await seedCompletedCheck('coding', 'ds', 18);
    await seedCompletedCheck('noncoding', 'ds', 40);
    assert.equal(api.readiness()?.ready, true);
    const before = (await api.store())!.checks().length;
    await vscode.commands.executeCommand('mlReps.chooseTrack', 'mle');
    assert.equal(api.readiness()?.ready, false);
    assert.equal(api.readiness()?.track, 'mle');
    assert.equal((await api.store())!.checks().length, before, 'no check was dropped');
    await vscode.commands.executeCommand('mlReps.chooseTrack', 'ds');
    assert.equal(api.readiness()?.ready, true);
  });
});
