import { createEmptyCard, fsrs, generatorParameters, Rating, TypeConvert, type Card, type Grade } from 'ts-fsrs';

/** The four answers to "how well did you know it?", as FSRS grades. */
export type { ReviewRating } from '../domain';
import type { ReviewRating } from '../domain';
import type { ReviewCardRecord } from '../store/records';

const GRADES: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** Review card ids: `q:<question id>` for questions, `c:<concept id>` for recitation concepts. */
export const questionCardId = (questionId: string) => `q:${questionId}`;
export const conceptCardId = (conceptId: string) => `c:${conceptId}`;

export interface ScheduledCard {
  id: string;
  /** The FSRS card, JSON-safe (dates as ISO strings). */
  card: unknown;
  due: number;
}

/**
 * Spaced review with FSRS (ts-fsrs). Deterministic (no fuzz), so the same history always gives the same schedule.
 */
export class ReviewScheduler {
  private readonly scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

  /** A new card, rated once: a miss is rated "again", so it comes back soon. */
  firstReview(id: string, rating: ReviewRating, now: Date): ScheduledCard {
    return this.rate({ id, card: createEmptyCard(now), due: now.getTime() }, rating, now);
  }

  rate(card: ScheduledCard, rating: ReviewRating, now: Date): ScheduledCard {
    const current: Card = TypeConvert.card(card.card as Card);
    const next = this.scheduler.next(current, now, GRADES[rating]).card;
    return { id: card.id, card: JSON.parse(JSON.stringify(next)), due: next.due.getTime() };
  }

  /** When each rating would bring the card back (for the buttons' labels). */
  preview(card: ScheduledCard, now: Date): Record<ReviewRating, number> {
    const current: Card = TypeConvert.card(card.card as Card);
    const out = {} as Record<ReviewRating, number>;
    for (const [name, grade] of Object.entries(GRADES) as [ReviewRating, Grade][]) out[name] = this.scheduler.next(current, now, grade).card.due.getTime();
    return out;
  }
}

/**
 * The one way a review card is created or rated: the card with this id in the store is rated, or, when there is
 * none, a new one is created and rated once. Returns the record to store (stamped `now`).
 */
export function rateReviewCard(
  cards: { reviewCards(prefix?: string): readonly ScheduledCard[] },
  scheduler: ReviewScheduler,
  id: string,
  rating: ReviewRating,
  now: Date,
): ReviewCardRecord {
  const existing = cards.reviewCards(id).find((c) => c.id === id);
  const next = existing ? scheduler.rate(existing, rating, now) : scheduler.firstReview(id, rating, now);
  return { ...next, updatedAt: now.getTime() };
}
