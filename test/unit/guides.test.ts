import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConceptDeck } from '../../src/core/concepts/conceptDeck';
import { guideById, guideForTopic, loadGuides, parseWhatToKnow } from '../../src/core/guides/guides';
import { formatLength, type Guide, type GuideMeta } from '../../src/core/guides/schema';
import { urlProblem, validateGuides, type GuideReferences } from '../../src/core/guides/validateGuides';
import { loadProblemBank } from '../../src/core/problems/problemBank';
import { PROBLEM_TOPICS } from '../../src/core/problems/schema';
import { loadQuestionBank } from '../../src/core/questions/questionBank';
import { QUESTION_TOPICS } from '../../src/core/questions/schema';

const root = join(__dirname, '..', '..', '..');

const MARKDOWN = '# A guide\n\n## Core ideas\n- First point,\n  continued on the next line.\n- Second point.\n';

function resource(n: number): GuideMeta['resources'][number] {
  return {
    title: `Resource ${n}`,
    authors: ['A. Author'],
    work: 'A Book',
    kind: 'book-chapter',
    section: `Chapter ${n}`,
    url: `https://example.org/book/${n}`,
    length: { value: 20, unit: 'pages', approximate: true },
  };
}

function meta(overrides: Partial<GuideMeta> = {}): GuideMeta {
  return {
    id: 'alpha',
    title: 'Alpha guide',
    questionTopics: ['q-one'],
    problemTopics: ['p-one'],
    resources: [resource(1), resource(2), resource(3)],
    practice: { problems: ['prob-a'], questions: ['qq-001'], cards: ['card-a'] },
    ...overrides,
  };
}

function guide(overrides: Partial<GuideMeta> = {}): Guide {
  const m = meta(overrides);
  const wtk = parseWhatToKnow(MARKDOWN);
  if ('error' in wtk) throw new Error(wtk.error);
  return { ...m, whatToKnow: wtk.sections, markdown: MARKDOWN, files: { meta: `${m.id}.json`, markdown: `${m.id}.md` } };
}

const refs: GuideReferences = {
  problemIds: ['prob-a', 'prob-b'],
  questionIds: ['qq-001', 'qq-002'],
  cardIds: ['card-a'],
  questionTopics: ['q-one', 'q-two'],
  problemTopics: ['p-one', 'ml-systems'],
};

/** Two guides that together cover every topic of `refs`. */
function fullSet(first: Partial<GuideMeta> = {}): Guide[] {
  return [guide(first), guide({ id: 'beta', title: 'Beta guide', questionTopics: ['q-two'], problemTopics: ['ml-systems'] })];
}

const messages = (gs: Guide[], r: GuideReferences = refs) => validateGuides(gs, r).map((p) => `${p.guide}: ${p.message}`);

describe('study guides: validation', () => {
  it('a complete, well-formed set has no problems', () => {
    assert.deepEqual(messages(fullSet()), []);
  });

  it('reports a referenced problem, question or card id that does not exist', () => {
    const found = messages(fullSet({ practice: { problems: ['prob-a', 'no-such-problem'], questions: ['qq-999'], cards: ['no-card'] } }));
    assert.deepEqual(found, [
      'alpha: problem "no-such-problem" does not exist',
      'alpha: question "qq-999" does not exist',
      'alpha: concept card "no-card" does not exist',
    ]);
  });

  it('reports malformed and non-https links, naming the resource', () => {
    const bad = ['http://example.org/x', 'not a url', 'https://exa mple.org/', 'example.org/page', 'https://localhost/x', 'ftp://example.org/file'];
    for (const url of bad) {
      const found = messages(fullSet({ resources: [resource(1), resource(2), { ...resource(3), url }] }));
      assert.equal(found.length, 1, `${url}: ${found.join(' | ')}`);
      assert.match(found[0], /^alpha: resource 3 \("Resource 3"\): link /);
    }
    assert.equal(urlProblem('https://arxiv.org/abs/1706.03762'), undefined);
    assert.match(urlProblem('http://arxiv.org/abs/1706.03762') ?? '', /must use https/);
  });

  it('reports a topic no guide covers, and one covered twice', () => {
    const [alpha] = fullSet();
    assert.deepEqual(messages([alpha]), ['guides: question topic "q-two" has no guide', 'guides: problem topic "ml-systems" has no guide']);
    const twice = [...fullSet(), guide({ id: 'gamma', questionTopics: [], problemTopics: ['p-one'] })];
    assert.deepEqual(messages(twice), ['guides: problem topic "p-one" is covered by 2 guides (alpha, gamma); it needs exactly one']);
  });

  it('keeps question and problem topics apart even when they share a name', () => {
    // "ml-systems" is a problem topic here, not a question topic: listing it as a question topic is an unknown topic.
    const found = messages([guide({ questionTopics: ['q-one', 'q-two', 'ml-systems'], problemTopics: ['p-one'] })]);
    assert.deepEqual(found, ['alpha: unknown question topic "ml-systems"', 'guides: problem topic "ml-systems" has no guide']);
  });

  it('needs 3 to 6 resources, a non-empty "what to know" and at least one practice item of each kind', () => {
    assert.deepEqual(messages(fullSet({ resources: [resource(1), resource(2)] })), ['alpha: 2 resources (needs 3–6)']);
    const seven = [1, 2, 3, 4, 5, 6, 7].map(resource);
    assert.deepEqual(messages(fullSet({ resources: seven })), ['alpha: 7 resources (needs 3–6)']);
    const [alpha, beta] = fullSet();
    assert.deepEqual(messages([{ ...alpha, whatToKnow: [] }, beta]), ['alpha: "what to know" is empty']);
    assert.deepEqual(messages(fullSet({ practice: { problems: [], questions: ['qq-001'], cards: ['card-a'] } })), ['alpha: practises no problems']);
  });

  it('wants minutes for a video and pages for reading', () => {
    const video = { ...resource(3), kind: 'video' as const };
    assert.deepEqual(messages(fullSet({ resources: [resource(1), resource(2), video] })), ['alpha: resource 3 ("Resource 3"): a video\'s length is in minutes']);
  });
});

