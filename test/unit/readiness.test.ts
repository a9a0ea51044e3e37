import * as assert from 'node:assert/strict';
import type { Problem } from '../../src/core/problems/problemBank';
import type { Question } from '../../src/core/questions/schema';
import {
  answerQuestion, drawCoding, drawNonCoding, nextQuestionIndex, passesCoding, passesNonCoding, scoreCoding, scoreNonCoding,
  type Check, type NonCodingState,
} from '../../src/core/readiness/checks';
import { seededRandom, shuffle } from '../../src/core/readiness/sampling';
import { readinessStatus } from '../../src/core/readiness/status';
import { ReviewScheduler, questionCardId } from '../../src/core/review/reviewScheduler';

const TOPICS = ['probability-statistics', 'classical-ml', 'evaluation-validation', 'deep-learning', 'data-features', 'applied-ml', 'ml-systems'] as const;
const SIZES = [45, 45, 45, 40, 35, 25, 25];
const questions: Question[] = TOPICS.flatMap((topic, t) =>
  Array.from({ length: SIZES[t] }, (_, i) => ({
    id: `${topic.slice(0, 2)}-${String(i).padStart(3, '0')}`, topic, tracks: ['ds', 'mle'] as ('ds' | 'mle')[], difficulty: 'easy' as const,
    stem: `stem ${topic} ${i}`, options: ['a', 'b', 'c', 'd'], answer: i % 4, explanation: 'because of reasons stated here',
  })),
);
const bank = new Map(questions.map((q) => [q.id, q]));

describe('readiness sampling', () => {
  it('is seeded: the same seed gives the same draw, another seed another', () => {
    assert.deepEqual(drawNonCoding(questions, 7).draw, drawNonCoding(questions, 7).draw);
    assert.notDeepEqual(drawNonCoding(questions, 7).draw, drawNonCoding(questions, 8).draw);
  });

  it('draws 50 distinct questions, stratified by topic in proportion to the pool', () => {
    const draw = drawNonCoding(questions, 123).draw;
    assert.equal(draw.length, 50);
    assert.equal(new Set(draw).size, 50);
    const perTopic = new Map<string, number>();
    for (const id of draw) perTopic.set(bank.get(id)!.topic, (perTopic.get(bank.get(id)!.topic) ?? 0) + 1);
    const total = SIZES.reduce((a, b) => a + b, 0);
    TOPICS.forEach((t, i) => {
      const expected = (SIZES[i] / total) * 50;
      assert.ok(Math.abs((perTopic.get(t) ?? 0) - expected) < 1, `${t}: ${perTopic.get(t)} vs ${expected.toFixed(2)}`);
    });
  });

  it('uses every item about equally often across many seeds', () => {
    const counts = new Map<string, number>();
    for (let s = 0; s < 400; s++) for (const id of drawNonCoding(questions, s).draw) counts.set(id, (counts.get(id) ?? 0) + 1);
    const values = [...counts.values()];
    assert.equal(counts.size, questions.length, 'every question can be drawn');
    const mean = (400 * 50) / questions.length;
    assert.ok(Math.min(...values) > mean * 0.5 && Math.max(...values) < mean * 1.6, `min ${Math.min(...values)} max ${Math.max(...values)} mean ${mean.toFixed(1)}`);
  });

  it('refuses to draw more than the pool holds, and draws 20 coding problems', () => {
    assert.throws(() => drawNonCoding(questions.slice(0, 30), 1), /only 30 items to draw 50/);
    const problems = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, topic: ['a', 'b', 'c'][i % 3] }) as unknown as Problem);
    const draw = drawCoding(problems, 5).draw;
    assert.equal(draw.length, 20);
    assert.equal(new Set(draw).size, 20);
  });

  it('shuffles and samples without replacement', () => {
    const r = seededRandom(1);
    assert.deepEqual([...shuffle([1, 2, 3, 4, 5], r)].sort(), [1, 2, 3, 4, 5]);
  });
});

describe('scoring and thresholds', () => {
  it('passes non-coding at 35 and not at 34', () => {
    assert.equal(passesNonCoding(34), false);
    assert.equal(passesNonCoding(35), true);
  });
  it('passes coding at 17 and not at 16', () => {
    assert.equal(passesCoding(16), false);
    assert.equal(passesCoding(17), true);
  });

  it('scores answers against the key, per topic', () => {
    const draw = drawNonCoding(questions, 99).draw;
    const answers = draw.map((id, i) => (i < 35 ? bank.get(id)!.answer : (bank.get(id)!.answer + 1) % 4));
    const r = scoreNonCoding(draw, answers, bank);
    assert.equal(r.score, 35);
    assert.equal(r.passed, true);
    assert.equal(r.perTopic.reduce((s, t) => s + t.total, 0), 50);
    assert.equal(r.perTopic.reduce((s, t) => s + t.correct, 0), 35);
    const one = [...answers];
    one[0] = (bank.get(draw[0])!.answer + 1) % 4;
    assert.equal(scoreNonCoding(draw, one, bank).passed, false, '34/50 fails');
    assert.equal(scoreNonCoding(draw, draw.map(() => null), bank).score, 0, 'unanswered questions score nothing');
  });

  it('counts a coding problem only when solved during the check and confirmed', () => {
    const draw = Array.from({ length: 20 }, (_, i) => `p${i}`);
    const solvedAt = Object.fromEntries(draw.slice(0, 18).map((id) => [id, 1]));
    assert.equal(scoreCoding(draw, { solvedAt, confirmed: draw.slice(0, 17) }).score, 17);
    assert.equal(scoreCoding(draw, { solvedAt, confirmed: draw.slice(0, 17) }).passed, true);
    assert.equal(scoreCoding(draw, { solvedAt, confirmed: draw.slice(0, 16) }).passed, false, '16/20 fails');
    assert.equal(scoreCoding(draw, { solvedAt: {}, confirmed: draw }).score, 0, 'confirmation without solving counts nothing');
  });
});

