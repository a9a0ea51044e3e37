import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSqlJs, StoreEngineUnavailableError } from '../../src/core/store/sqlJsLoader';

describe('sql.js loader', () => {
  it('gives a clear error, not an abort, when the wasm file is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlreps-nowasm-'));
    try {
      await assert.rejects(loadSqlJs(dir), (err: unknown) => {
        assert.ok(err instanceof StoreEngineUnavailableError);
        assert.match(err.message, /SQLite engine file is missing/);
        assert.ok(err.message.includes(join(dir, 'sql-wasm.wasm')));
        return true;
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the wasm copied into dist/ by the build and runs SQL', async () => {
    const SQL = await loadSqlJs(join(__dirname, '..', '..', '..', 'dist'));
    const db = new SQL.Database();
    db.run('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (41), (1);');
    assert.deepEqual(db.exec('SELECT SUM(x) FROM t')[0].values, [[42]]);
    db.close();
  });
});
