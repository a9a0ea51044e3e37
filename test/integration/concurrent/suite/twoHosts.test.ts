import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MlRepsApi } from '../../../../src/api';

export const SESSIONS_PER_HOST = 200;

describe('one of two extension hosts writing at once', function () {
  this.timeout(120_000);

  it(`writes ${SESSIONS_PER_HOST} sessions and sees every one of them saved`, async () => {
    const ext = vscode.extensions.getExtension('ml-reps.ml-reps');
    assert.ok(ext);
    const api = (await ext.activate()) as MlRepsApi;
    const store = await api.store();
    assert.ok(store);
    assert.equal((store as unknown as { apply?: unknown }).apply, undefined, 'the test API hands out a read-only view');
    const tag = `host-${process.pid}`;
    const base = Date.UTC(2025, 0, 1) + (process.pid % 1000) * 86_400_000;
    for (let i = 0; i < SESSIONS_PER_HOST; i++) {
      const start = base + i * 600_000;
      await api.seed([{ kind: 'session', record: { id: `${tag}-${i}`, category: 'iss.informationGathering', start, end: start + 300_000, source: 'logged', problemId: null, note: tag, updatedAt: start, deleted: false } }]);
      // Save often, as a busy window would, so the two hosts' saves interleave.
      if (i % 5 === 4) await api.saveStore();
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    assert.ok(await api.saveStore(), 'could not save');
    assert.equal(store.sessions().filter((s) => s.note === tag).length, SESSIONS_PER_HOST);
    console.log(`concurrent-writer ${tag} wrote ${SESSIONS_PER_HOST} sessions to ${api.storePath()}`);
  });
});
