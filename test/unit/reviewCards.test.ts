import * as assert from 'node:assert/strict';
import { rateReviewCard, ReviewScheduler, type ScheduledCard } from '../../src/core/review/reviewScheduler';

/** The store's lookup, by id prefix, as StudyStore.reviewCards does it. */
function deck(cards: ScheduledCard[]) {
  return { reviewCards: (prefix = '') => cards.filter((c) => c.id.startsWith(prefix)) };
}

describe('review-card creation (quiz misses, reviews, recitation)', () => {
  const scheduler = new ReviewScheduler();
  const day0 = new Date(2026, 10, 1, 9, 0);
  const day3 = new Date(2026, 10, 4, 9, 0);

  it('creates a card rated once when there is none, stamped now', () => {
    const record = rateReviewCard(deck([]), scheduler, 'q:ps-001', 'again', day0);
    assert.deepEqual(record, { ...scheduler.firstReview('q:ps-001', 'again', day0), updatedAt: day0.getTime() });
  });

  it('rates the existing card instead of starting it again', () => {
    const first = scheduler.firstReview('c:bias-variance', 'good', day0);
    const record = rateReviewCard(deck([first]), scheduler, 'c:bias-variance', 'good', day3);
    assert.deepEqual(record, { ...scheduler.rate(first, 'good', day3), updatedAt: day3.getTime() });
    const fresh = scheduler.firstReview('c:bias-variance', 'good', day3);
    assert.ok(record.due > fresh.due, 'a second good rating pushes the card further than a first one');
  });

  it('matches the id exactly, not a card whose id starts the same', () => {
    const other = scheduler.firstReview('q:ps-0011', 'easy', day0);
    const record = rateReviewCard(deck([other]), scheduler, 'q:ps-001', 'again', day3);
    assert.equal(record.id, 'q:ps-001');
    assert.deepEqual(record, { ...scheduler.firstReview('q:ps-001', 'again', day3), updatedAt: day3.getTime() });
  });
});
