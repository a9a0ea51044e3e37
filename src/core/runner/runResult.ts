import { z } from 'zod';

export const testStatusSchema = z.enum(['pass', 'fail', 'error', 'skip']);
export type TestStatus = z.infer<typeof testStatusSchema>;

export const testResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  suite: z.enum(['visible', 'hidden']),
  status: testStatusSchema,
  message: z.string(),
  expected: z.string().optional(),
  actual: z.string().optional(),
  durationMs: z.number(),
  /** First line of the test method in its test file. */
  line: z.number().int().optional(),
  /** The line of the solution file where a failing test's exception passed last. */
  solutionLine: z.number().int().optional(),
  trace: z.string().optional(),
});
export type TestResult = z.infer<typeof testResultSchema>;

export const RUN_ERROR_KINDS = [
  'no-python',
  'python-too-old',
  'missing-module',
  'syntax',
  'import',
  'exit',
  'crash',
  'timeout',
  'output-limit',
  'no-tests',
  'harness',
  'untrusted',
  /** A declared constraint refused the solution before any test ran (an import or a call it may not make). */
  'constraint',
  /** The run went over mlReps.memoryLimitMB. */
  'memory',
  /** The tests, the test framework or the result channel were changed: the run is not trusted. */
  'tampered',
  /** The reported test ids are not exactly the problem's tests. */
  'mismatch',
  'cancelled',
] as const;
export type RunErrorKind = (typeof RUN_ERROR_KINDS)[number];

export const runErrorSchema = z.object({
  kind: z.enum(RUN_ERROR_KINDS),
  message: z.string(),
  line: z.number().int().nullable().optional(),
  column: z.number().int().nullable().optional(),
  module: z.string().nullable().optional(),
  trace: z.string().optional(),
  /** The file the error is in, relative to the solution's folder (a constraint violation in a helper module). */
  file: z.string().nullable().optional(),
  /** The id of the test that was running (a timeout or a cancelled run). */
  test: z.string().nullable().optional(),
});
export type RunError = z.infer<typeof runErrorSchema>;

/** The harness's JSON, as printed by python/mlreps_harness.py. */
export const harnessOutputSchema = z.object({
  version: z.literal(1),
  status: z.enum(['pass', 'fail', 'error']),
  error: runErrorSchema.nullable(),
  tests: z.array(testResultSchema),
  python: z.string(),
  executable: z.string(),
  stdout: z.string().default(''),
  stderr: z.string().default(''),
  stdoutTruncated: z.boolean().default(false),
  stderrTruncated: z.boolean().default(false),
  durationMs: z.number().optional(),
  /** Echo of the request's secret token: a result without it did not come from the harness. */
  token: z.string().nullable().optional(),
  /** Peak resident memory of the run's child and of the judge process, in KB. */
  peakRssKB: z.object({ child: z.number(), judge: z.number() }).optional(),
});

export type Suite = 'visible' | 'hidden' | 'all';

export interface RunResult {
  problemId: string;
  suite: Suite;
  status: 'pass' | 'fail' | 'error';
  error: RunError | null;
  tests: TestResult[];
  counts: { passed: number; failed: number; errored: number; skipped: number; total: number };
  stdout: string;
  stderr: string;
  /** Wall time of the whole run, process start to result. */
  durationMs: number;
  python?: string;
  /** A hint the user can act on (how to install numpy, how to set the interpreter...). */
  hint?: string;
  /** Time the harness itself measured for the run (fork, import, tests, clean-up), without starting Python. */
  harnessMs?: number;
  /** True when the run was limited to chosen tests (`testIds`): such a run never solves the problem. */
  subset?: boolean;
  /** Peak resident memory of the run's child and of the judge process, in KB (forked runs only). */
  peakRssKB?: { child: number; judge: number };
}

export function countTests(tests: readonly TestResult[]): RunResult['counts'] {
  const counts = { passed: 0, failed: 0, errored: 0, skipped: 0, total: tests.length };
  for (const t of tests) {
    if (t.status === 'pass') counts.passed++;
    else if (t.status === 'fail') counts.failed++;
    else if (t.status === 'error') counts.errored++;
    else counts.skipped++;
  }
  return counts;
}

/** True when every test of both suites ran and passed: the definition of "solved". */
export function isSolved(result: RunResult): boolean {
  return (
    result.suite === 'all' &&
    !result.subset &&
    result.status === 'pass' &&
    result.counts.total > 0 &&
    result.counts.passed === result.counts.total &&
    result.tests.some((t) => t.suite === 'visible') &&
    result.tests.some((t) => t.suite === 'hidden')
  );
}

/** One line for a status bar or a CodeLens: "4/7 passing", "Timed out after 10 s". */
export function summarize(result: RunResult): string {
  if (result.error) return result.error.message;
  return `${result.counts.passed}/${result.counts.total} passing`;
}
