import * as vscode from 'vscode';
import type { CheckKind } from '../../core/domain';
import { READINESS, type Track } from '../../core/method/targets';
import type { ProblemBank } from '../../core/problems/problemBank';
import { questionsForTrack, type QuestionBank } from '../../core/questions/questionBank';
import { QUESTION_TOPICS, type Question } from '../../core/questions/schema';
import { drawNonCoding, nextQuestionIndex, seenLine, type NonCodingState } from '../../core/readiness/checks';
import { isPermutation, optionOrder } from '../../core/readiness/freshDraw';
import { questionSeenHistory } from '../../core/readiness/seenHistory';
import { QuizFlow } from '../../core/readiness/quizFlow';
import { newSeed, seededRandom, shuffle } from '../../core/readiness/sampling';
import { questionCardId, rateReviewCard, type ReviewScheduler } from '../../core/review/reviewScheduler';
import { elapsedAfterAnswer } from '../../core/readiness/checkElapsed';
import { newId, type CheckRecord } from '../../core/store/records';
import type { StudyStore } from '../../core/store/studyStore';
import type { StoreService } from '../../services/storeService';
import type { TimingService } from '../studyTime/timingService';
import { chooseTrack } from './chooseTrackCommand';
import type { TrackPreference } from './trackPreference';
import type { QuizPanel } from './quizPanel';
import { dueQuestionCards, topicLabel } from '../../core/readiness/readinessSnapshot';

export interface ReadinessDeps {
  storeService: StoreService;
  track: TrackPreference;
  questions: () => QuestionBank;
  problems: () => ProblemBank;
  panel: QuizPanel;
  timing: TimingService;
  scheduler: ReviewScheduler;
}

/** Time between two answers counts toward a check's elapsed time up to this much (a break is not check time). */

export async function ensureTrack(deps: Pick<ReadinessDeps, 'track'>): Promise<Track | undefined> {
  return deps.track.get() ?? (await chooseTrack(deps.track));
}

async function writableStore(deps: ReadinessDeps): Promise<StudyStore | undefined> {
  const store = await deps.storeService.get();
  if (!store) return undefined;
  if (store.mode !== 'read-write') {
    void vscode.window.showErrorMessage('The ML Reps database is read-only (written by a newer version of ML Reps), so a check cannot be recorded. Update the extension.');
    return undefined;
  }
  return store;
}

/** A missed question becomes a review card, or an existing card is sent back to the start. */
function scheduleMiss(store: StudyStore, scheduler: ReviewScheduler, question: Question, now: Date): void {
  store.apply({ kind: 'reviewCard', record: rateReviewCard(store, scheduler, questionCardId(question.id), 'again', now) });
}

function recordAnswer(store: StudyStore, question: Question, choice: number, correct: boolean, context: 'check' | 'practice' | 'review', checkId: string | null): void {
  store.apply({ kind: 'questionAnswer', record: { id: newId(), questionId: question.id, at: Date.now(), choice, correct, context, checkId } });
}

export function saveCheck(store: StudyStore, check: CheckRecord): void {
  store.apply({ kind: 'check', record: { ...check, updatedAt: Date.now() } });
}

/** What counts in a non-coding check, in one paragraph: the panel and the README say the same. */
export const NON_CODING_CHECK_RULES =
  'Questions are drawn from those you have not answered yet, then from those you answered longest ago, and their options are shuffled for this check.';

/** When the user last answered each question (any quiz, review or check). */
function answeredHistory(store: StudyStore) {
  return questionSeenHistory(store.query('SELECT question_id, MAX(at) FROM question_answers GROUP BY question_id').map(([q, at]) => ({ questionId: q as string, at: at as number })));
}

/** The option order of each drawn question: the recorded one when valid, else the one derived from the seed. */
export function checkOptionOrders(check: Pick<CheckRecord, 'seed' | 'draw' | 'state'>, bank: ReadonlyMap<string, Question>): number[][] {
  const recorded = (check.state as NonCodingState | null)?.optionOrder;
  return check.draw.map((id, i) => {
    const n = bank.get(id)?.options.length ?? 4;
    const r = recorded?.[i];
    return r && isPermutation(r, n) ? [...r] : optionOrder(check.seed, id, n, seededRandom);
  });
}

