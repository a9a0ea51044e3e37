import { watch, type FSWatcher } from 'node:fs';
import * as vscode from 'vscode';
import { loadSqlJs } from '../../core/store/sqlJsLoader';
import { StudyStore, type StoreNotice } from '../../core/store/studyStore';

export const DB_FILE = 'ml-reps.sqlite';

/**
 * Opens the one database in global storage on first use (never during activation), tells the user about bad
 * files, and picks up writes from other windows through a file watcher.
 */
export class StoreService {
  private opening: Promise<StudyStore | undefined> | undefined;
  private store: StudyStore | undefined;
  private watcher: FSWatcher | undefined;
  private reloadTimer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<'local' | 'external'>();
  /** Fires after any change, this window's or another's. */
  readonly onDidChange = this.changed.event;
  private shownNotices = 0;

  constructor(
    private readonly storageUri: vscode.Uri,
    private readonly distDir: string,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get path(): string {
    return vscode.Uri.joinPath(this.storageUri, DB_FILE).fsPath;
  }

  /** The store if it is open already (for synchronous paths that can do without it). */
  peek(): StudyStore | undefined {
    return this.store;
  }

  get(): Promise<StudyStore | undefined> {
    this.opening ??= this.open();
    return this.opening;
  }

  private async open(): Promise<StudyStore | undefined> {
    const started = performance.now();
    try {
      const sql = await loadSqlJs(this.distDir);
      const store = StudyStore.open({ path: this.path, sql, flushDelayMs: 2000 });
      this.store = store;
      store.onDidChange((origin) => {
        this.showNotices(store.notices);
        this.changed.fire(origin);
      });
      this.showNotices(store.notices);
      this.watch();
      this.log.info(`Store opened in ${(performance.now() - started).toFixed(1)} ms (${store.mode}): ${this.path}`);
      return store;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.log.error(`Store unavailable: ${message}`);
      void vscode.window.showErrorMessage(`${message} Study time and history are not being saved in this window.`, 'Show Log').then((c) => {
        if (c) this.log.show();
      });
      return undefined;
    }
  }

  private watch(): void {
    try {
      this.watcher = watch(this.storageUri.fsPath, (_event, name) => {
        if (name !== DB_FILE || !this.store) return;
        // Coalesce the bursts a rename produces; a stat tells whether it was another window's write.
        clearTimeout(this.reloadTimer);
        this.reloadTimer = setTimeout(() => this.store?.reloadIfChanged(), 100);
      });
    } catch (err) {
      this.log.warn(`Cannot watch ${this.storageUri.fsPath} for other windows' changes: ${(err as Error).message}`);
    }
  }

  private showNotices(notices: readonly StoreNotice[]): void {
    for (; this.shownNotices < notices.length; this.shownNotices++) {
      const n = notices[this.shownNotices];
      this.log.warn(n.message);
      const actions = n.path && n.kind === 'moved-aside' ? ['Reveal File'] : [];
      void vscode.window.showWarningMessage(n.message, ...actions).then((choice) => {
        if (choice === 'Reveal File' && n.path) void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(n.path));
      });
    }
  }

  /** Saves now; called on window close as a courtesy (saves never depend on it). */
  flush(): void {
    this.store?.flush();
  }

  dispose(): void {
    clearTimeout(this.reloadTimer);
    this.watcher?.close();
    this.store?.close();
    this.changed.dispose();
  }
}
