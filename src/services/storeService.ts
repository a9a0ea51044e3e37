import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { loadSqlJs } from '../core/store/sqlJsLoader';
import { StudyStore, type SaveStatus, type StoreNotice } from '../core/store/studyStore';

export const DB_FILE = 'ml-reps.sqlite';
const MACHINE_ID_FILE = 'machine-id';

/**
 * This machine's id: made once (host name and a random part, so a sync folder's file names say whose they are)
 * and kept in global storage, which is per machine.
 */
export function machineId(storageDir: string): string {
  const file = join(storageDir, MACHINE_ID_FILE);
  try {
    const id = readFileSync(file, 'utf8').trim();
    if (/^[a-z0-9-]{4,64}$/.test(id)) return id;
  } catch {
    // Not made yet.
  }
  const host = hostname().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 24) || 'machine';
  const id = `${host}-${randomBytes(4).toString('hex')}`;
  try {
    mkdirSync(storageDir, { recursive: true });
    writeFileSync(file, id, { flag: 'wx' });
  } catch {
    // Another window made it first (read it back), or the folder is read-only (use this id for this session).
    try {
      const other = readFileSync(file, 'utf8').trim();
      if (/^[a-z0-9-]{4,64}$/.test(other)) return other;
    } catch {
      // Keep ours.
    }
  }
  return id;
}

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

  private machineIdValue: string | undefined;
  /** This machine's id, stamped on its changes and naming its sync log. */
  get machineId(): string {
    this.machineIdValue ??= machineId(this.storageUri.fsPath);
    return this.machineIdValue;
  }

  /** Where saving stands (unsaved changes, and why saving fails if it does); undefined before the store opens. */
  status(): SaveStatus | undefined {
    return this.store?.status();
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
      const store = StudyStore.open({ path: this.path, sql, flushDelayMs: 2000, origin: this.machineId });
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

  /** Closes the store: one save attempt, and what cannot be saved now is kept in a journal the next open saves. */
  dispose(): void {
    clearTimeout(this.reloadTimer);
    this.watcher?.close();
    const result = this.store?.close();
    if (result?.journal) this.log.warn(`Unsaved changes kept in ${result.journal}; they are saved when ML Reps next opens.`);
    if (result?.lost) this.log.error(`${result.lost} change(s) could not be saved or kept at shutdown.`);
    this.changed.dispose();
  }
}