/** "ML Reps: Start Non-coding Readiness Check": 50 questions, stratified by topic; no hints, no going back. */
export async function startNonCodingCheck(deps: ReadinessDeps, args?: { seed?: number; ifOpen?: 'resume' | 'restart'; acceptSeen?: boolean }): Promise<string | undefined> {
  let commandStartedAt = performance.now();
  const track = await ensureTrack(deps);
  const store = track && (await writableStore(deps));
  if (!track || !store) return undefined;
  const bank = new Map(deps.questions().questions.map((q) => [q.id, q]));
  let check = store.checks().find((c) => c.kind === 'noncoding' && c.status === 'open' && c.track === track);
  if (check) {
    const done = nextQuestionIndex(check.state as NonCodingState);
    const choice =
      args?.ifOpen ??
      (
        await vscode.window.showQuickPick(
          [
            { label: `$(debug-continue) Resume at question ${done + 1} of ${check.total}`, id: 'resume' as const },
            { label: '$(trash) Abandon it and start a new check', description: 'recorded as abandoned, not as a score', id: 'restart' as const },
          ],
          { title: 'You have a non-coding check in progress' },
        )
      )?.id;
    if (!choice) return undefined;
    if (choice === 'restart') {
      saveCheck(store, { ...check, status: 'abandoned', finishedAt: Date.now() });
      check = undefined;
    }
  }
  // The clock starts once the user has answered any picker: what follows is the extension's own work.
  commandStartedAt = performance.now();
  if (!check) {
    const pool = questionsForTrack(deps.questions().questions, track);
    const seed = args?.seed ?? newSeed();
    let drawn: ReturnType<typeof drawNonCoding>;
    try {
      drawn = drawNonCoding(pool, seed, answeredHistory(store));
    } catch (err) {
      void vscode.window.showErrorMessage(`Cannot draw a check: ${(err as Error).message}.`);
      return undefined;
    }
    if (drawn.seen > 0 && !args?.acceptSeen) {
      const go = await vscode.window.showWarningMessage(
        `Only ${drawn.unseenAvailable} of the ${pool.length} questions of your track are new to you, so ${drawn.seen} of the ${READINESS.nonCoding.sample} drawn will be ones you have answered before (those answered longest ago). Start the check anyway?`,
        { modal: true },
        'Start Check',
      );
      if (go !== 'Start Check') return undefined;
      commandStartedAt = performance.now();
    }
    const draw = drawn.draw;
    const fresh = { id: newId(), kind: 'noncoding' as const, track, seed, draw, startedAt: Date.now(), finishedAt: null, status: 'open' as const, score: null, total: draw.length, elapsedMs: 0, state: { answers: draw.map(() => null) }, updatedAt: Date.now() };
    const state: NonCodingState = { answers: draw.map(() => null), optionOrder: checkOptionOrders(fresh, bank), seenBefore: drawn.seen };
    check = { ...fresh, state };
    saveCheck(store, check);
  }
  const missing = check.draw.filter((id) => !bank.has(id));
  if (missing.length) {
    void vscode.window.showErrorMessage(`This check uses questions that are no longer in the bank (${missing.join(', ')}). Start a new check to replace it.`);
    return undefined;
  }
  let record = check;
  let last = Date.now();
  const orders = checkOptionOrders(record, bank);
  const recordedState = record.state as NonCodingState;
  const flow = new QuizFlow(
    'check',
    `Non-coding readiness check (${READINESS.nonCoding.pass} of ${READINESS.nonCoding.sample} to pass)`,
    record.draw.map((id) => bank.get(id)!),
    {
      onAnswer: (question, _index, choice, correct, state) => {
        const now = Date.now();
        record = { ...record, state: { ...recordedState, answers: state.answers }, elapsedMs: elapsedAfterAnswer(record.elapsedMs, last, now) };
        last = now;
        saveCheck(store, record);
        recordAnswer(store, question, choice, correct, 'check', record.id);
        if (!correct) scheduleMiss(store, deps.scheduler, question, new Date(now));
      },
      onComplete: (result, state) => {
        record = { ...record, state: { ...recordedState, answers: state.answers }, status: 'completed', score: result.score, finishedAt: Date.now() };
        saveCheck(store, record);
        void store.save();
      },
    },
    { passMark: READINESS.nonCoding.pass, topicLabel, note: `${NON_CODING_CHECK_RULES} ${seenLine(recordedState.seenBefore ?? 0, record.total, 'answered')}` },
    recordedState,
    orders,
  );
  deps.panel.show(
    flow,
    () => {
      // Closing midway keeps the check open to resume; it is never scored as it stands.
      if (record.status === 'open') void store.save();
    },
    commandStartedAt,
  );
  return record.id;
}

