import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { checkCopyForFile, checkFolder, checkFolderName } from '../../src/core/practice/checkFolder';
import { problemIdForFile } from '../../src/core/practice/problemWorkspace';
import { problemSeenHistory, questionSeenHistory } from '../../src/core/readiness/seenHistory';
import { StudyStore } from '../../src/core/store/studyStore';
import { sqlJs } from '../support/store';

describe('coding check copies', () => {
  const practice = join(tmpdir(), 'practice');
  const known = new Set(['pca', 'roc-auc']);
  const check = { id: 'AB12cd-34ef', startedAt: new Date(2026, 11, 3, 9, 30).getTime() };

  it('live in <practice>/checks/<date>-<short id>/<problem>/', () => {
    assert.equal(checkFolderName(check), '2026-12-03-ab12cd');
    assert.equal(checkFolder(practice, check), join(practice, 'checks', '2026-12-03-ab12cd'));
  });

  it('a check file maps to its check copy and never to the practice copy', () => {
    const file = join(practice, 'checks', '2026-12-03-ab12cd', 'pca', 'solution.py');
    assert.deepEqual(checkCopyForFile(file, practice, known), { checkFolder: '2026-12-03-ab12cd', problemId: 'pca' });
    assert.equal(problemIdForFile(file, practice, known), undefined);
    // The practice copy is not a check copy, and unknown problems or deeper files are neither.
    assert.equal(checkCopyForFile(join(practice, 'pca', 'solution.py'), practice, known), undefined);
    assert.equal(checkCopyForFile(join(practice, 'checks', 'x', 'nope', 'solution.py'), practice, known), undefined);
    assert.equal(checkCopyForFile(join(practice, 'checks', 'x', 'pca', '.backups', 'solution.py'), practice, known), undefined);
  });
});

describe('seen history', () => {
  it('takes the latest of runs, earlier coding checks and opened practice folders', () => {
    const h = problemSeenHistory({
      runs: [{ problemId: 'a', at: 5 }, { problemId: 'a', at: 9 }, { problemId: 'b', at: 3 }],
      checks: [{ kind: 'coding', draw: ['b', 'c'], startedAt: 7 }, { kind: 'noncoding', draw: ['d'], startedAt: 8 }],
      opened: new Map([['e', 4], ['a', 1]]),
    });
    assert.deepEqual([...h.entries()].sort(), [['a', 9], ['b', 7], ['c', 7], ['e', 4]]);
    assert.deepEqual([...questionSeenHistory([{ questionId: 'q1', at: 2 }, { questionId: 'q1', at: 1 }]).entries()], [['q1', 2]]);
  });
});

describe('practice progress ignores check runs', () => {
  let SQL: SqlJsStatic;
  let dir: string;
  before(async () => (SQL = await sqlJs()));
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlreps-checkruns-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a solved run of a check copy neither solves nor attempts the practice problem', () => {
    const store = StudyStore.open({ path: join(dir, 'ml-reps.sqlite'), sql: SQL, flushDelayMs: 60_000 });
    const run = (id: string, at: number, solved: boolean, checkId: string | null) => ({
      kind: 'testRun' as const,
      record: { id, problemId: 'p', at, suite: 'all', passed: solved ? 5 : 1, total: 5, durationMs: 100, solved, error: null, checkId },
    });
    store.apply(run('r1', 1, true, 'check-1'));
    assert.equal(store.problemProgress().get('p'), undefined, 'a check run alone leaves the practice problem untouched');
    store.apply(run('r2', 2, false, null), run('r3', 3, true, 'check-1'));
    const p = store.problemProgress().get('p');
    assert.equal(p?.status, 'attempted');
    assert.equal(p?.attempts, 1);
    assert.equal(p?.last?.at, 2);
    store.close();
  });
});
