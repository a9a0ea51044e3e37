/**
 * The ML Reps command line, for people who prefer the terminal and for CI:
 *   node dist/cli.js test <problem-id> <solution-file> [--suite visible|hidden|all] [--json]
 *   node dist/cli.js validate-problems [--only id,id] [--jobs N]
 *   node dist/cli.js list
 *   node dist/cli.js --help
 * Exit codes: 0 all tests pass (or the bank is valid), 1 a test fails (or a problem is invalid),
 * 2 bad usage or a runner error.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bankShortfalls, bankStats } from './core/problems/bankStats';
import { loadProblemBank } from './core/problems/problemBank';
import { PROBLEM_TOPICS } from './core/problems/schema';
import { validateBank } from './core/problems/validateBank';
import { checkConceptCards, loadConceptDeck } from './core/concepts/conceptDeck';
import { countBy } from './core/content/similarity';
import { loadQuestionBank } from './core/questions/questionBank';
import { QUESTION_TOPICS } from './core/questions/schema';
import { GAMING_LIMIT, gamingScores } from './core/questions/gaming';
import { checkQuestions } from './core/questions/validateQuestions';
import { loadGuides } from './core/guides/guides';
import { validateGuides } from './core/guides/validateGuides';
import { interpreterCandidates } from './core/runner/interpreter';
import { defaultConcurrency, PythonRunner } from './core/runner/pythonRunner';
import { formatRunReport } from './core/runner/formatReport';
import type { Suite } from './core/runner/runResult';

const USAGE = `Usage:
  node dist/cli.js test <problem-id> <solution-file> [--suite visible|hidden|all] [--json] [--hide-hidden-details]
  node dist/cli.js validate-problems [--only id,id] [--jobs N]
  node dist/cli.js validate-questions
  node dist/cli.js validate-concepts
  node dist/cli.js validate-guides
  node dist/cli.js list
  node dist/cli.js --help
Exit codes: 0 all tests pass (or the content is valid), 1 a test fails (or something is invalid), 2 bad usage
or a runner error.
Environment: ML_REPS_PYTHON picks the interpreter (default: python3, then python); ML_REPS_COLD=1 starts a
fresh Python for every run instead of a warm worker; ML_REPS_MEMORY_MB sets the memory limit (default 4096).
`;

const extensionRoot = join(__dirname, '..');
const problemsRoot = join(extensionRoot, 'problems');

/** ML_REPS_COLD=1 runs every test in a fresh Python (the fallback path), for comparison. */
function runner(concurrency = 1): PythonRunner {
  return new PythonRunner({
    harnessDir: join(extensionRoot, 'python'),
    candidates: () => interpreterCandidates({ configured: process.env.ML_REPS_PYTHON }),
    warm: process.env.ML_REPS_COLD !== '1',
    concurrency,
    memoryLimitMB: process.env.ML_REPS_MEMORY_MB ? Number(process.env.ML_REPS_MEMORY_MB) : undefined,
  });
}

class UsageError extends Error {}

function parseFlags(args: string[], known: Record<string, 'value' | 'flag'>): { positional: string[]; flags: Record<string, string | true> } {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (!(name in known)) throw new UsageError(`unknown option ${a}`);
      if (known[name] === 'value') {
        if (i + 1 >= args.length) throw new UsageError(`${a} needs a value`);
        flags[name] = args[++i];
      } else flags[name] = true;
    } else positional.push(a);
  }
  return { positional, flags };
}

