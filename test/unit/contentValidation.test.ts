import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConceptCards, loadConceptDeck } from '../../src/core/concepts/conceptDeck';
import { jaccard, nearDuplicates, normalizedWords } from '../../src/core/content/similarity';
import { loadQuestionBank, questionsForTrack } from '../../src/core/questions/questionBank';
import type { Question } from '../../src/core/questions/schema';
import { checkQuestions } from '../../src/core/questions/validateQuestions';

const TOPICS = ['probability-statistics', 'classical-ml', 'evaluation-validation', 'deep-learning', 'data-features'] as const;

function question(i: number, overrides: Partial<Question> = {}): Question {
  return {
    id: `qq-${String(i).padStart(3, '0')}`,
    topic: TOPICS[i % 5],
    tracks: i % 3 === 0 ? ['mle'] : ['ds', 'mle'],
    difficulty: 'easy',
    stem: `Which of alpha${i} beta${i} gamma${i} delta${i} holds?`,
    options: ['first option', 'second option', 'third option', 'fourth option'],
    answer: i % 4,
    explanation: `Explanation ${i}: the answer holds because of a fact, and each other option fails for its own reason.`,
    ...overrides,
  };
}

describe('question bank validation', () => {
  const good = Array.from({ length: 250 }, (_, i) => question(i));

  const minimums = { total: 250, perTopic: 0, perTrack: 150 };

  it('accepts a bank that meets every rule', () => {
    assert.deepEqual(checkQuestions(good, minimums), []);
  });

  it('flags duplicate options, near-duplicate stems and a skewed answer spread', () => {
    const bad = good.map((q) => ({ ...q, answer: 0 }));
    bad[1] = { ...bad[1], options: ['same', 'Same ', 'c', 'd'] };
    bad[2] = { ...bad[2], stem: bad[3].stem.replace('?', '.') };
    const problems = checkQuestions(bad, minimums);
    assert.ok(problems.some((p) => p === 'qq-001: two options are the same'));
    assert.ok(problems.some((p) => p.startsWith('qq-002 and qq-003: near-duplicate stems')));
    assert.ok(problems.some((p) => p.startsWith('all questions: option 1 is correct in 100%')));
  });

  it('flags a bank that is too small, a thin topic and a thin track pool', () => {
    const problems = checkQuestions(good.slice(0, 100), { total: 101, perTopic: 21, perTrack: 67 });
    assert.ok(problems.includes('bank: 100 questions (at least 101)'));
    assert.ok(problems.includes('bank: 20 questions on classical-ml (at least 21)'));
    assert.ok(problems.includes('bank: 0 questions on applied-ml (at least 21)'));
    assert.ok(problems.includes('bank: 66 questions in the ds pool (at least 67)'));
    assert.ok(!problems.some((p) => p.includes('mle pool')));
  });

  it('loads files, reports malformed questions by id, and filters by track', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlreps-q-'));
    try {
      const valid = question(1, { topic: 'classical-ml' });
      const wrongAnswer = { ...question(2, { topic: 'classical-ml' }), answer: 4 };
      const threeOptions = { ...question(3, { topic: 'classical-ml' }), options: ['a', 'b', 'c'] };
      writeFileSync(join(dir, 'classical-ml.json'), JSON.stringify({ topic: 'classical-ml', questions: [valid, wrongAnswer, threeOptions] }));
      writeFileSync(join(dir, 'broken.json'), '{ nope');
      const bank = loadQuestionBank(dir);
      assert.equal(bank.questions.length, 1);
      const messages = bank.errors.map((e) => e.message);
      assert.ok(messages.some((m) => m.startsWith('qq-002: answer:')));
      assert.ok(messages.some((m) => m.startsWith('qq-003: options:')));
      assert.ok(messages.some((m) => m.startsWith('not valid JSON')));
      assert.equal(questionsForTrack(bank.questions, 'ds').length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('concept card validation', () => {
  it('loads cards and flags duplicates and a thin deck', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlreps-c-'));
    try {
      const card = (id: string, title: string, prompt: string) => ({
        id, title, track: 'both', topic: 'classical-ml', prompt,
        keyPoints: ['point one is here', 'point two is here', 'point three is here'], followUps: ['follow up one?', 'follow up two?'],
      });
      writeFileSync(join(dir, 'classical-ml.json'), JSON.stringify({ topic: 'classical-ml', cards: [
        card('a', 'Logistic regression', 'Explain how logistic regression is trained and why log-loss is used.'),
        card('b', 'logistic regression', 'Explain how decision trees choose their splits and when they stop.'),
        card('c', 'Logistic again', 'Explain how logistic regression is trained, and why log-loss is used.'),
        { ...card('d', 'Bad', 'A prompt that is long enough to pass.'), keyPoints: ['only one point'] },
      ] }));
      const deck = loadConceptDeck(dir);
      assert.equal(deck.cards.length, 3);
      assert.match(deck.errors[0].message, /^d: keyPoints:/);
      const problems = checkConceptCards(deck.cards);
      assert.ok(problems.includes('b: same title as a'));
      assert.ok(problems.some((p) => p.startsWith('a and c: near-duplicate prompts')));
      assert.ok(problems.includes('deck: 3 cards (at least 150)'));
      assert.ok(problems.includes('deck: 3 cards on classical-ml (at least 20)'));
      assert.ok(problems.includes('deck: 0 cards on applied-ml (at least 20)'));
      assert.ok(problems.includes('deck: 3 cards count for ds (at least 100)'));
      const relaxed = checkConceptCards(deck.cards, { total: 3, perTopic: 0, perTrack: 3 });
      assert.ok(!relaxed.some((p) => p.startsWith('deck:')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('text similarity', () => {
  it('scores identical word sets 1 and disjoint ones 0', () => {
    assert.equal(jaccard(normalizedWords('The cat sat'), normalizedWords('the CAT sat!')), 1);
    assert.equal(jaccard(normalizedWords('alpha beta'), normalizedWords('gamma delta')), 0);
    assert.equal(nearDuplicates(['one two three four', 'one two three four five', 'six seven eight'], (s) => s, 0.8).length, 1);
  });
});
