import * as assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblemBank, loadProblemBankAsync, parseProblemMeta, problemsForTrack } from '../../src/core/problems/problemBank';

const VALID = {
  id: 'toy-mean',
  title: 'Toy mean',
  track: 'ds',
  topic: 'statistics',
  difficulty: 'easy',
  requires: [],
  timeLimitSeconds: 10,
  entry: ['mean'],
  tags: [],
};

function writeProblem(root: string, folder: string, meta: unknown, files = ['README.md', 'starter.py', 'test_visible.py', 'test_hidden.py']): void {
  const dir = join(root, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'problem.json'), typeof meta === 'string' ? meta : JSON.stringify(meta));
  for (const f of files) writeFileSync(join(dir, f), '# x\n');
}

describe('problem bank loading', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'mlreps-bank-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('loads a valid problem and keeps its folder', () => {
    writeProblem(root, 'toy-mean', VALID);
    const bank = loadProblemBank(root);
    assert.deepEqual(bank.errors, []);
    assert.equal(bank.problems.length, 1);
    assert.equal(bank.problems[0].dir, join(root, 'toy-mean'));
  });

  it('names the file and the field of a bad problem, and still loads the others', () => {
    writeProblem(root, 'toy-mean', VALID);
    writeProblem(root, 'bad-one', { ...VALID, id: 'bad-one', difficulty: 'trivial' });
    const bank = loadProblemBank(root);
    assert.equal(bank.problems.length, 1);
    assert.equal(bank.errors.length, 1);
    assert.equal(bank.errors[0].file, join(root, 'bad-one', 'problem.json'));
    assert.match(bank.errors[0].message, /^difficulty: /);
  });

  it('reports invalid JSON, a wrong id, missing files and unknown fields', () => {
    writeProblem(root, 'broken-json', '{ "id": ');
    writeProblem(root, 'wrong-id', { ...VALID, id: 'other' });
    writeProblem(root, 'no-tests', { ...VALID, id: 'no-tests' }, ['README.md', 'starter.py']);
    writeProblem(root, 'extra-field', { ...VALID, id: 'extra-field', secret: 1 });
    const messages = loadProblemBank(root).errors.map((e) => e.message).sort();
    assert.equal(messages.length, 4);
    assert.ok(messages.some((m) => m.startsWith('not valid JSON')));
    assert.ok(messages.some((m) => m.includes('must equal the folder name "wrong-id"')));
    assert.ok(messages.some((m) => m === 'missing test_visible.py, test_hidden.py'));
    assert.ok(messages.some((m) => m.includes('secret')));
  });

  it('ignores folders starting with _ or .', () => {
    writeProblem(root, '_lib', { nope: true });
    writeProblem(root, '.hidden', { nope: true });
    assert.deepEqual(loadProblemBank(root), { problems: [], errors: [] });
  });

  it('reads the same bank without holding the thread: the same problems and the same errors, in the same order', async () => {
    writeProblem(root, 'toy-mean', VALID);
    writeProblem(root, 'broken-json', '{ "id": ');
    writeProblem(root, 'no-tests', { ...VALID, id: 'no-tests' }, ['README.md', 'starter.py']);
    writeProblem(root, 'dup-a', { ...VALID, id: 'dup-a' });
    writeProblem(root, 'dup-b', { ...VALID, id: 'dup-a' });
    writeProblem(root, '_lib', { nope: true });
    mkdirSync(join(root, 'no-meta'));
    const sync = loadProblemBank(root);
    assert.equal(sync.problems.length, 2);
    assert.equal(sync.errors.length, 4);
    assert.deepEqual(await loadProblemBankAsync(root), sync);
    assert.deepEqual(await loadProblemBankAsync(join(root, 'missing')), loadProblemBank(join(root, 'missing')));
  });

  it('loads the shipped bank the same both ways', async () => {
    const shipped = join(__dirname, '..', '..', '..', 'problems');
    const sync = loadProblemBank(shipped);
    assert.ok(sync.problems.length >= 200);
    assert.deepEqual(await loadProblemBankAsync(shipped), sync);
  });

  it('says so when the folder does not exist', () => {
    const bank = loadProblemBank(join(root, 'missing'));
    assert.equal(bank.errors.length, 1);
    assert.match(bank.errors[0].message, /does not exist/);
  });

  it('filters by track, counting "both" for each track', () => {
    const meta = (id: string, track: string) => parseProblemMeta(JSON.stringify({ ...VALID, id, track }), 'x');
    const problems = [meta('a', 'ds'), meta('b', 'mle'), meta('c', 'both')].map((m) => ({ ...(m as typeof VALID), dir: '' })) as never[];
    assert.deepEqual(problemsForTrack(problems, 'ds').map((p: { id: string }) => p.id), ['a', 'c']);
    assert.deepEqual(problemsForTrack(problems, 'mle').map((p: { id: string }) => p.id), ['b', 'c']);
  });
});
