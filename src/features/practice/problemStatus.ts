import * as vscode from 'vscode';
import { hintsSuffix, hintsUsedBy } from '../../core/practice/hints';
import type { ProblemProgress, ProblemStatus } from '../../core/practice/runHistory';

export const STATUS_ICON: Record<ProblemStatus, string> = {
  new: '$(circle-large-outline)',
  attempted: '$(circle-large-filled)',
  solved: '$(pass-filled)',
};

export const STATUS_THEME_ICON: Record<ProblemStatus, vscode.ThemeIcon> = {
  new: new vscode.ThemeIcon('circle-large-outline'),
  attempted: new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor('charts.yellow')),
  solved: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
};

export function timeAgo(then: number, now: number): string {
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** "Solved 2 h ago · 3 runs · solved with 2 hints"; `hintTimes` are when the problem's hints were shown. */
export function describeProgress(p: ProblemProgress | undefined, now: number, hintTimes: readonly number[] = []): string {
  if (!p) return hintTimes.length ? `New${hintsSuffix(hintTimes.length, false)}` : 'New';
  if (p.status === 'solved' && p.lastSolvedAt) return `Solved ${timeAgo(p.lastSolvedAt, now)} · ${p.attempts} run${p.attempts === 1 ? '' : 's'}${hintsSuffix(hintsUsedBy(hintTimes, p.lastSolvedAt), true)}`;
  return `Attempted · ${p.attempts} run${p.attempts === 1 ? '' : 's'}${p.last ? `, last ${p.last.passed}/${p.last.total} passing` : ''}${hintsSuffix(hintTimes.length, false)}`;
}
