import * as vscode from 'vscode';
import type { Services } from '../services/services';
import { renderWebviewHtml, webviewResourceRoots } from './webviewHtml';

/** What every panel host needs from the services: where its scripts are, where to log, the store and the track. */
export type PanelServices = Pick<Services, 'extensionUri' | 'log' | 'storeService' | 'track'>;

export interface PanelOptions {
  viewType: string;
  title: string;
  /** The built script under dist/webview, without `.js`. */
  script: string;
  retainContextWhenHidden?: boolean;
}

/**
 * The lifecycle every webview panel host shares: one panel at a time, opened on demand with the common HTML shell,
 * revealed (and sent its view again) when already open, forgotten when the user closes it; and a count of the
 * messages it refused, which the tests read.
 */
export abstract class WebviewPanelHost<ToPage> implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** Messages refused: malformed, out of turn or out of range. */
  ignored = 0;
  protected readonly storeService: PanelServices['storeService'];
  protected readonly track: PanelServices['track'];
  protected readonly log: PanelServices['log'];
  private readonly extensionUri: vscode.Uri;

  protected constructor(s: PanelServices, private readonly options: PanelOptions) {
    this.extensionUri = s.extensionUri;
    this.storeService = s.storeService;
    this.track = s.track;
    this.log = s.log;
  }

  /** Handles a raw message from the page (the tests call it directly too). */
  abstract receive(raw: unknown): unknown;

  /** Sends the current view to the page, when the panel is open. */
  protected abstract post(): unknown;

  protected get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens the panel, or reveals it and sends the view again; a new page asks for its view with `ready`. */
  protected showPanel(): void {
    if (this.panel) {
      this.panel.reveal();
      this.post();
      return;
    }
    const { viewType, title, script, retainContextWhenHidden } = this.options;
    this.panel = vscode.window.createWebviewPanel(viewType, title, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: webviewResourceRoots(this.extensionUri),
      ...(retainContextWhenHidden ? { retainContextWhenHidden } : {}),
    });
    this.panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw));
    this.panel.onDidDispose(() => (this.panel = undefined));
    this.panel.webview.html = renderWebviewHtml(this.panel.webview, this.extensionUri, { title, script });
  }

  protected postToPage(message: ToPage): void {
    if (this.panel) void this.panel.webview.postMessage(message);
  }

  /** Counts a refused message and, when there is a reason worth keeping, logs it. Returns false for `return`. */
  protected refuse(reason?: string): false {
    this.ignored++;
    if (reason) this.log.warn(`${this.options.title}: ignored a message (${reason})`);
    return false;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
