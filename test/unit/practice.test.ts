import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolvePracticeFolder } from '../../src/core/practice/practiceFolder';
import { openProblemFiles, problemIdForFile, resetProblemToStarter } from '../../src/core/practice/problemWorkspace';
import { nextRecommended, randomUnsolved } from '../../src/core/practice/recommend';
import { problemTopicStandings } from '../../src/core/practice/weakestTopic';
import { toRunRecord, type ProblemProgress, type ProblemStatus } from '../../src/core/practice/runHistory';
import type { Problem } from '../../src/core/problems/problemBank';
import { listTests } from '../../src/core/problems/testListing';
import { countTests, isSolved, summarize, type RunResult } from '../../src/core/runner/runResult';
import { harnessDir } from '../support/paths';

describe('practice folder', () => {
  it('defaults to ml-reps/ in the first workspace folder', () => {
    assert.deepEqual(resolvePracticeFolder({ workspaceFolders: ['/w/a', '/w/b'], home: '/home/u' }), { path: '/w/a/ml-reps', inWorkspace: true });
  });
  it('falls back to ~/ml-reps-practice with no folder open', () => {
    assert.deepEqual(resolvePracticeFolder({ workspaceFolders: [], home: '/home/u' }), { path: '/home/u/ml-reps-practice', inWorkspace: false });
  });
  it('takes the setting: relative to the workspace, absolute, or with ~', () => {
    assert.equal(resolvePracticeFolder({ setting: 'practice', workspaceFolders: ['/w/a'], home: '/h' }).path, '/w/a/practice');
    assert.deepEqual(resolvePracticeFolder({ setting: '/elsewhere/p', workspaceFolders: ['/w/a'], home: '/h' }), { path: '/elsewhere/p', inWorkspace: false });
    assert.deepEqual(resolvePracticeFolder({ setting: '/w/a/inner', workspaceFolders: ['/w/a'], home: '/h' }), { path: '/w/a/inner', inWorkspace: true });
    assert.equal(resolvePracticeFolder({ setting: '~/reps', workspaceFolders: [], home: '/h' }).path, '/h/reps');
    assert.equal(resolvePracticeFolder({ setting: '   ', workspaceFolders: ['/w/a'], home: '/h' }).path, '/w/a/ml-reps');
  });
});

describe('problem files in the workspace', () => {
  let root: string;
  let problem: Pick<Problem, 'id' | 'dir'>;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'mlreps-ws-'));
    const dir = join(root, 'bank', 'toy');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'starter.py'), 'def f():\n    raise NotImplementedError\n');
    writeFileSync(join(dir, 'README.md'), '# Toy\n');
    writeFileSync(join(dir, 'test_visible.py'), '# visible\n');
    writeFileSync(join(dir, 'test_hidden.py'), '# hidden\n');
    problem = { id: 'toy', dir };
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates the statement, solution, visible tests and helpers, but never the hidden tests', () => {
    const opened = openProblemFiles(problem, join(root, 'practice'), harnessDir);
    assert.equal(opened.createdSolution, true);
    assert.deepEqual(readdirSync(opened.dir).sort(), ['README.md', 'mlreps_check.py', 'solution.py', 'test_visible.py']);
    assert.match(readFileSync(opened.solution, 'utf8'), /NotImplementedError/);
  });

  it('never overwrites the user\'s code on reopen', () => {
    const practice = join(root, 'practice');
    const first = openProblemFiles(problem, practice, harnessDir);
    writeFileSync(first.solution, 'def f():\n    return 42\n');
    const again = openProblemFiles(problem, practice, harnessDir);
    assert.equal(again.createdSolution, false);
    assert.equal(readFileSync(again.solution, 'utf8'), 'def f():\n    return 42\n');
  });

  it('reset keeps a timestamped backup of what it replaces', () => {
    const practice = join(root, 'practice');
    const opened = openProblemFiles(problem, practice, harnessDir);
    writeFileSync(opened.solution, 'my work\n');
    const backup = resetProblemToStarter(problem, practice, new Date(2026, 10, 26, 9, 5, 7, 12));
    assert.equal(backup, join(opened.dir, '.backups', 'solution-20261126-090507-012.py'));
    assert.equal(readFileSync(backup!, 'utf8'), 'my work\n');
    assert.match(readFileSync(opened.solution, 'utf8'), /NotImplementedError/);
    const second = resetProblemToStarter(problem, practice, new Date(2026, 10, 26, 9, 5, 8, 0));
    assert.notEqual(second, backup, 'a second reset keeps the first backup');
    assert.ok(existsSync(backup!));
  });

  it('maps files back to their problem, and nothing else', () => {
    const ids = new Set(['toy']);
    assert.equal(problemIdForFile('/p/toy/solution.py', '/p', ids), 'toy');
    assert.equal(problemIdForFile('/p/toy/.backups/solution-1.py', '/p', ids), undefined);
    assert.equal(problemIdForFile('/p/other/solution.py', '/p', ids), undefined);
    assert.equal(problemIdForFile('/elsewhere/toy/solution.py', '/p', ids), undefined);
    assert.equal(problemIdForFile('/p/solution.py', '/p', ids), undefined);
  });
});

