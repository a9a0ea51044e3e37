import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import type { ConceptCard } from '../../src/core/concepts/schema';
import { chooseConcept, conceptsForTrack, recitationRating } from '../../src/core/recitation/recitation';
import { seededRandom } from '../../src/core/readiness/sampling';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/core/store/schema';
import { StudyStore } from '../../src/core/store/studyStore';
import { session, sqlJs } from '../support/store';

const card = (id: string, track: ConceptCard['track']): ConceptCard => ({ id, title: id, track, topic: 'classical-ml', prompt: `Explain ${id} in detail please.`, keyPoints: ['a point', 'b point', 'c point', 'd point'], followUps: ['why?', 'how?'] });
const cards = [card('lr', 'both'), card('svm', 'ds'), card('attn', 'mle'), card('pca', 'both')];

describe('oral recitation', () => {
  it('offers the concepts of the track', () => {
    assert.deepEqual(conceptsForTrack(cards, 'ds').map((c) => c.id), ['lr', 'svm', 'pca']);
    assert.deepEqual(conceptsForTrack(cards, 'mle').map((c) => c.id), ['lr', 'attn', 'pca']);
  });

  it('chooses the most overdue concept first, then one never recited, then any', () => {
    const now = 1000;
    assert.equal(chooseConcept(cards, new Map([['c:svm', 900], ['c:lr', 500], ['c:pca', 2000]]), now, seededRandom(1))?.id, 'lr');
    const seenAll = new Map([['c:lr', 5000], ['c:svm', 5000], ['c:pca', 5000]]);
    assert.equal(chooseConcept(cards, seenAll, now, seededRandom(1))?.id, 'attn', 'the only one never recited');
    const everything = new Map(cards.map((c) => [`c:${c.id}`, 5000]));
    assert.ok(cards.some((c) => c.id === chooseConcept(cards, everything, now, seededRandom(3))?.id));
    assert.equal(chooseConcept([], new Map(), now, seededRandom(1)), undefined);
  });

  it('rates weak explanations down: under half the points caps at hard, none at again, a low peer rating at hard', () => {
    assert.equal(recitationRating('easy', 4, 4, null), 'easy');
    assert.equal(recitationRating('easy', 1, 4, null), 'hard');
    assert.equal(recitationRating('good', 2, 4, null), 'good', 'half is enough');
    assert.equal(recitationRating('good', 0, 4, null), 'again');
    assert.equal(recitationRating('easy', 4, 4, 2), 'hard');
    assert.equal(recitationRating('again', 4, 4, 5), 'again', 'never raised above the user\'s own rating');
  });
});

describe('group study in the store', () => {
  let SQL: SqlJsStatic;
  let dir: string;
  before(async () => (SQL = await sqlJs()));
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlreps-gss-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('editing during a group session counts as group time only, never also as problem-set time', () => {
    const store = StudyStore.open({ path: join(dir, 'db.sqlite'), sql: SQL, flushDelayMs: 60_000 });
    const t0 = new Date(2026, 10, 26, 14, 0).getTime();
    store.apply(
      { kind: 'session', record: session(t0, 60, { category: 'gss.groupProblemSet', source: 'timer', problemId: null }) },
      { kind: 'session', record: session(t0 + 10 * 60_000, 30, { problemId: 'kmeans' }) }, // auto edits inside the group hour
      { kind: 'session', record: session(t0 + 50 * 60_000, 30, { problemId: 'kmeans' }) }, // runs 20 min past its end
    );
    const totals = store.categoryTotals();
    assert.equal(totals.get('gss.groupProblemSet'), 60 * 60_000);
    assert.equal(totals.get('iss.problemSets'), 20 * 60_000, 'only the 20 minutes after the group session');
    store.close();
  });

  it('keeps recitations and group sessions, and exports them', () => {
    const store = StudyStore.open({ path: join(dir, 'db.sqlite'), sql: SQL, flushDelayMs: 60_000 });
    store.apply(
      { kind: 'recitation', record: { id: 'r1', conceptId: 'lr', sessionId: 's1', at: 1, covered: [0, 2], points: 4, selfRating: 'good', peerRating: 4 } },
      { kind: 'groupSession', record: { id: 'g1', sessionId: 's2', problemId: 'kmeans', at: 2, participants: 'Ana, Ben', notes: 'init matters', solved: true } },
    );
    assert.deepEqual(store.table('recitations').map((r) => [r.concept_id, r.covered, r.peer_rating]), [['lr', '[0,2]', 4]]);
    assert.deepEqual(store.table('group_sessions').map((r) => [r.problem_id, r.participants, r.solved]), [['kmeans', 'Ana, Ben', 1]]);
    store.close();
  });

  it('migrates a version-1 database to the current schema, keeping its data and a backup of the old file', () => {
    const path = join(dir, 'db.sqlite');
    const v1 = new SQL.Database();
    v1.exec(MIGRATIONS[0]);
    v1.run('PRAGMA user_version = 1');
    v1.run("INSERT INTO preferences (key, value, updated_at) VALUES ('track', '\"mle\"', 1)");
    writeFileSync(path, v1.export());
    v1.close();
    const before = readFileSync(path);
    const store = StudyStore.open({ path, sql: SQL, flushDelayMs: 60_000 });
    assert.equal(store.preference('track'), 'mle');
    store.apply({ kind: 'recitation', record: { id: 'r', conceptId: 'c', sessionId: null, at: 1, covered: [], points: 3, selfRating: 'again', peerRating: null } });
    assert.equal(store.flush(), true);
    store.close();
    assert.ok(existsSync(`${path}.v1.bak`));
    assert.ok(readFileSync(`${path}.v1.bak`).equals(before), 'the backup is the old file as it was');
    const after = new SQL.Database(readFileSync(path));
    assert.equal(after.exec('PRAGMA user_version')[0].values[0][0], SCHEMA_VERSION);
    after.close();
  });
});
