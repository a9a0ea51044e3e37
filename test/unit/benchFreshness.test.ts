import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The bench module is ESM; load it the way Node does, past the CommonJS compile of this test.
const importEsm = new Function('url', 'return import(url)') as (url: string) => Promise<{ checkFresh(metrics: object, bundle: Buffer): void }>;

describe('bench: e2e figures must come from this build', () => {
  const bundle = Buffer.from('console.log("extension");');
  const hash = createHash('sha256').update(bundle).digest('hex');
  let checkFresh: (metrics: object, bundle: Buffer) => void;
  before(async () => ({ checkFresh } = await importEsm(pathToFileURL(join(__dirname, '..', '..', '..', 'bench', 'loop.bench.mjs')).href)));

  it('refuses metrics with no run id, time or build hash (an old run)', () => {
    assert.throws(() => checkFresh({ loop_click_to_result_ratio: 0.5 }, bundle), /old e2e run/);
  });
  it('refuses metrics measured on another build', () => {
    assert.throws(() => checkFresh({ runId: 'r1', finishedAt: '2026-12-03T10:00:00Z', extensionSha256: 'f'.repeat(64) }, bundle), /another build/);
  });
  it('accepts metrics of the same build', () => {
    assert.doesNotThrow(() => checkFresh({ runId: 'r1', finishedAt: '2026-12-03T10:00:00Z', extensionSha256: hash }, bundle));
  });
});