function problem(id: string, topic: string, difficulty: Problem['difficulty']): Problem {
  return { id, topic, difficulty, title: id, track: 'both', requires: [], timeLimitSeconds: 10, entry: ['f'], tags: [], dir: '' } as unknown as Problem;
}
/** Progress made by hand (the store derives it from runs: test/unit/studyStore.test.ts holds it to the rules). */
const progress = (entries: Record<string, ProblemStatus>): Map<string, ProblemProgress> =>
  new Map(Object.entries(entries).map(([id, status]) => [id, { status, attempts: 1 }]));

describe('progress and recommendation', () => {
  const bank = [problem('a1', 'A', 'hard'), problem('a2', 'A', 'easy'), problem('b1', 'B', 'easy'), problem('b2', 'B', 'medium')];

  it('recommends the weakest topic first, then its easiest unsolved problem', () => {
    const p = progress({ b1: 'solved' });
    assert.deepEqual(problemTopicStandings(bank, p).find((m) => (m.topic as string) === 'B'), { topic: 'B', solved: 1, attempted: 1, total: 2 });
    assert.equal(nextRecommended(bank, p)?.id, 'a2');
    const p2 = progress({ a2: 'solved', a1: 'solved' });
    assert.equal(nextRecommended(bank, p2)?.id, 'b1');
  });

  it('has nothing to recommend when all are solved; random picks only unsolved ones', () => {
    const all = progress(Object.fromEntries(bank.map((b) => [b.id, 'solved' as const])));
    assert.equal(nextRecommended(bank, all), undefined);
    assert.equal(randomUnsolved(bank, all), undefined);
    const some = progress({ a1: 'solved', a2: 'solved', b1: 'solved', b2: 'attempted' });
    for (const r of [0, 0.5, 0.999]) assert.equal(randomUnsolved(bank, some, () => r)?.id, 'b2');
  });
});

describe('run results', () => {
  const base = (over: Partial<RunResult>): RunResult => ({
    problemId: 'x', suite: 'all', status: 'pass', error: null, tests: [], counts: countTests([]), stdout: '', stderr: '', durationMs: 1, ...over,
  });
  const t = (suite: 'visible' | 'hidden', status: 'pass' | 'fail') => ({ id: `${suite}:T.t`, name: 't', suite, status, message: '', durationMs: 1 });

  it('is solved only when visible and hidden tests all pass in an "all" run', () => {
    const tests = [t('visible', 'pass'), t('hidden', 'pass')];
    assert.equal(isSolved(base({ tests, counts: countTests(tests) })), true);
    assert.equal(isSolved(base({ suite: 'visible', tests, counts: countTests(tests) })), false);
    const onlyVisible = [t('visible', 'pass')];
    assert.equal(isSolved(base({ tests: onlyVisible, counts: countTests(onlyVisible) })), false);
    const failing = [t('visible', 'pass'), t('hidden', 'fail')];
    assert.equal(isSolved(base({ status: 'fail', tests: failing, counts: countTests(failing) })), false);
  });

  it('summarizes as "n/m passing" or the error', () => {
    const tests = [t('visible', 'pass'), t('hidden', 'fail')];
    assert.equal(summarize(base({ tests, counts: countTests(tests) })), '1/2 passing');
    assert.equal(summarize(base({ error: { kind: 'timeout', message: 'Timed out after 3 s.' } })), 'Timed out after 3 s.');
    assert.deepEqual(toRunRecord(base({ tests, counts: countTests(tests), status: 'fail' }), 7), { problemId: 'x', at: 7, suite: 'all', passed: 1, total: 2, durationMs: 1, solved: false, error: undefined });
  });
});

describe('listing tests without running them', () => {
  it('finds test methods with their docstrings and lines, in harness id form', () => {
    const src = [
      'import unittest',
      '',
      'class VisibleTests(unittest.TestCase):',
      '    def test_small(self):',
      '        """softmax of [1, 2, 3]"""',
      '        pass',
      '',
      '    def helper(self):',
      '        pass',
      '',
      '    def test_no_doc(self):',
      '        pass',
      '',
      'def test_module_level():',
      '    pass',
    ].join('\n');
    assert.deepEqual(listTests(src, 'visible'), [
      { id: 'visible:VisibleTests.test_small', className: 'VisibleTests', method: 'test_small', name: 'softmax of [1, 2, 3]', line: 4 },
      { id: 'visible:VisibleTests.test_no_doc', className: 'VisibleTests', method: 'test_no_doc', name: 'no doc', line: 11 },
    ]);
  });
});