describe('a non-coding check in progress', () => {
  it('takes answers only in order, never changes one, and resumes at the first unanswered', () => {
    let s: NonCodingState = { answers: [null, null, null] };
    assert.equal(answerQuestion(s, 1, 0), undefined, 'cannot skip ahead');
    s = answerQuestion(s, 0, 2)!;
    assert.equal(answerQuestion(s, 0, 3), undefined, 'no going back');
    assert.equal(answerQuestion(s, 1, 4), undefined, 'choices are 0..3');
    assert.equal(answerQuestion(s, 1, 1.5), undefined);
    assert.equal(nextQuestionIndex(s), 1);
    // Resuming: the state saved in the store is all that is needed.
    const restored: NonCodingState = JSON.parse(JSON.stringify(s));
    assert.equal(nextQuestionIndex(restored), 1);
    s = answerQuestion(answerQuestion(restored, 1, 0)!, 2, 3)!;
    assert.equal(nextQuestionIndex(s), 3);
    assert.deepEqual(s.answers, [2, 0, 3]);
  });
});

describe('readiness status', () => {
  const check = (kind: 'coding' | 'noncoding', score: number, at: number, over: Partial<Check> = {}): Check =>
    ({ id: `${kind}${at}`, kind, track: 'ds', seed: 1, draw: [], startedAt: at - 1, finishedAt: at, status: 'completed', score, total: kind === 'coding' ? 20 : 50, elapsedMs: 0, state: { answers: [] }, ...over }) as Check;
  const strengths = [{ topic: 'a', rate: 0.9, n: 10 }, { topic: 'b', rate: 0.2, n: 5 }, { topic: 'c', rate: 0.5, n: 4 }, { topic: 'd', rate: 0.4, n: 8 }, { topic: 'e', rate: 0, n: 0 }];

  it('is ready only when the latest of each check passes, on the current track', () => {
    assert.equal(readinessStatus([check('coding', 17, 1), check('noncoding', 35, 2)], 'ds', []).ready, true);
    assert.equal(readinessStatus([check('coding', 17, 1), check('noncoding', 35, 2)], 'mle', []).ready, false, 'other track');
    assert.equal(readinessStatus([check('coding', 20, 1), check('coding', 16, 3), check('noncoding', 40, 2)], 'ds', []).ready, false, 'latest coding failed');
    assert.equal(readinessStatus([check('coding', 16, 1), check('coding', 17, 3), check('noncoding', 34, 2)], 'ds', []).ready, false, 'non-coding 34 fails');
  });

  it('ignores abandoned and open checks', () => {
    const s = readinessStatus([check('coding', 17, 1), check('noncoding', 35, 2), check('noncoding', 0, 5, { status: 'abandoned' }), check('coding', 0, 6, { status: 'open', finishedAt: null, score: null })], 'ds', []);
    assert.equal(s.ready, true);
    assert.equal(s.latestNonCoding?.score, 35);
  });

  it('says what is missing or failed, and names the 3 weakest topics', () => {
    const s = readinessStatus([check('coding', 15, 1)], 'ds', strengths);
    assert.equal(s.ready, false);
    assert.deepEqual(s.reasons, ['Latest coding check: 15/20, below 17/20.', 'No non-coding check yet: answer at least 35 of 50 random questions with no help.']);
    assert.deepEqual(s.weakestTopics, ['b', 'd', 'c']);
    assert.match(s.headline, /^Not yet/);
  });
});

describe('spaced review (ts-fsrs)', () => {
  const scheduler = new ReviewScheduler();
  const now = new Date('2026-11-26T10:00:00Z');

  it('brings a missed question back soon, and a known one later', () => {
    const missed = scheduler.firstReview(questionCardId('ps-001'), 'again', now);
    const known = scheduler.firstReview(questionCardId('ps-002'), 'easy', now);
    assert.equal(missed.id, 'q:ps-001');
    assert.ok(missed.due - now.getTime() < 60 * 60_000, 'again: within the hour');
    assert.ok(known.due - now.getTime() >= 24 * 3_600_000, 'easy: a day or more');
  });

  it('survives a JSON round trip (as stored) and grows intervals with good answers', () => {
    let card = JSON.parse(JSON.stringify(scheduler.firstReview('q:x', 'good', now)));
    let t = new Date(card.due);
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      const next = scheduler.rate(card, 'good', t);
      gaps.push(next.due - t.getTime());
      card = JSON.parse(JSON.stringify(next));
      t = new Date(next.due);
    }
    for (let i = 1; i < gaps.length; i++) assert.ok(gaps[i] > gaps[i - 1], `intervals grow: ${gaps}`);
    const p = scheduler.preview(card, t);
    assert.ok(p.again < p.hard && p.hard <= p.good && p.good < p.easy);
  });
});
