/**
 * The domain's shared vocabulary, defined once: the core, the VS Code layer and every webview protocol import these.
 * (The method's numbers live in `method/targets.ts`; records as stored live in `store/records.ts`.)
 */
import type { Track } from './method/targets';
export type { Track };
export { TRACKS, isTrack } from './method/targets';

/** The method's four kinds of study time. */
export const CATEGORIES = ['iss.problemSets', 'iss.informationGathering', 'gss.oralRecitation', 'gss.groupProblemSet'] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/**
 * The two readiness checks. `noncoding` is the value as stored in the database and in exports (so it never changes);
 * code says `nonCoding`, people read "non-coding".
 */
export const CHECK_KINDS = ['coding', 'noncoding'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

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

/** Something that belongs to one track, or to both: a problem or concept card (`track`), or a question (`tracks`). */
export type TrackTagged = { track: Track | 'both' } | { tracks: readonly Track[] };

/** The one rule for "items for this track"; no track (none chosen yet) keeps everything. */
export function forTrack<T extends TrackTagged>(items: readonly T[], track: Track | null | undefined): T[] {
  if (!track) return [...items];
  return items.filter((i) => ('tracks' in i ? i.tracks.includes(track) : i.track === 'both' || i.track === track));
}
