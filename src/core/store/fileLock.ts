import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { asideName, pidAlive } from './dbFile';

/** A held lock on the store. `stillHeld` is the fencing check: is the lock file still ours, by token? */
export interface HeldLock {
  readonly token: string;
  stillHeld(): boolean;
  release(): void;
}

export type LockAttempt =
  | { ok: true; lock: HeldLock; notice?: string }
  /** `busy`: another live writer holds it; try again soon. `error`: the lock cannot be made here (read-only folder, full disk). */
  | { ok: false; reason: 'busy' | 'error'; detail: string; notice?: string };

export interface LockOptions {
  /**
   * The lease: a lock this old is stale even if its process looks alive (pids get reused, writers get stopped).
   * Age is judged by the time written in the lock and, when that time cannot be trusted (in the future: another
   * machine's clock), by how long this process has watched the same lock content sit there.
   */
  staleMs?: number;
  now?: () => number;
  /** A monotonic clock for the watched time (ms). */
  mono?: () => number;
}

const SKEW_MS = 60_000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Takes `<path>` as an exclusive lock file holding "pid time token". The token is written to a private file first
 * and hard-linked into place, so nobody can ever read a half-written lock.
 *
 * Every attempt is bounded and synchronous work of a few file operations; waiting happens only in `acquire`,
 * asynchronously. Stale locks are taken over by renaming them away and checking that what was moved is what was
 * judged stale; a lock path that cannot be read at all (a folder, an unreadable file) is moved aside, kept, with
 * a notice. A writer whose lock was taken over learns it from `stillHeld()` right before it renames its file.
 */
export class LockClaimer {
  private readonly staleMs: number;
  private readonly now: () => number;
  private readonly mono: () => number;
  /** The foreign lock content last seen and when this process first saw it (monotonic). */
  private seen: { content: string; since: number } | undefined;

  constructor(
    readonly path: string,
    options: LockOptions = {},
  ) {
    this.staleMs = options.staleMs ?? 15_000;
    this.now = options.now ?? Date.now;
    this.mono = options.mono ?? (() => performance.now());
  }

  /** One attempt, never waits. */
  tryAcquire(): LockAttempt {
    const token = `${process.pid} ${this.now()} ${randomBytes(8).toString('hex')}`;
    const mine = `${this.path}.mlreps-tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
    try {
      writeFileSync(mine, token, { flag: 'wx' });
    } catch (err) {
      removeQuietly(mine);
      return { ok: false, reason: 'error', detail: `cannot create a lock file beside the database (${(err as Error).message})` };
    }
    try {
      let notice: string | undefined;
      // A few steps at most: take it, or judge the holder and maybe take over once, then take it.
      for (let step = 0; step < 4; step++) {
        try {
          linkSync(mine, this.path);
          this.seen = undefined;
          return { ok: true, lock: this.held(token), notice };
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code !== 'EEXIST') return { ok: false, reason: 'error', detail: `cannot take the lock ${this.path} (${(err as Error).message})` };
        }
        let content: string;
        try {
          content = readFileSync(this.path, 'utf8');
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // released in between
          const moved = this.moveUnreadable((err as Error).message);
          if (!moved.ok) return moved;
          notice = moved.notice || notice;
          continue;
        }
        const verdict = this.judge(content);
        if (verdict === 'live') return { ok: false, reason: 'busy', detail: `another ML Reps window is saving (lock ${content.split(' ')[0]})` };
        if (verdict === 'unreadable') {
          const moved = this.moveUnreadable('its content is not an ML Reps lock');
          if (!moved.ok) return moved;
          notice = moved.notice || notice;
          continue;
        }
        if (verdict === 'future') notice = `ML Reps took over a lock on its database dated in the future (${content.split(' ')[1]}), held for ${Math.round(this.staleMs / 1000)} s without change; another machine's clock may be wrong.`;
        this.takeOver(content);
      }
      return { ok: false, reason: 'busy', detail: 'the lock changed hands repeatedly' };
    } finally {
      removeQuietly(mine);
    }
  }

  /** Retries `tryAcquire` asynchronously until it succeeds, fails for good, or `timeoutMs` passes. */
  async acquire(timeoutMs: number, signal?: { aborted: boolean }): Promise<LockAttempt> {
    const deadline = this.mono() + timeoutMs;
    for (let attempt = 0; ; attempt++) {
      const r = this.tryAcquire();
      if (r.ok || r.reason === 'error' || this.mono() >= deadline || signal?.aborted) return r;
      await sleep(Math.min(200, 5 + attempt * 10));
    }
  }

  private judge(content: string): 'live' | 'stale' | 'future' | 'unreadable' {
    const [pidText, timeText, token] = content.split(' ');
    const pid = Number(pidText);
    const time = Number(timeText);
    if (!/^\d+$/.test(pidText ?? '') || !Number.isFinite(time) || !token) return 'unreadable';
    if (!pidAlive(pid)) return 'stale';
    if (this.seen?.content !== content) this.seen = { content, since: this.mono() };
    const watched = this.mono() - this.seen.since;
    if (time > this.now() + SKEW_MS) return watched > this.staleMs ? 'future' : 'live';
    if (this.now() - time > this.staleMs || watched > this.staleMs) return 'stale';
    return 'live';
  }

  /** Renames a stale lock away; when what was renamed is not what was judged (someone just took it), puts it back. */
  private takeOver(content: string): void {
    const aside = `${this.path}.mlreps-tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
    try {
      renameSync(this.path, aside);
    } catch {
      return; // someone else took it over first
    }
    try {
      if (readFileSync(aside, 'utf8') !== content) {
        try {
          linkSync(aside, this.path);
        } catch {
          // A third process holds the path now; its lock stands.
        }
      }
    } catch {
      // Unreadable after all: it stays removed below.
    }
    removeQuietly(aside);
    this.seen = undefined;
  }

  /** A lock path that cannot be read is not ours to delete: it is kept aside, once, and the user told. */
  private moveUnreadable(why: string): LockAttempt & { ok: false } | { ok: true; notice: string; lock?: never } {
    const target = asideName(this.path, 'unreadable');
    try {
      renameSync(this.path, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, notice: '' };
      return { ok: false, reason: 'error', detail: `the lock path ${this.path} cannot be read (${why}) nor moved aside (${(err as Error).message})` };
    }
    return { ok: true, notice: `ML Reps found something it cannot read at its lock path (${why}). It was kept as ${target}.` };
  }

  private held(token: string): HeldLock {
    const path = this.path;
    let released = false;
    return {
      token,
      stillHeld() {
        if (released) return false;
        try {
          return readFileSync(path, 'utf8') === token;
        } catch {
          return false;
        }
      },
      release() {
        if (released) return;
        released = true;
        try {
          if (readFileSync(path, 'utf8') === token) unlinkSync(path);
        } catch {
          // Already gone: nothing to release.
        }
      },
    };
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
