import type { Track } from '../method/targets';
import type { Problem } from './problemBank';

export const BANK_MINIMUMS = { total: 60, perTrack: 30 } as const;

export interface BankStats {
  total: number;
  perTrack: Record<Track, number>;
  perTopic: Record<string, number>;
  perDifficulty: Record<string, number>;
}

export function bankStats(problems: readonly Pick<Problem, 'track' | 'topic' | 'difficulty'>[]): BankStats {
  const stats: BankStats = { total: problems.length, perTrack: { ds: 0, mle: 0 }, perTopic: {}, perDifficulty: {} };
  for (const p of problems) {
    if (p.track !== 'mle') stats.perTrack.ds++;
    if (p.track !== 'ds') stats.perTrack.mle++;
    stats.perTopic[p.topic] = (stats.perTopic[p.topic] ?? 0) + 1;
    stats.perDifficulty[p.difficulty] = (stats.perDifficulty[p.difficulty] ?? 0) + 1;
  }
  return stats;
}

/** What keeps the bank below the size the readiness check needs, if anything. */
export function bankShortfalls(stats: BankStats, minimums: { total: number; perTrack: number } = BANK_MINIMUMS): string[] {
  const out: string[] = [];
  if (stats.total < minimums.total) out.push(`${stats.total} problems (at least ${minimums.total})`);
  for (const t of ['ds', 'mle'] as const) {
    if (stats.perTrack[t] < minimums.perTrack) out.push(`${stats.perTrack[t]} problems count for the ${t} track (at least ${minimums.perTrack})`);
  }
  return out;
}