describe('study guides: loading', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlreps-guides-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  const writeGuide = (m: GuideMeta, md = MARKDOWN) => {
    write(`${m.id}.json`, JSON.stringify(m));
    write(`${m.id}.md`, md);
  };

  it('loads a guide with its parsed "what to know"', () => {
    writeGuide(meta());
    const { guides, errors } = loadGuides(dir);
    assert.deepEqual(errors, []);
    assert.equal(guides.length, 1);
    assert.deepEqual(guides[0].whatToKnow, [{ heading: 'Core ideas', points: ['First point, continued on the next line.', 'Second point.'] }]);
  });

  it('reports each malformed file by name and still loads the others', () => {
    writeGuide(meta({ id: 'good' }));
    write('broken-json.json', '{ "id": "broken-json", ');
    write('broken-json.md', MARKDOWN);
    writeGuide(meta({ id: 'bad-schema', resources: [{ ...resource(1), length: { value: 3, unit: 'hours', approximate: false } } as never] }));
    writeGuide(meta({ id: 'bad-markdown' }), '## Heading\nJust a paragraph, not a point.\n');
    write('no-markdown.json', JSON.stringify(meta({ id: 'no-markdown' })));
    writeGuide(meta({ id: 'wrong-name' }));
    write('renamed.json', JSON.stringify(meta({ id: 'wrong-name' })));
    write('renamed.md', MARKDOWN);
    write('orphan.md', MARKDOWN);

    const { guides, errors } = loadGuides(dir);
    assert.deepEqual(guides.map((g) => g.id).sort(), ['good', 'wrong-name']);
    const byFile = Object.fromEntries(errors.map((e) => [e.file.slice(dir.length + 1), e.message]));
    assert.deepEqual(Object.keys(byFile).sort(), ['bad-markdown.md', 'bad-schema.json', 'broken-json.json', 'no-markdown.md', 'orphan.md', 'renamed.json']);
    assert.match(byFile['broken-json.json'], /not valid JSON/);
    assert.match(byFile['bad-schema.json'], /resources\.0\.length\.unit/);
    assert.match(byFile['bad-markdown.md'], /line 2: expected/);
    assert.match(byFile['no-markdown.md'], /missing/);
    assert.match(byFile['renamed.json'], /must equal the file name "renamed"/);
    assert.match(byFile['orphan.md'], /no orphan\.json beside it/);
  });

  it('rejects an empty "what to know" file and a heading without points', () => {
    assert.deepEqual(parseWhatToKnow('# Title only\n'), { error: 'no "## " section: "what to know" is empty' });
    assert.deepEqual(parseWhatToKnow('## One\n- a point\n## Two\n'), { error: 'section "Two" has no points' });
    assert.deepEqual(parseWhatToKnow('- a point\n'), { error: 'line 1: a point comes before any "## " heading' });
  });

  it('reports a missing folder instead of throwing', () => {
    const { guides, errors } = loadGuides(join(dir, 'absent'));
    assert.deepEqual(guides, []);
    assert.equal(errors.length, 1);
  });
});

describe('study guides: lookup and the shipped guides', () => {
  it('finds the guide for a question or a problem topic, and keeps the two banks apart', () => {
    const gs = [guide(), guide({ id: 'beta', questionTopics: ['ml-systems'], problemTopics: [] }), guide({ id: 'gamma', questionTopics: [], problemTopics: ['ml-systems'] })];
    assert.equal(guideForTopic(gs, 'p-one')?.id, 'alpha');
    assert.equal(guideForTopic(gs, 'ml-systems', 'question')?.id, 'beta');
    assert.equal(guideForTopic(gs, 'ml-systems', 'problem')?.id, 'gamma');
    assert.equal(guideForTopic(gs, 'ml-systems')?.id, 'beta');
    assert.equal(guideForTopic(gs, 'p-one', 'question'), undefined);
    assert.equal(guideById(gs, 'gamma')?.id, 'gamma');
  });

  it('formats lengths with "about" only when approximate', () => {
    assert.equal(formatLength({ value: 45, unit: 'pages', approximate: true }), 'about 45 pages');
    assert.equal(formatLength({ value: 116, unit: 'minutes', approximate: false }), '116 min');
  });

  it('the shipped guides load and validate against the real banks', () => {
    const { guides, errors } = loadGuides(join(root, 'guides'));
    assert.deepEqual(errors, []);
    const found = validateGuides(guides, {
      problemIds: loadProblemBank(join(root, 'problems')).problems.map((p) => p.id),
      questionIds: loadQuestionBank(join(root, 'questions')).questions.map((q) => q.id),
      cardIds: loadConceptDeck(join(root, 'concepts')).cards.map((c) => c.id),
      questionTopics: Object.keys(QUESTION_TOPICS),
      problemTopics: Object.keys(PROBLEM_TOPICS),
    });
    assert.deepEqual(found, []);
    for (const topic of Object.keys(QUESTION_TOPICS)) assert.ok(guideForTopic(guides, topic, 'question'), topic);
    for (const topic of Object.keys(PROBLEM_TOPICS)) assert.ok(guideForTopic(guides, topic, 'problem'), topic);
  });
});
