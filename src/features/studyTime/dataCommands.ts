import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { exportCsvFiles, exportData } from '../../core/store/exportFormat';
import { importFile } from '../../core/store/importer';
import type { StoreService } from '../../services/storeService';

const stamp = () => new Date().toISOString().slice(0, 10);

/** "ML Reps: Export Data": everything as one JSON file, or as CSV files in a folder. */
export async function exportDataCommand(storeService: StoreService, args?: { format?: 'json' | 'csv'; target?: vscode.Uri }): Promise<vscode.Uri | undefined> {
  const store = await storeService.get();
  if (!store) return undefined;
  const format =
    args?.format ??
    (await vscode.window.showQuickPick([{ label: 'JSON', description: 'one file; can be imported on another machine', id: 'json' as const }, { label: 'CSV', description: 'one file per kind of record, for spreadsheets', id: 'csv' as const }], { title: 'Export ML Reps data as…' }))?.id;
  if (!format) return undefined;
  const data = exportData(store);
  if (format === 'json') {
    const target = args?.target ?? (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(join(homedir(), `ml-reps-export-${stamp()}.json`)), filters: { JSON: ['json'] } }));
    if (!target) return undefined;
    writeFileSync(target.fsPath, JSON.stringify(data, null, 1));
    void vscode.window.showInformationMessage(`Exported ${data.sessions.length} sessions and ${data.testRuns.length} test runs to ${target.fsPath}.`);
    return target;
  }
  const folder = args?.target ?? (await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, openLabel: 'Export CSV here' }))?.[0];
  if (!folder) return undefined;
  const dir = join(folder.fsPath, `ml-reps-export-${stamp()}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, csv] of Object.entries(exportCsvFiles(data))) writeFileSync(join(dir, name), csv);
  void vscode.window.showInformationMessage(`Exported CSV files to ${dir}.`);
  return vscode.Uri.file(dir);
}

/**
 * "ML Reps: Import Data": merges a JSON export, with progress and cancellation; the host never waits on it.
 * The database is backed up first; nothing is duplicated; one bad record rejects the whole file.
 */
export async function importDataCommand(storeService: StoreService, args?: { source?: vscode.Uri }): Promise<Record<string, number> | undefined> {
  const store = await storeService.get();
  if (!store) return undefined;
  const source = args?.source ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'ML Reps export': ['json'] }, openLabel: 'Import' }))?.[0];
  if (!source) return undefined;
  if (store.mode !== 'read-write') {
    void vscode.window.showErrorMessage('The ML Reps database is read-only, so nothing was imported.');
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Importing ML Reps data', cancellable: true },
    async (progress, token) => {
      let last = 0;
      return importFile(store, source.fsPath, {
        signal: { get aborted() { return token.isCancellationRequested; } },
        beforeApply: () => {
          store.flush();
          if (existsSync(store.path)) copyFileSync(store.path, `${store.path}.before-import-${Date.now()}`);
        },
        onProgress: (p) => {
          const pct = p.total ? Math.floor((100 * p.done) / p.total) : 0;
          const message = p.phase === 'reading' ? 'reading the file…' : p.phase === 'checking' ? `checking and applying ${p.done.toLocaleString()} records…` : p.phase === 'applying' ? `finishing ${p.total.toLocaleString()} records: study time per day (cannot be cancelled now)…` : 'saving…';
          progress.report({ message, increment: p.phase === 'applying' ? Math.max(0, pct - last) : undefined });
          if (p.phase === 'applying') last = pct;
        },
      });
    },
  );
  if (!result.ok) {
    if (result.cancelled) void vscode.window.showInformationMessage(result.error);
    else void vscode.window.showErrorMessage(result.error);
    return undefined;
  }
  const sessions = result.counts.sessions ?? 0;
  void vscode.window.showInformationMessage(
    `Imported from ${source.fsPath}: ${result.newSessions} new sessions (${sessions - result.newSessions} already here), ${result.counts.testRuns ?? 0} test runs merged. A backup of the database was kept beside it.` +
      (result.saved ? '' : ' The import is not saved yet; ML Reps keeps trying.'),
  );
  return { ...result.counts, newSessions: result.newSessions };
}