/** "ML Reps: Abandon Open Readiness Check": recorded as abandoned, never as a score. */
export async function abandonCheckCommand(deps: ReadinessDeps, args?: { kind?: CheckKind }): Promise<boolean> {
  const store = await writableStore(deps);
  if (!store) return false;
  const open = store.checks().filter((c) => c.status === 'open' && (!args?.kind || c.kind === args.kind));
  if (!open.length) {
    void vscode.window.showInformationMessage('No readiness check is in progress.');
    return false;
  }
  const pick =
    args?.kind !== undefined
      ? { check: open[0] }
      : await vscode.window.showQuickPick(open.map((c) => ({ label: `${c.kind === 'coding' ? 'Coding' : 'Non-coding'} check started ${new Date(c.startedAt).toLocaleString()}`, check: c })), { title: 'Abandon which check? It will not be scored.' });
  if (!pick) return false;
  saveCheck(store, { ...pick.check, status: 'abandoned', finishedAt: Date.now() });
  deps.panel.close();
  return true;
}

/** "ML Reps: Practice Quiz": any size or topic; feedback after each question; never counts for readiness. */
export async function practiceQuizCommand(deps: ReadinessDeps, args?: { size?: number; topic?: string; seed?: number }): Promise<void> {
  let commandStartedAt = performance.now();
  const track = await ensureTrack(deps);
  const store = track && (await deps.storeService.get());
  if (!track || !store) return;
  const pool = questionsForTrack(deps.questions().questions, track);
  const topic =
    args?.topic ??
    (await vscode.window.showQuickPick([{ label: 'All topics', id: 'any' }, ...Object.entries(QUESTION_TOPICS).map(([id, label]) => ({ label, id }))], { title: 'Practice quiz: which topic?' }))?.id;
  if (!topic) return;
  const size =
    args?.size ??
    Number((await vscode.window.showQuickPick(['5', '10', '20', '50'].map((n) => ({ label: `${n} questions`, n })), { title: 'Practice quiz: how many questions?' }))?.n);
  if (!size) return;
  // The clock starts once the user has answered the pickers: what follows is the extension's own work.
  commandStartedAt = performance.now();
  const candidates = topic === 'any' ? pool : pool.filter((q) => q.topic === topic);
  const quizSeed = args?.seed ?? newSeed();
  const questions = shuffle(candidates, seededRandom(quizSeed)).slice(0, size);
  // Options are shuffled in practice too, so an answer is never remembered by its place.
  const orders = questions.map((q) => optionOrder(quizSeed, q.id, q.options.length, seededRandom));
  const flow = new QuizFlow('practice', `Practice quiz · ${topic === 'any' ? 'all topics' : topicLabel(topic)}`, questions, {
    onAnswer: (question, _i, choice, correct) => {
      recordAnswer(store, question, choice, correct, 'practice', null);
      if (!correct) scheduleMiss(store, deps.scheduler, question, new Date());
      deps.timing.recordActivity('iss.problemSets', null);
    },
    onComplete: () => void store.save(),
  }, { passMark: null, topicLabel }, undefined, orders);
  deps.panel.show(flow, undefined, commandStartedAt);
}

/** "ML Reps: Review Questions": the due review cards, each rated after the answer shows. */
export async function reviewQuestionsCommand(deps: ReadinessDeps): Promise<number> {
  const store = await deps.storeService.get();
  if (!store) return 0;
  const bank = new Map(deps.questions().questions.map((q) => [q.id, q]));
  const due = dueQuestionCards(store).filter((c) => bank.has(c.id.slice(2)));
  if (!due.length) {
    const next = store.reviewCards('q:')[0];
    void vscode.window.showInformationMessage(next ? `No review cards are due. The next one is due ${new Date(next.due).toLocaleString()}.` : 'No review cards yet: questions you miss in checks and practice quizzes become cards.');
    return 0;
  }
  const cards = new Map(due.map((c) => [c.id, c]));
  const reviewed = due.map((c) => bank.get(c.id.slice(2))!);
  const reviewSeed = newSeed();
  const flow = new QuizFlow('review', `Review · ${due.length} due`, reviewed, {
    onAnswer: (question, _i, choice, correct) => {
      recordAnswer(store, question, choice, correct, 'review', null);
      deps.timing.recordActivity('iss.problemSets', null);
    },
    onRate: (question, rating) => {
      const id = questionCardId(question.id);
      if (!cards.has(id)) return;
      store.apply({ kind: 'reviewCard', record: rateReviewCard(store, deps.scheduler, id, rating, new Date()) });
    },
    onComplete: () => void store.save(),
  }, { passMark: null, topicLabel }, undefined, reviewed.map((q) => optionOrder(reviewSeed, q.id, q.options.length, seededRandom)));
  deps.panel.show(flow);
  return due.length;
}
