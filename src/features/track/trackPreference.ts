import * as vscode from 'vscode';
import { isTrack, type Track } from '../../core/method/targets';

const KEY = 'mlReps.track';

/** The user's chosen track. Kept in global state so it follows the user across workspaces. */
export class TrackPreference {
  private readonly changed = new vscode.EventEmitter<Track>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  get(): Track | undefined {
    const value = this.state.get<unknown>(KEY);
    return isTrack(value) ? value : undefined;
  }

  async set(track: Track): Promise<void> {
    await this.state.update(KEY, track);
    this.changed.fire(track);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
