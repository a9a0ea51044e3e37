import { READINESS, type Track } from '../method/targets';
import type { Check } from './checks';

export interface TopicStrength {
  topic: string;
  /** Correct or solved share, 0..1. */
  rate: number;
  /** How many data points the rate rests on. */
  n: number;
}

export interface ReadinessStatus {
  ready: boolean;
  track: Track;
  latestCoding: Pick<Check, 'id' | 'score' | 'total' | 'finishedAt'> | null;
  latestNonCoding: Pick<Check, 'id' | 'score' | 'total' | 'finishedAt'> | null;
  /** What keeps the user from being ready, in plain words. */
  reasons: string[];
  weakestTopics: string[];
  headline: string;
}

/**
 * Ready to apply when the latest completed coding check is at least 17/20 and the latest completed non-coding check
 * at least 35/50, both on the current track. Abandoned and open checks never count.
 */
export function readinessStatus(checks: readonly Check[], track: Track, strengths: readonly TopicStrength[]): ReadinessStatus {
  const latest = (kind: Check['kind']) =>
    checks
      .filter((c) => c.kind === kind && c.track === track && c.status === 'completed' && c.finishedAt !== null && c.score !== null)
      .sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0))[0] ?? null;
  const coding = latest('coding');
  const nonCoding = latest('noncoding');
  const reasons: string[] = [];
  const { coding: C, nonCoding: N } = READINESS;
  if (!coding) reasons.push(`No coding check yet: solve at least ${C.pass} of ${C.sample} random problems.`);
  else if ((coding.score ?? 0) < C.pass) reasons.push(`Latest coding check: ${coding.score}/${coding.total}, below ${C.pass}/${C.sample}.`);
  if (!nonCoding) reasons.push(`No non-coding check yet: answer at least ${N.pass} of ${N.sample} random questions with no help.`);
  else if ((nonCoding.score ?? 0) < N.pass) reasons.push(`Latest non-coding check: ${nonCoding.score}/${nonCoding.total}, below ${N.pass}/${N.sample}.`);
  const ready = reasons.length === 0;
  const weakestTopics = [...strengths]
    .filter((s) => s.n > 0)
    .sort((a, b) => a.rate - b.rate || b.n - a.n || a.topic.localeCompare(b.topic))
    .slice(0, 3)
    .map((s) => s.topic);
  const pick = (c: Check | null) => (c ? { id: c.id, score: c.score, total: c.total, finishedAt: c.finishedAt } : null);
  return {
    ready,
    track,
    latestCoding: pick(coding),
    latestNonCoding: pick(nonCoding),
    reasons,
    weakestTopics,
    headline: ready ? 'Ready to apply' : 'Not yet: keep going with the ISS/GSS split',
  };
}
