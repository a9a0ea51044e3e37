import type { RunResult, TestResult } from './runResult';

const MARK: Record<TestResult['status'], string> = { pass: '✔', fail: '✘', error: '✘', skip: '-' };

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}

/** The readable terminal report of one run. */
export function formatRunReport(result: RunResult, title: string): string {
  const lines: string[] = [];
  const python = result.python ? ` · Python ${result.python}` : '';
  lines.push(`${title} (${result.problemId}) · ${result.suite} tests${python}`);
  if (result.error) {
    lines.push(`  error: ${result.error.message}`);
    if (result.error.line) lines.push(`  at ${result.error.file ? `${result.error.file} ` : ''}line ${result.error.line}`);
    if (result.hint) lines.push(`  ${result.hint}`);
  }
  for (const t of result.tests) {
    const tag = t.suite === 'hidden' ? ' (hidden)' : '';
    lines.push(`  ${MARK[t.status]} ${t.name}${tag} (${Math.round(t.durationMs)} ms)`);
    if (t.status === 'fail' || t.status === 'error') {
      lines.push(indent(t.message, '      '));
      if (t.expected !== undefined) lines.push(indent(`expected: ${t.expected}`, '      '));
      if (t.actual !== undefined) lines.push(indent(`actual:   ${t.actual}`, '      '));
      if (t.solutionLine) lines.push(`      at solution line ${t.solutionLine}`);
    }
  }
  if (result.stdout.trim()) lines.push('  output:', indent(result.stdout.trimEnd().slice(0, 4000), '    '));
  const c = result.counts;
  lines.push(c.total ? `${c.passed}/${c.total} passing in ${(result.durationMs / 1000).toFixed(2)} s` : 'no tests ran');
  return lines.join('\n');
}
