import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gamingScores, keyTag, leadingNumber, strategyPicks } from '../../src/core/questions/gaming';
import { factsOf, overlappingQuestions } from '../../src/core/questions/overlap';
import { loadQuestionBank } from '../../src/core/questions/questionBank';
import type { Question } from '../../src/core/questions/schema';
import { checkQuestions } from '../../src/core/questions/validateQuestions';

const root = join(__dirname, '..', '..', '..');

function q(overrides: Partial<Question>): Question {
  return {
    id: 'zz-001',
    topic: 'classical-ml',
    tracks: ['ds'],
    difficulty: 'easy',
    stem: 'Which statement about the thing holds?',
    options: ['first option', 'second option', 'third option', 'fourth option'],
    answer: 0,
    explanation: 'The first holds for a stated reason, and each of the others fails for its own reason.',
    ...overrides,
  };
}

describe('question overlap beyond word overlap', () => {
  const bank = loadQuestionBank(join(root, 'questions'));
  const fixture = JSON.parse(readFileSync(join(root, 'test', 'unit', 'fixtures', 'issue11-duplicates.json'), 'utf8')) as {
    pairs: { partner: string; question: Question }[];
  };

  it('the bank loads cleanly and holds none of the overlapping pairs', () => {
    assert.deepEqual(bank.errors, []);
    assert.deepEqual(overlappingQuestions(bank.questions).map((o) => `${o.a.id}/${o.b.id}: ${o.reason}`), []);
  });

  it('has all thirteen pairs of issue 11 in its fixture', () => {
    assert.equal(fixture.pairs.length, 13);
    for (const { partner } of fixture.pairs) assert.ok(bank.questions.some((x) => x.id === partner), `${partner} is in the bank`);
  });

  const putBack = fixture.pairs.map((pair, n) => ({
    partner: pair.partner,
    original: pair.question.id,
    question: { ...pair.question, id: `${pair.question.id.split('-')[0]}-9${String(n).padStart(2, '0')}` } as Question,
  }));

  for (const { partner, original, question } of putBack) {
    it(`flags ${original} against ${partner} if it is put back`, () => {
      const found = overlappingQuestions([...bank.questions, question]).filter((o) => [o.a.id, o.b.id].includes(question.id));
      assert.ok(found.some((o) => [o.a.id, o.b.id].includes(partner)), `${question.id} vs ${partner}: ${JSON.stringify(found.map((o) => o.reason))}`);
    });
  }

  it('fails validate-questions on every one of them when all are put back at once', () => {
    const problems = checkQuestions([...bank.questions, ...putBack.map((p) => p.question)]);
    for (const { partner, question } of putBack) {
      assert.ok(
        problems.some((p) => p.includes(question.id) && p.includes(partner) && p.includes('test the same knowledge')),
        `${question.id} against ${partner}`,
      );
    }
  });

  it('matches a curated fact from the stem and the key, not from the wrong options', () => {
    const trap = q({
      stem: 'A regression with an intercept one-hot encodes all levels of a category. What goes wrong?',
      options: ['The columns sum to the intercept column, so the coefficients are not unique', 'Nothing', 'It underfits', 'It overfits'],
    });
    assert.deepEqual(factsOf(trap), ['dummy-variable trap']);
    assert.deepEqual(factsOf({ ...trap, answer: 1 }), []);
    assert.deepEqual(factsOf({ ...trap, stem: `${trap.stem} The model is L2-regularized.` }), []);
  });

  it('skips a pair reviewed as distinct, and flags a distinctFrom naming a missing id', () => {
    const a = q({ id: 'zz-001', stem: 'You run 20 independent tests at alpha 0.05. What is the chance of at least one false positive?', options: ['0.64', '0.05', '0.36', '1'] });
    const b = q({ id: 'zz-002', stem: 'Across 20 independent metrics at alpha 0.05, how likely is at least one significant result?', options: ['0.64', '0.05', '0.36', '1'] });
    assert.equal(overlappingQuestions([a, b]).length, 1);
    assert.equal(overlappingQuestions([a, { ...b, distinctFrom: ['zz-001'] }]).length, 0);
    const problems = checkQuestions([a, { ...b, distinctFrom: ['zz-404'] }], { total: 0, perTopic: 0, perTrack: 0 });
    assert.ok(problems.includes('zz-002: distinctFrom names zz-404, which is not in the bank'));
  });
});

