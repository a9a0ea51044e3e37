import { forTrack, REVIEW_RATINGS } from '../domain';
import type { ConceptCard } from '../concepts/schema';
import type { Track } from '../method/targets';
import { conceptCardId, type ReviewRating } from '../review/reviewScheduler';

export function conceptsForTrack(cards: readonly ConceptCard[], track: Track | undefined): ConceptCard[] {
  return forTrack(cards, track);
}

/**
 * The concept to recite next: a due one first (the most overdue), else one never recited, else any; ties are
 * broken by `random` so sessions vary. Weak concepts come back sooner through their review cards' due dates.
 */
export function chooseConcept(cards: readonly ConceptCard[], due: ReadonlyMap<string, number>, now: number, random: () => number): ConceptCard | undefined {
  if (!cards.length) return undefined;
  const overdue = cards.filter((c) => (due.get(conceptCardId(c.id)) ?? Infinity) <= now).sort((a, b) => due.get(conceptCardId(a.id))! - due.get(conceptCardId(b.id))!);
  if (overdue.length) return overdue[0];
  const unseen = cards.filter((c) => !due.has(conceptCardId(c.id)));
  const pool = unseen.length ? unseen : cards;
  return pool[Math.floor(random() * pool.length)];
}

/**
 * The review rating of a recitation: the user's own rating, but never better than "hard" when fewer than half of
 * the key points were covered, and "again" when none were. A peer's low rating (1 or 2 of 5) caps it at "hard" too.
 */
export function recitationRating(selfRating: ReviewRating, covered: number, points: number, peerRating: number | null): ReviewRating {
  const order: readonly ReviewRating[] = REVIEW_RATINGS;
  let cap: ReviewRating = 'easy';
  if (covered === 0) cap = 'again';
  else if (covered * 2 < points || (peerRating !== null && peerRating <= 2)) cap = 'hard';
  return order[Math.min(order.indexOf(selfRating), order.indexOf(cap))];
}
