import * as vscode from 'vscode';
import type { QuizFlow } from '../../core/readiness/quizFlow';
import { quizToHostSchema, type HostToQuiz } from '../../webview/readiness/quiz/protocol';
import { renderWebviewHtml, webviewResourceRoots } from '../webviewHtml';

/**
 * The panel that shows one quiz at a time: a readiness check, a practice quiz or a review. Every message from the
 * webview is validated; malformed or out-of-turn messages change nothing and are logged.
 */
export class QuizPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private flow: QuizFlow | undefined;
  private onClose: (() => void) | undefined;
  /** Messages ignored since the panel opened (malformed or out of turn). */
  ignored = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get current(): QuizFlow | undefined {
    return this.panel ? this.flow : undefined;
  }

  /** `commandStartedAt` (performance.now()) lets the log say how long the command took to put the first question up. */
  show(flow: QuizFlow, onClose?: () => void, commandStartedAt?: number): void {
    this.commandStartedAt = commandStartedAt;
    const previousClose = this.onClose;
    this.flow = flow;
    this.onClose = onClose;
    previousClose?.();
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('mlReps.quiz', flow.title, vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: webviewResourceRoots(this.extensionUri),
        retainContextWhenHidden: false,
      });
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
      this.panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw));
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        const close = this.onClose;
        this.onClose = undefined;
        close?.();
      });
      this.panel.webview.html = renderWebviewHtml(this.panel.webview, this.extensionUri, { title: flow.title, script: 'quiz' });
    } else {
      this.panel.title = flow.title;
      this.panel.reveal();
      this.post();
    }
    this.ignored = 0;
  }

  /** Handles one message as it came from the webview (also used by the tests to drive a quiz). */
  receive(raw: unknown): boolean {
    const parsed = quizToHostSchema.safeParse(raw);
    const flow = this.flow;
    if (!parsed.success || !flow) {
      this.ignored++;
      this.log.warn(`Quiz: ignored a malformed message${parsed.success ? '' : ` (${parsed.error.issues[0]?.message})`}`);
      return false;
    }
    const view = flow.handle(parsed.data);
    if (!view) {
      this.ignored++;
      this.log.debug(`Quiz: ignored an out-of-turn ${parsed.data.type} message`);
      return false;
    }
    this.post();
    return true;
  }

  private commandStartedAt: number | undefined;

  private post(): void {
    if (!this.panel || !this.flow) return;
    const view = this.flow.view();
    void this.panel.webview.postMessage({ type: 'view', view } satisfies HostToQuiz).then(() => {
      if (this.commandStartedAt === undefined || view.type !== 'question') return;
      this.log.info(`Quiz: the first question reached the panel ${(performance.now() - this.commandStartedAt).toFixed(1)} ms after the command`);
      this.commandStartedAt = undefined;
    });
  }

  close(): void {
    this.panel?.dispose();
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
