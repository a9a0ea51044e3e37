import * as vscode from 'vscode';
import { isTrack, type Track } from '../../core/method/targets';
import type { StoreService } from '../../services/storeService';

const CACHE_KEY = 'mlReps.track';
const PREFERENCE = 'track';

/**
 * The user's chosen track. The store holds it (so it follows the user's history and its export); global state
 * keeps a copy so views can read it synchronously before the store has opened.
 */
export class TrackPreference {
  private readonly changed = new vscode.EventEmitter<Track>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly cache: vscode.Memento,
    private readonly storeService: StoreService,
  ) {}

  get(): Track | undefined {
    const value = this.cache.get<unknown>(CACHE_KEY);
    return isTrack(value) ? value : undefined;
  }

  async set(track: Track): Promise<void> {
    await this.cache.update(CACHE_KEY, track);
    (await this.storeService.get())?.apply({ kind: 'preference', record: { key: PREFERENCE, value: track, updatedAt: Date.now() } });
    this.changed.fire(track);
  }

  /** Takes the store's value when it differs (another window or an import changed it). */
  async sync(): Promise<void> {
    const store = await this.storeService.get();
    if (!store) return;
    const stored = store.preference<unknown>(PREFERENCE);
    const cached = this.get();
    if (isTrack(stored) && stored !== cached) {
      await this.cache.update(CACHE_KEY, stored);
      this.changed.fire(stored);
    } else if (!isTrack(stored) && cached) {
      // A track chosen before the store existed: keep it there too.
      store.apply({ kind: 'preference', record: { key: PREFERENCE, value: cached, updatedAt: Date.now() } });
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
