import * as vscode from 'vscode';
import type { z } from 'zod';
import type { Services } from '../services/services';
import type { Message, Replies } from '../webview/shared/protocol';
import { renderWebviewHtml, webviewResourceRoots } from './webviewHtml';

/** What every panel host needs from the services: where its scripts are and where to log. */
export type PanelServices = Pick<Services, 'extensionUri' | 'log'>;

export interface PanelOptions<FromPage extends Message, ToPage extends Message> {
  viewType: string;
  title: string;
  /** The built script under dist/webview, without `.js`. */
  script: string;
  retainContextWhenHidden?: boolean;
  /** Validates every message from the page: anything else is refused, counted and logged. */
  schema: z.ZodType<FromPage>;
  /** The protocol's request/response pairs: what the host answers to each message it accepts. */
  replies: Replies<FromPage, ToPage>;
}

/** The page's messages other than the handshake, which the base handles. */
export type PageRequest<FromPage extends Message> = Exclude<FromPage, { type: 'ready' }>;

/**
 * The lifecycle and protocol every webview panel host shares:
 * - one panel at a time, opened on demand with the common HTML shell, revealed when already open, forgotten when
 *   the user closes it;
 * - the `ready` handshake: a new page asks for its view once it listens, and the host posts views only to a page
 *   that has asked (a page reloaded after being hidden asks again);
 * - validation of every message against the protocol's schema, with refused messages counted (the tests read it);
 * - the reply: after a handler accepts a request, the host posts the reply the protocol's table names.
 */
export abstract class WebviewPanelHost<FromPage extends Message, ToPage extends Message> implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private pageReady = false;
  /** When the current panel was created (performance.now()), until its page first asks for its view. */
  private createdAt: number | undefined;
  /** Messages refused: malformed, out of turn or out of range. */
  ignored = 0;
  /** Replies posted to accepted requests other than `ready` (the tests read it to check the protocol's replies). */
  replied = 0;
  protected readonly log: PanelServices['log'];
  private readonly extensionUri: vscode.Uri;

  protected constructor(s: PanelServices, private readonly options: PanelOptions<FromPage, ToPage>) {
    this.extensionUri = s.extensionUri;
    this.log = s.log;
  }

  /** The message that shows the page what it should show now, or undefined when there is nothing to show. */
  protected abstract pageMessage(): ToPage | undefined;

  /** Handles an accepted-so-far request; returns false (through `refuse`) when it is out of turn or out of range. */
  protected abstract handle(message: PageRequest<FromPage>): boolean | Promise<boolean>;

  /** Handles a raw message from the page (the integration tests drive the panels through this too). */
  async receive(raw: unknown): Promise<boolean> {
    const parsed = this.options.schema.safeParse(raw);
    if (!parsed.success) return this.refuse(`malformed: ${parsed.error.issues[0]?.message ?? 'not a message'}`);
    const message = parsed.data;
    if (message.type === 'ready') {
      this.pageReady = true;
      if (this.createdAt !== undefined) this.log.info(`${this.options.title}: the page asked for its view ${(performance.now() - this.createdAt).toFixed(1)} ms after the panel was created`);
      this.createdAt = undefined;
      await this.pageAsked();
    } else if (!(await this.handle(message as PageRequest<FromPage>))) return false;
    if (this.options.replies[message.type as FromPage['type']] !== null && this.post() && message.type !== 'ready') this.replied++;
    return true;
  }

  protected get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Whether the panel is the active editor (the reader is looking at it). */
  protected get isActive(): boolean {
    return this.panel?.active ?? false;
  }

  protected get isVisible(): boolean {
    return this.panel?.visible ?? false;
  }

  /** Opens the panel, or reveals it and sends the view again. */
  protected showPanel(title = this.options.title): void {
    if (this.panel) {
      this.panel.title = title;
      this.panel.reveal();
      this.post();
      return;
    }
    const { viewType, script, retainContextWhenHidden } = this.options;
    this.createdAt = performance.now();
    const panel = vscode.window.createWebviewPanel(viewType, title, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: webviewResourceRoots(this.extensionUri),
      retainContextWhenHidden: retainContextWhenHidden ?? false,
    });
    this.panel = panel;
    this.pageReady = false;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw));
    panel.onDidChangeViewState(() => this.viewStateChanged(panel));
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.pageReady = false;
      this.closed();
    });
    panel.webview.html = renderWebviewHtml(panel.webview, this.extensionUri, { title, script });
  }

  /** Called when a page asks for its view, before it is sent: a host whose view is computed on demand computes it. */
  protected pageAsked(): void | Promise<void> {}

  /** Called when the panel is shown, hidden or focused. */
  protected viewStateChanged(_panel: vscode.WebviewPanel): void {}

  /** Called when the user (or the host) closed the panel. */
  protected closed(): void {}

  /** Sends the current view to the page, when a page is there and has asked for it; says whether it did. */
  protected post(): boolean {
    const message = this.panel && this.pageReady ? this.pageMessage() : undefined;
    if (!message) return false;
    void this.panel!.webview.postMessage(message).then((delivered) => delivered && this.posted(message));
    return true;
  }

  /** Called once the workbench took a posted message for the page. */
  protected posted(_message: ToPage): void {}

  /** Counts a refused message and, when there is a reason worth keeping, logs it. Returns false for `return`. */
  protected refuse(reason?: string): false {
    this.ignored++;
    if (reason) this.log.warn(`${this.options.title}: ignored a message (${reason})`);
    return false;
  }

  close(): void {
    this.panel?.dispose();
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
