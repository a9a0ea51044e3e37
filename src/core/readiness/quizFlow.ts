import type { Question } from '../questions/schema';
import type { QuizMessage, QuizMode, QuizView, ReviewItem } from './quizView';
import type { ReviewRating } from '../review/reviewScheduler';
import { answerQuestion, nextQuestionIndex, scoreNonCoding, type NonCodingState } from './checks';

export interface QuizFlowEvents {
  /** An answer was taken (to be stored at once). */
  onAnswer(question: Question, index: number, choice: number, correct: boolean, state: NonCodingState): void;
  /** All questions answered. */
  onComplete(result: ReturnType<typeof scoreNonCoding>, state: NonCodingState): void;
  /** Review mode: the user rated how well they knew a card. */
  onRate?(question: Question, rating: ReviewRating): void;
}

const HINT: Record<QuizMode, string> = {
  check: 'Answer with no help. Keys 1–4 choose; there is no going back, and results show at the end.',
  practice: 'Practice: keys 1–4 choose, Enter goes on. Practice never counts for readiness.',
  review: 'Review: keys 1–4 choose, then rate how well you knew it.',
};

/**
 * One quiz, as a state machine the panel host drives with the webview's messages. Readiness checks show nothing
 * about correctness until the end; practice and review show the answer after each question. Messages that do not
 * fit the current state (an old index, a second answer, a rating outside review) change nothing.
 */
export class QuizFlow {
  private state: NonCodingState;
  /** In practice and review: the index whose feedback is showing. */
  private feedbackFor: number | null = null;
  private rated = new Set<number>();

  constructor(
    readonly mode: QuizMode,
    readonly title: string,
    private readonly questions: readonly Question[],
    private readonly events: QuizFlowEvents,
    private readonly options: { passMark: number | null; topicLabel: (topic: string) => string; note?: string },
    resumeFrom?: NonCodingState,
    /** Per question, `order[shown] = stored index`; identity when absent. */
    private readonly optionOrder: readonly (readonly number[])[] = questions.map((q) => q.options.map((_, i) => i)),
  ) {
    this.state = resumeFrom && resumeFrom.answers.length === questions.length ? { answers: [...resumeFrom.answers] } : { answers: questions.map(() => null) };
    if (optionOrder.length !== questions.length || optionOrder.some((o, i) => o.length !== questions[i].options.length)) {
      throw new Error('quiz: one option order per question is needed');
    }
  }

  /** The options of question `i` in the order shown. */
  private shownOptions(i: number): string[] {
    return this.optionOrder[i].map((stored) => this.questions[i].options[stored]);
  }

  /** A stored option index as shown on screen. */
  private shown(i: number, stored: number | null): number | null {
    return stored === null ? null : this.optionOrder[i].indexOf(stored);
  }

  get answers(): readonly (number | null)[] {
    return this.state.answers;
  }

  get finished(): boolean {
    return nextQuestionIndex(this.state) >= this.questions.length && this.feedbackFor === null;
  }

  view(): QuizView {
    if (!this.questions.length) return { type: 'empty', title: this.title, message: 'Nothing to do here right now.' };
    if (this.feedbackFor !== null) {
      return { type: 'feedback', mode: this.mode, title: this.title, index: this.feedbackFor, total: this.questions.length, item: this.reviewItem(this.feedbackFor), rate: this.mode === 'review' && !this.rated.has(this.feedbackFor) };
    }
    const index = nextQuestionIndex(this.state);
    if (index >= this.questions.length) return this.resultView();
    const q = this.questions[index];
    const hint = this.options.note ? `${HINT[this.mode]} ${this.options.note}` : HINT[this.mode];
    return { type: 'question', mode: this.mode, title: this.title, index, total: this.questions.length, topic: this.options.topicLabel(q.topic), stem: q.stem, options: this.shownOptions(index), hint };
  }

  /** Applies a validated message. Returns the new view, or undefined when the message was out of turn. */
  handle(message: QuizMessage): QuizView | undefined {
    switch (message.type) {
      case 'ready':
        return this.view();
      case 'answer': {
        if (this.feedbackFor !== null || message.index >= this.questions.length) return undefined;
        // The page answers in the order it shows; the state keeps the bank's stored order.
        const stored = this.optionOrder[message.index][message.choice];
        if (stored === undefined) return undefined;
        const next = answerQuestion(this.state, message.index, stored);
        if (!next) return undefined;
        this.state = next;
        const q = this.questions[message.index];
        this.events.onAnswer(q, message.index, stored, stored === q.answer, next);
        if (this.mode !== 'check') this.feedbackFor = message.index;
        this.completeIfDone();
        return this.view();
      }
      case 'next': {
        if (this.feedbackFor === null || message.index !== this.feedbackFor) return undefined;
        if (this.mode === 'review' && !this.rated.has(message.index)) return undefined;
        this.feedbackFor = null;
        return this.view();
      }
      case 'rate': {
        if (this.mode !== 'review' || this.feedbackFor !== message.index || this.rated.has(message.index)) return undefined;
        this.rated.add(message.index);
        this.events.onRate?.(this.questions[message.index], message.rating);
        this.feedbackFor = null;
        return this.view();
      }
    }
  }

  private completeIfDone(): void {
    if (nextQuestionIndex(this.state) < this.questions.length) return;
    this.events.onComplete(this.result(), this.state);
  }

  private result() {
    return scoreNonCoding(this.questions.map((q) => q.id), this.state.answers, new Map(this.questions.map((q) => [q.id, q])));
  }

  private reviewItem(i: number): ReviewItem {
    const q = this.questions[i];
    return { stem: q.stem, topic: this.options.topicLabel(q.topic), options: this.shownOptions(i), chosen: this.shown(i, this.state.answers[i]), correct: this.shown(i, q.answer)!, explanation: q.explanation };
  }

  private resultView(): QuizView {
    const r = this.result();
    const passMark = this.options.passMark;
    return {
      type: 'result',
      mode: this.mode,
      title: this.title,
      score: r.score,
      total: r.total,
      passMark,
      passed: passMark === null ? null : r.score >= passMark,
      perTopic: r.perTopic.map((t) => ({ ...t, topic: this.options.topicLabel(t.topic) })),
      review: this.questions.map((_, i) => this.reviewItem(i)),
      note:
        (this.options.note ? `${this.options.note} ` : '') +
        (this.mode === 'check'
          ? r.score >= (passMark ?? 0)
            ? 'Passed. Together with a passed coding check, you are ready to apply.'
            : 'Not yet. Missed questions are now review cards; keep going with the ISS/GSS split and try again later.'
          : this.mode === 'practice'
            ? 'Practice never counts for readiness. Missed questions are now review cards.'
            : 'Review done. Cards come back when they are due.'),
    };
  }
}
