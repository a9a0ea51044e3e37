import type { QuizFlow } from '../../core/readiness/quizFlow';
import { quizReplies, quizToHostSchema, type HostToQuiz, type QuizToHost } from '../../webview/readiness/quiz/protocol';
import { WebviewPanelHost, type PageRequest, type PanelServices } from '../webviewPanelHost';

/**
 * The panel that shows one quiz at a time: a readiness check, a practice quiz or a review. Every message from the
 * webview is validated; malformed or out-of-turn messages change nothing and are logged.
 */
export class QuizPanel extends WebviewPanelHost<QuizToHost, HostToQuiz> {
  private flow: QuizFlow | undefined;
  private onClose: (() => void) | undefined;
  private commandStartedAt: number | undefined;

  constructor(s: PanelServices) {
    super(s, { viewType: 'mlReps.quiz', title: 'Quiz', script: 'quiz', schema: quizToHostSchema, replies: quizReplies });
  }

  get current(): QuizFlow | undefined {
    return this.isOpen ? this.flow : undefined;
  }

  /** `commandStartedAt` (performance.now()) lets the log say how long the command took to put the first question up. */
  show(flow: QuizFlow, onClose?: () => void, commandStartedAt?: number): void {
    this.commandStartedAt = commandStartedAt;
    const previousClose = this.onClose;
    this.flow = flow;
    this.onClose = onClose;
    previousClose?.();
    this.ignored = 0;
    this.showPanel(flow.title);
  }

  protected handle(message: PageRequest<QuizToHost>): boolean {
    if (!this.flow) return this.refuse('no quiz is open');
    if (!this.flow.handle(message)) {
      this.log.debug(`Quiz: ignored an out-of-turn ${message.type} message`);
      return this.refuse();
    }
    return true;
  }

  protected pageMessage(): HostToQuiz | undefined {
    return this.flow ? { type: 'view', view: this.flow.view() } : undefined;
  }

  protected override posted(message: HostToQuiz): void {
    if (this.commandStartedAt === undefined || message.view.type !== 'question') return;
    this.log.info(`Quiz: the first question reached the panel ${(performance.now() - this.commandStartedAt).toFixed(1)} ms after the command`);
    this.commandStartedAt = undefined;
  }

  protected override closed(): void {
    const close = this.onClose;
    this.onClose = undefined;
    close?.();
  }
}
