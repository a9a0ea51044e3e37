import type * as vscode from 'vscode';
import type { RunHistory, RunRecord } from '../../core/practice/runHistory';

const KEY = 'mlReps.runHistory.v1';

/** Run history kept in VS Code's global state. Stands in until the sql.js store records runs. */
export class MementoRunHistory implements RunHistory {
  constructor(private readonly state: vscode.Memento) {}

  record(run: RunRecord): Promise<void> {
    // Memento.update changes the in-memory value synchronously and persists asynchronously.
    return Promise.resolve(this.state.update(KEY, [...this.runs(), run]));
  }

  runs(): readonly RunRecord[] {
    const value = this.state.get<unknown>(KEY);
    return Array.isArray(value) ? (value as RunRecord[]) : [];
  }
}