async function testCommand(args: string[]): Promise<number> {
  const { positional, flags } = parseFlags(args, { suite: 'value', json: 'flag', 'hide-hidden-details': 'flag' });
  if (positional.length !== 2) throw new UsageError('test needs <problem-id> and <solution-file>');
  const [id, file] = positional;
  const suite = (flags.suite ?? 'visible') as Suite;
  if (!['visible', 'hidden', 'all'].includes(suite)) throw new UsageError(`--suite must be visible, hidden or all (got ${suite})`);
  const bank = loadProblemBank(problemsRoot);
  const problem = bank.problems.find((p) => p.id === id);
  if (!problem) {
    console.error(`error: no problem "${id}". Run \`node dist/cli.js list\` to see them.`);
    return 2;
  }
  const solution = resolve(file);
  if (!existsSync(solution)) {
    console.error(`error: ${solution} does not exist`);
    return 2;
  }
  const r = runner();
  let result;
  try {
    result = await r.run({ problem, solutionFile: solution, suite, hiddenFailureDetails: !flags['hide-hidden-details'] });
  } finally {
    r.dispose();
  }
  if (flags.json) console.log(JSON.stringify(result, null, 2));
  else console.log(formatRunReport(result, problem.title));
  if (result.error && result.tests.length === 0) return 2;
  return result.status === 'pass' ? 0 : 1;
}

async function validateCommand(args: string[]): Promise<number> {
  const { flags } = parseFlags(args, { only: 'value', jobs: 'value' });
  const only = typeof flags.only === 'string' ? new Set(flags.only.split(',')) : undefined;
  const started = Date.now();
  const failures0: string[] = [];
  const concurrency = flags.jobs ? Number(flags.jobs) : defaultConcurrency();
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--jobs must be a positive integer (got ${String(flags.jobs)})`);
  const r = runner(concurrency);
  let report;
  try {
    report = await validateBank(problemsRoot, r, { only, concurrency });
  } finally {
    r.dispose();
  }
  const rows = report.reports;
  if (only && rows.length !== only.size) failures0.push(`--only names problems that do not exist: ${[...only].filter((id) => !rows.some((r) => r.problem.id === id)).join(', ')}`);
  const header = ['problem', 'track', 'topic', 'difficulty', 'visible', 'hidden', 'mutants', 'ref ms', 'result'];
  const table = rows.map((r) => [
    r.problem.id,
    r.problem.track,
    r.problem.topic,
    r.problem.difficulty,
    String(r.visibleTests),
    String(r.hiddenTests),
    String(r.mutants),
    Number.isFinite(r.referenceMs) ? String(Math.round(r.referenceMs)) : '-',
    r.problems.length ? 'INVALID' : 'ok',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(header));
  for (const row of table) console.log(line(row));

  const failures: string[] = [...failures0];
  // With --only, a folder that cannot be loaded is reported only when it is one of those asked for.
  const loadErrors = only ? report.loadErrors.filter((e) => e.file.split(/[\\/]/).some((part) => only.has(part))) : report.loadErrors;
  for (const e of loadErrors) failures.push(`${e.file}: ${e.message}`);
  for (const r of rows) for (const p of r.problems) failures.push(`${r.problem.id}: ${p}`);
  const stats = bankStats(report.reports.map((r) => r.problem));
  if (!only) for (const s of bankShortfalls(stats)) failures.push(`bank: ${s}`);

  console.log(`\nProblems: ${stats.total} (ds track ${stats.perTrack.ds}, mle track ${stats.perTrack.mle}; "both" counts for each)`);
  console.log(`By difficulty: ${Object.entries(stats.perDifficulty).map(([k, v]) => `${k} ${v} (${Math.round((100 * v) / stats.total)}%)`).join(', ')}`);
  console.log('By topic:');
  for (const [topic, n] of Object.entries(stats.perTopic).sort()) console.log(`  ${PROBLEM_TOPICS[topic as keyof typeof PROBLEM_TOPICS] ?? topic}: ${n}`);
  console.log(`Tests: ${rows.reduce((s, r) => s + r.visibleTests, 0)} visible, ${rows.reduce((s, r) => s + r.hiddenTests, 0)} hidden`);
  if (failures.length) {
    console.log('\nProblems found:');
    for (const f of failures) console.log(`  - ${f}`);
  }
  const invalid = rows.filter((r) => r.problems.length).length + loadErrors.length;
  console.log(`validated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`validate-problems: ${rows.length - rows.filter((r) => r.problems.length).length} passed, ${invalid} failed`);
  return failures.length ? 1 : 0;
}

function printCounts(title: string, counts: Record<string, number>, label: (k: string) => string = (k) => k): void {
  console.log(`${title}: ${Object.entries(counts).sort().map(([k, v]) => `${label(k)} ${v}`).join(', ')}`);
}

