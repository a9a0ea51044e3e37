/**
 * The domain's shared vocabulary, defined once: the core, the VS Code layer and every webview protocol import these.
 * (The method's numbers live in `method/targets.ts`; records as stored live in `store/records.ts`.)
 */
export type { Track } from './method/targets';
export { TRACKS, isTrack } from './method/targets';

/** The method's four kinds of study time. */
export const CATEGORIES = ['iss.problemSets', 'iss.informationGathering', 'gss.oralRecitation', 'gss.groupProblemSet'] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/** How well something was known, for spaced review (FSRS's four grades). */
export const REVIEW_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

/** One bar of a split: minutes, its share of the parent, and the method's target share. */
export interface Bar {
  label: string;
  minutes: number;
  /** Share of its parent, 0..1. */
  share: number;
  target: number;
}
