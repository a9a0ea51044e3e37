import type { SeenHistory } from './freshDraw';

const latest = (map: Map<string, number>, id: string, at: number) => {
  if (!(map.get(id)! >= at)) map.set(id, at);
};

/**
 * When the user last met each problem: opened it (its practice folder's solution.py was created or changed), ran
 * its tests, or had it drawn in an earlier coding check.
 */
export function problemSeenHistory(input: {
  runs: readonly { problemId: string; at: number }[];
  checks: readonly { kind: string; draw: readonly string[]; startedAt: number }[];
  opened: ReadonlyMap<string, number>;
}): SeenHistory {
  const out = new Map<string, number>();
  for (const r of input.runs) latest(out, r.problemId, r.at);
  for (const c of input.checks) if (c.kind === 'coding') for (const id of c.draw) latest(out, id, c.startedAt);
  for (const [id, at] of input.opened) latest(out, id, at);
  return out;
}

/** When the user last answered each question, in any quiz, review or check. */
export function questionSeenHistory(answers: readonly { questionId: string; at: number }[]): SeenHistory {
  const out = new Map<string, number>();
  for (const a of answers) latest(out, a.questionId, a.at);
  return out;
}