function finishContentCheck(name: string, total: number, failures: string[]): number {
  if (failures.length) {
    console.log('\nProblems found:');
    for (const f of failures) console.log(`  - ${f}`);
  }
  const bad = new Set(failures.map((f) => f.split(':')[0])).size;
  console.log(`${name}: ${Math.max(0, total - bad)} passed, ${bad} failed`);
  return failures.length ? 1 : 0;
}

function validateQuestionsCommand(): number {
  const bank = loadQuestionBank(join(extensionRoot, 'questions'));
  const qs = bank.questions;
  console.log(`Questions: ${qs.length}`);
  printCounts('By topic', countBy(qs, (q) => q.topic), (k) => QUESTION_TOPICS[k as keyof typeof QUESTION_TOPICS] ?? k);
  printCounts('By track', countBy(qs, (q) => q.tracks));
  printCounts('By difficulty', countBy(qs, (q) => q.difficulty));
  printCounts('Correct option', countBy(qs, (q) => String(q.answer + 1)));
  console.log(`Gaming strategies (each at most ${GAMING_LIMIT * 100}%; blind guessing scores 25%):`);
  for (const g of gamingScores(qs)) console.log(`  ${g.label}: ${(g.score * 100).toFixed(1)}% over ${g.questions} questions`);
  const failures = [...bank.errors.map((e) => `${e.file}: ${e.message}`), ...checkQuestions(qs)];
  return finishContentCheck('validate-questions', qs.length, failures);
}

function validateConceptsCommand(): number {
  const deck = loadConceptDeck(join(extensionRoot, 'concepts'));
  const cards = deck.cards;
  console.log(`Concept cards: ${cards.length}`);
  printCounts('By topic', countBy(cards, (c) => c.topic));
  printCounts('By track', countBy(cards, (c) => c.track));
  const failures = [...deck.errors.map((e) => `${e.file}: ${e.message}`), ...checkConceptCards(cards)];
  return finishContentCheck('validate-concepts', cards.length, failures);
}

/** Checks guides/ against the problem, question and concept banks: one line per problem, then the tally. */
function validateGuidesCommand(): number {
  const set = loadGuides(join(extensionRoot, 'guides'));
  const problems = loadProblemBank(problemsRoot).problems;
  const questions = loadQuestionBank(join(extensionRoot, 'questions')).questions;
  const cards = loadConceptDeck(join(extensionRoot, 'concepts')).cards;
  const found = validateGuides(set.guides, {
    problemIds: problems.map((p) => p.id),
    questionIds: questions.map((q) => q.id),
    cardIds: cards.map((c) => c.id),
    questionTopics: Object.keys(QUESTION_TOPICS),
    problemTopics: Object.keys(PROBLEM_TOPICS),
  });
  for (const e of set.errors) console.log(`${e.file}: ${e.message}`);
  for (const p of found) console.log(`${p.guide}: ${p.message}`);
  const failed = set.guides.filter((g) => found.some((p) => p.guide === g.id)).length + set.errors.length;
  const setWide = found.some((p) => p.guide === 'guides');
  console.log(`validate-guides: ${set.guides.length + set.errors.length - failed} passed, ${failed} failed${setWide ? ' (and the set leaves topics uncovered or doubly covered)' : ''}`);
  return failed || setWide ? 1 : 0;
}

function listCommand(): number {
  const bank = loadProblemBank(problemsRoot);
  for (const p of bank.problems) console.log(`${p.id.padEnd(32)} ${p.track.padEnd(5)} ${p.difficulty.padEnd(7)} ${p.title}`);
  for (const e of bank.errors) console.error(`error: ${e.file}: ${e.message}`);
  return bank.errors.length ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'test':
        return await testCommand(rest);
      case 'validate-problems':
        return await validateCommand(rest);
      case 'validate-questions':
        return validateQuestionsCommand();
      case 'validate-concepts':
        return validateConceptsCommand();
      case 'validate-guides':
        return validateGuidesCommand();
      case 'list':
        return listCommand();
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE);
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${err.message}\n${USAGE}`);
      return 2;
    }
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