describe('gaming strategies', () => {
  it('reads leading numbers in the forms the bank uses', () => {
    assert.equal(leadingNumber('About 0.64'), 0.64);
    assert.equal(leadingNumber('2/3'), 2 / 3);
    assert.equal(leadingNumber('1,050,624'), 1050624);
    assert.equal(leadingNumber('31x31'), 31);
    assert.equal(leadingNumber('1e-3, where the loss fell fastest'), 0.001);
    assert.equal(leadingNumber('Recall'), undefined);
  });

  it('scores each strategy on one question, splitting ties', () => {
    const picks = strategyPicks(q({
      stem: 'How large is the variance of the estimate?',
      options: ['10', '2', '5', '7'],
      answer: 2,
    }));
    assert.equal(picks['middle-number'], 0.5, '5 is one of the two middle values 5 and 7');
    assert.equal(picks.longest, 0, '"10" is the only longest option');
    assert.equal(picks.shortest, 1 / 3, 'the key is one of three one-character options');
    assert.equal(picks['no-absolute-words'], 1 / 4, 'no option has an absolute word, so the strategy guesses');
    assert.equal(picks['stem-overlap'], 1 / 4);
    assert.equal(strategyPicks(q({ options: ['ten', 'two', 'five', 'seven'] }))['middle-number'], undefined);
  });

  it('flags a bank where the longest option or the absolute-word-free option is the key', () => {
    const bank = Array.from({ length: 40 }, (_, i) =>
      q({
        id: `zz-${String(i).padStart(3, '0')}`,
        stem: `Which statement about item ${i} is right?`,
        options: ['It always works', 'It never works', 'It works on some inputs and not on others, depending on the data', 'It only works once'],
        answer: 2,
      }),
    );
    const scores = Object.fromEntries(gamingScores(bank).map((g) => [g.strategy, g.score]));
    assert.equal(scores.longest, 1);
    assert.equal(scores['no-absolute-words'], 1);
    assert.equal(scores.shortest, 0);
    const problems = checkQuestions(bank, { total: 0, perTopic: 0, perTrack: 0 });
    assert.ok(problems.includes('gaming: "pick the longest option" scores 100.0% over 40 questions (at most 30%)'));
    assert.ok(problems.includes('gaming: "pick an option without absolute words" scores 100.0% over 40 questions (at most 30%)'));
    assert.ok(!problems.some((p) => p.includes('pick the shortest option')));
  });

  it('flags a key carrying a label or tag that the wrong options lack', () => {
    const base = { stem: 'Why are the estimates off for rejected applicants?', answer: 1 };
    assert.equal(keyTag(q({ ...base, options: ['Overfitting of the model', 'Selection bias: approved applicants differ', 'Label noise', 'Too much data'] })), 'a leading label');
    assert.equal(keyTag(q({ ...base, options: ['Overfitting of the model', 'Approved applicants differ (selection bias)', 'Label noise', 'Too much data'] })), 'a trailing tag in parentheses');
    assert.equal(keyTag(q({ ...base, options: ['Overfitting of the model', 'Each row of dummies adds up to the intercept column: perfect multicollinearity', 'Label noise', 'Too much data'] })), 'a trailing label after a colon');
    assert.equal(keyTag(q({ ...base, options: ['Missing completely at random (MCAR)', 'Missing at random (MAR)', 'Missing not at random (MNAR)', 'Structurally missing'] })), undefined);
    assert.equal(keyTag(q({ ...base, options: ['Yes, always', 'Little: it keeps neighbourhoods only', 'All of it', 'The sizes'] })), undefined);
    assert.equal(keyTag(q({ ...base, options: ['P(A and B) = P(A) + P(B)', 'P(A and B) = P(A) * P(B)', 'P(A and B) = 0', 'P(A | B) = P(B | A)'] })), undefined);
  });
});
