import { watch, type FSWatcher } from 'node:fs';
import * as vscode from 'vscode';
import { describeSync, SyncEngine, type SyncStatus } from '../../core/sync/syncEngine';
import type { StoreService } from '../../services/storeService';

export const SYNC_SETTING = 'mlReps.syncFolder';
/** Reading every few minutes catches what a watcher misses (network drives, sleeping laptops). */
const PERIOD_MS = 3 * 60_000;
const DEBOUNCE_MS = 1500;

/** What the Progress view and the dashboard show about sync. */
export interface SyncViewStatus {
  enabled: boolean;
  /** "Synced with 2 other machines, last change 3 min ago.", or why not. */
  text: string;
  state: SyncStatus['state'] | 'off';
  otherMachines: number;
  lastChangeAt?: number;
}

/**
 * Runs sync while `mlReps.syncFolder` is set: reads on start, on a (debounced) change in the folder and every few
 * minutes; this machine's changes are appended to its log as they happen (by the core engine).
 */
export class SyncService implements vscode.Disposable {
  private engine: SyncEngine | undefined;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private warned = 0;
  private engineFolder: string | undefined;
  private readonly changed = new vscode.EventEmitter<SyncViewStatus>();
  readonly onDidChangeStatus = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly storeService: StoreService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SYNC_SETTING)) void this.restart();
      }),
    );
  }

  get folder(): string {
    return (vscode.workspace.getConfiguration().get<string>(SYNC_SETTING) ?? '').trim();
  }

  /** Starts syncing if a folder is set (call once the store may open; sync never opens it during activation). */
  async restart(force = false): Promise<void> {
    if (!force && this.engine && this.engineFolder === this.folder) return;
    this.stop();
    const folder = this.folder;
    this.engineFolder = folder;
    if (!folder) {
      this.changed.fire(this.status());
      return;
    }
    const store = await this.storeService.get();
    if (!store || this.folder !== folder) return;
    const engine = new SyncEngine({ folder, machineId: this.storeService.machineId, store });
    this.engine = engine;
    this.log.info(`Sync: folder ${folder}, this machine is ${this.storeService.machineId}`);
    await this.run(() => engine.start());
    if (this.engine !== engine) return;
    try {
      this.watcher = watch(folder, () => {
        clearTimeout(this.debounce);
        this.debounce = setTimeout(() => void this.syncNow(), DEBOUNCE_MS);
      });
      this.watcher.on('error', () => undefined);
    } catch (err) {
      this.log.warn(`Sync: cannot watch ${folder} (${(err as Error).message}); reading every few minutes instead.`);
    }
    this.timer = setInterval(() => void this.syncNow(), PERIOD_MS);
  }

  /** Reads the folder now. */
  async syncNow(): Promise<SyncViewStatus> {
    const engine = this.engine;
    if (engine) await this.run(() => engine.syncNow());
    return this.status();
  }

  status(): SyncViewStatus {
    if (!this.folder || !this.engine) return { enabled: false, text: 'Sync is off. Run "ML Reps: Set Up Sync Folder…" to share your history across machines.', state: 'off', otherMachines: 0 };
    const s = this.engine.status();
    return { enabled: true, text: describeSync(s, Date.now()), state: s.state, otherMachines: s.otherMachines.length, lastChangeAt: s.lastChangeAt };
  }

  private async run(step: () => Promise<SyncStatus>): Promise<void> {
    try {
      const s = await step();
      for (; this.warned < s.warnings.length; this.warned++) this.log.warn(`Sync: ${s.warnings[this.warned]}`);
      if (s.warnings.length < this.warned) this.warned = s.warnings.length;
      if (s.problem) this.log.warn(`Sync: ${s.problem}`);
    } catch (err) {
      this.log.error(`Sync failed: ${(err as Error).message}`);
    }
    this.changed.fire(this.status());
  }

  private stop(): void {
    clearInterval(this.timer);
    clearTimeout(this.debounce);
    this.watcher?.close();
    this.watcher = undefined;
    this.engine?.dispose();
    this.engine = undefined;
    this.engineFolder = undefined;
    this.warned = 0;
  }

  dispose(): void {
    this.stop();
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}

const EXPLANATION =
  'ML Reps can keep one study history across your machines with no account and no server: pick a folder that a sync tool you already use keeps in sync (Dropbox, OneDrive, iCloud Drive, Google Drive, Syncthing, or a git repository). ' +
  'Each machine writes only its own file there, named after the machine, and reads the other machines\' files into its own database, so the sync tool never sees two machines edit the same file. ' +
  'Nothing leaves this machine except through that tool. Choose the same folder on every machine.';

/** "ML Reps: Set Up Sync Folder…": the explanation, then a folder picker. Returns the folder chosen, '' when turned off. */
export async function setUpSyncFolderCommand(service: SyncService, args?: { folder?: string }): Promise<string | undefined> {
  let folder = args?.folder;
  if (folder === undefined) {
    const actions = service.folder ? ['Choose Folder…', 'Turn Sync Off'] : ['Choose Folder…'];
    const choice = await vscode.window.showInformationMessage('Sync your ML Reps history across machines', { modal: true, detail: EXPLANATION + (service.folder ? `\n\nNow syncing with: ${service.folder}` : '') }, ...actions);
    if (!choice) return undefined;
    if (choice === 'Turn Sync Off') folder = '';
    else {
      const picked = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, openLabel: 'Sync Here', title: 'Folder kept in sync by Dropbox, OneDrive, iCloud Drive, Syncthing or git' });
      if (!picked?.[0]) return undefined;
      folder = picked[0].fsPath;
    }
  }
  await vscode.workspace.getConfiguration().update(SYNC_SETTING, folder, vscode.ConfigurationTarget.Global);
  await service.restart();
  const status = await service.syncNow();
  if (folder) void vscode.window.showInformationMessage(`ML Reps syncs through ${folder}. ${status.text}`);
  else void vscode.window.showInformationMessage('ML Reps sync is off. Your history on this machine is unchanged.');
  return folder;
}

/** Creates the sync service and its command; the caller adds the returned service to the subscriptions. */
export function registerSync(context: vscode.ExtensionContext, storeService: StoreService, log: vscode.LogOutputChannel): SyncService {
  const service = new SyncService(storeService, log);
  context.subscriptions.push(service, vscode.commands.registerCommand('mlReps.setUpSyncFolder', (args?: { folder?: string }) => setUpSyncFolderCommand(service, args)));
  return service;
}
