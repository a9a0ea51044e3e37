/**
 * The study method's numbers (shared/docs/method.md), in one place.
 * Settings may override the time-split targets; readiness thresholds are the method's own.
 */
export type Track = 'ds' | 'mle';

export const TRACKS: readonly Track[] = ['ds', 'mle'] as const;

export const TRACK_LABELS: Record<Track, string> = {
  ds: 'Data scientist',
  mle: 'Machine learning engineer',
};

/** Data scientist is recommended for newcomers; these are the method's three reasons, in our words. */
export const DS_RECOMMENDATION_REASONS: readonly string[] = [
  'DS questions are easier to grasp, and it is easier to see why a DS problem is being solved; the point of an MLE problem is often not obvious at first.',
  'Past experience maps onto DS more easily: anyone who has done some statistics can talk about how it is applied.',
  'Many companies expect finished DS projects before an MLE role, so DS is often the stepping stone to MLE.',
];

export type { Category } from '../domain';

export interface SplitTargets {
  /** Share of all study time spent in Individual Study Sessions (the rest is Group Study Sessions). */
  iss: number;
  /** Share of ISS spent on problem sets (the rest is information gathering). */
  issProblemSets: number;
  /** Share of GSS spent on oral recitation (the rest is group problem sets). */
  gssOralRecitation: number;
}

export const DEFAULT_SPLIT_TARGETS: SplitTargets = { iss: 0.8, issProblemSets: 0.7, gssOralRecitation: 0.6 };

export const READINESS = {
  coding: { sample: 20, pass: 17 },
  nonCoding: { sample: 50, pass: 35 },
} as const;

export function isTrack(value: unknown): value is Track {
  return value === 'ds' || value === 'mle';
}
