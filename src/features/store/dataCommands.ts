import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { exportCsvFiles, exportData, parseImport } from '../../core/store/exportFormat';
import type { StoreService } from './storeService';

const stamp = () => new Date().toISOString().slice(0, 10);

/** "ML Reps: Export Data": everything as one JSON file, or as CSV files in a folder. */
export async function exportDataCommand(service: StoreService, args?: { format?: 'json' | 'csv'; target?: vscode.Uri }): Promise<vscode.Uri | undefined> {
  const store = await service.get();
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

/** "ML Reps: Import Data": merges a JSON export. The database is backed up first; nothing is duplicated. */
export async function importDataCommand(service: StoreService, args?: { source?: vscode.Uri }): Promise<Record<string, number> | undefined> {
  const store = await service.get();
  if (!store) return undefined;
  const source = args?.source ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'ML Reps export': ['json'] }, openLabel: 'Import' }))?.[0];
  if (!source) return undefined;
  let text: string;
  try {
    text = readFileSync(source.fsPath, 'utf8');
  } catch (err) {
    void vscode.window.showErrorMessage(`Cannot read ${source.fsPath}: ${(err as Error).message}`);
    return undefined;
  }
  const parsed = parseImport(text);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(`${parsed.error} Nothing was imported.`);
    return undefined;
  }
  if (store.mode !== 'read-write') {
    void vscode.window.showErrorMessage('The ML Reps database is read-only, so nothing was imported.');
    return undefined;
  }
  store.flush();
  if (existsSync(store.path)) copyFileSync(store.path, `${store.path}.before-import-${Date.now()}`);
  const before = store.sessions({ includeDeleted: true }).length;
  store.applyAll(parsed.changes);
  store.flush();
  const added = store.sessions({ includeDeleted: true }).length - before;
  void vscode.window.showInformationMessage(`Imported from ${source.fsPath}: ${added} new sessions (${parsed.counts.sessions - added} already here), ${parsed.counts.testRuns} test runs merged. A backup of the database was kept beside it.`);
  return { ...parsed.counts, newSessions: added };
}
