import * as assert from 'node:assert/strict';
import type { Question } from '../../src/core/questions/schema';
import { QuizFlow, type QuizFlowEvents } from '../../src/core/readiness/quizFlow';
import { seededRandom } from '../../src/core/readiness/sampling';
import { quizToHostSchema } from '../../src/webview/readiness/quiz/protocol';

const questions: Question[] = Array.from({ length: 5 }, (_, i) => ({
  id: `qq-00${i}`, topic: i < 3 ? 'classical-ml' : 'deep-learning', tracks: ['ds'], difficulty: 'easy',
  stem: `Question ${i}?`, options: ['a', 'b', 'c', 'd'], answer: i % 4, explanation: `Because ${i}.`,
}));

function flow(mode: 'check' | 'practice' | 'review', log: string[] = []) {
  const events: QuizFlowEvents = {
    onAnswer: (q, i, c, ok) => log.push(`answer ${q.id} ${i} ${c} ${ok}`),
    onComplete: (r) => log.push(`complete ${r.score}/${r.total}`),
    onRate: (q, r) => log.push(`rate ${q.id} ${r}`),
  };
  return new QuizFlow(mode, 'T', questions, events, { passMark: mode === 'check' ? 3 : null, topicLabel: (t) => t.toUpperCase() });
}

describe('quiz flow', () => {
  it('a check shows no correctness until the end, then the score, topics and every explanation', () => {
    const log: string[] = [];
    const f = flow('check', log);
    for (let i = 0; i < 5; i++) {
      const v = f.handle({ type: 'answer', index: i, choice: i < 3 ? i % 4 : (i + 1) % 4 })!;
      if (i < 4) {
        assert.equal(v.type, 'question', 'straight to the next question: no feedback');
        assert.equal(JSON.stringify(v).includes('explanation'), false);
      } else assert.equal(v.type, 'result');
    }
    const result = f.view();
    assert.equal(result.type, 'result');
    if (result.type !== 'result') return;
    assert.equal(result.score, 3);
    assert.equal(result.passed, true);
    assert.deepEqual(result.perTopic, [{ topic: 'CLASSICAL-ML', correct: 3, total: 3 }, { topic: 'DEEP-LEARNING', correct: 0, total: 2 }]);
    assert.equal(result.review.length, 5);
    assert.equal(result.review[4].explanation, 'Because 4.');
    assert.equal(log[log.length - 1], 'complete 3/5');
  });

  it('has no going back and ignores out-of-turn messages', () => {
    const f = flow('check');
    assert.ok(f.handle({ type: 'answer', index: 0, choice: 1 }));
    assert.equal(f.handle({ type: 'answer', index: 0, choice: 0 }), undefined, 'cannot change an answer');
    assert.equal(f.handle({ type: 'answer', index: 3, choice: 0 }), undefined, 'cannot skip');
    assert.equal(f.handle({ type: 'rate', index: 1, rating: 'good' }), undefined, 'no rating in a check');
    assert.equal(f.handle({ type: 'next', index: 1 }), undefined, 'no feedback to leave');
    assert.deepEqual(f.answers, [1, null, null, null, null]);
  });

  it('practice shows the answer after each question, and review asks for a rating before going on', () => {
    const p = flow('practice');
    const fb = p.handle({ type: 'answer', index: 0, choice: 2 })!;
    assert.equal(fb.type, 'feedback');
    if (fb.type === 'feedback') {
      assert.equal(fb.item.correct, 0);
      assert.equal(fb.rate, false);
    }
    assert.equal(p.handle({ type: 'answer', index: 1, choice: 0 }), undefined, 'next first');
    assert.equal(p.handle({ type: 'next', index: 0 })?.type, 'question');

    const log: string[] = [];
    const r = flow('review', log);
    r.handle({ type: 'answer', index: 0, choice: 0 });
    assert.equal(r.handle({ type: 'next', index: 0 }), undefined, 'a rating is needed');
    assert.equal(r.handle({ type: 'rate', index: 0, rating: 'hard' })?.type, 'question');
    assert.ok(log.includes('rate qq-000 hard'));
  });

  it('resumes where the stored answers stop', () => {
    const f = new QuizFlow('check', 'T', questions, { onAnswer: () => undefined, onComplete: () => undefined }, { passMark: 3, topicLabel: (t) => t }, { answers: [0, 1, null, null, null] });
    const v = f.view();
    assert.equal(v.type === 'question' && v.index, 2);
  });

  it('1,000 random messages from a hostile webview: no crash and no change of state', () => {
    const random = seededRandom(2026);
    const f = flow('check');
    f.handle({ type: 'answer', index: 0, choice: 0 });
    const before = JSON.stringify({ answers: f.answers, view: f.view() });
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const values = [undefined, null, -1, 0, 1, 3, 4, 7.5, 1e9, '0', 'answer', [], {}, { type: 'answer' }, true, NaN];
    let accepted = 0;
    for (let i = 0; i < 1000; i++) {
      const msg: Record<string, unknown> = {};
      if (random() < 0.9) msg.type = pick(['answer', 'next', 'rate', 'ready', 'open', 'abandon', '__proto__', 'constructor', 42]);
      for (const key of ['index', 'choice', 'rating', 'extra', 'problemIds']) if (random() < 0.5) msg[key] = key === 'rating' ? pick(['good', 'bad', 1, null]) : pick(values);
      const raw = pick([msg, JSON.stringify(msg), null, 42, [msg], msg]);
      const parsed = quizToHostSchema.safeParse(raw);
      // The only valid, in-turn messages would be `ready` or an answer to question 1; keep those out so the
      // state must stay exactly as it was.
      if (!parsed.success || parsed.data.type === 'ready' || (parsed.data.type === 'answer' && parsed.data.index === 1)) continue;
      accepted += f.handle(parsed.data) ? 1 : 0;
    }
    assert.equal(accepted, 0);
    assert.equal(JSON.stringify({ answers: f.answers, view: f.view() }), before);
  });
});
