import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';

/** A held lock on the store; release it exactly once. */
export interface HeldLock {
  release(): void;
}

export interface LockOptions {
  /** Give up after this long; the caller keeps its changes and tries again later. */
  timeoutMs?: number;
  /** A lock older than this is stale even if its pid looks alive (pids get reused). */
  staleMs?: number;
  now?: () => number;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Takes `<path>` as an exclusive lock file (created with O_EXCL, holding "pid time"). A lock whose process is
 * gone, or that is older than `staleMs`, is taken over: it is renamed away first, and if what was renamed is not
 * what was judged stale (another process took it over in between), it is put back.
 * Writers hold the lock only for the few milliseconds a save takes, so waiting is short and synchronous.
 */
export function acquireLock(path: string, options: LockOptions = {}): HeldLock | undefined {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 5000;
  const staleMs = options.staleMs ?? 15_000;
  const deadline = now() + timeoutMs;
  const token = `${process.pid} ${now()} ${Math.random().toString(36).slice(2)}`;
  // The token is written to a private file first and then hard-linked into place: link() creates the lock
  // atomically *with* its content, so nobody can read a half-written lock and judge it stale.
  const mine = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(mine, token);
  try {
    return takeLock(path, mine, token, now, deadline, staleMs);
  } finally {
    try {
      unlinkSync(mine);
    } catch {
      // Already removed.
    }
  }
}

function takeLock(path: string, mine: string, token: string, now: () => number, deadline: number, staleMs: number): HeldLock | undefined {
  for (let attempt = 0; ; attempt++) {
    try {
      linkSync(mine, path);
      let released = false;
      return {
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
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let content = '';
    try {
      content = readFileSync(path, 'utf8');
    } catch {
      continue; // released between our open and read: try again at once
    }
    const [pidText, timeText] = content.split(' ');
    const stale = !isAlive(Number(pidText)) || now() - Number(timeText) > staleMs || !Number.isFinite(Number(timeText));
    if (stale) {
      const aside = `${path}.stale-${process.pid}-${attempt}`;
      try {
        renameSync(path, aside);
        if (readFileSync(aside, 'utf8') !== content) {
          // We moved a fresh lock that someone else had just taken: give it back.
          try {
            linkSync(aside, path);
          } catch {
            // A third process holds the path now; its lock stands.
          }
        }
        unlinkSync(aside);
      } catch {
        // Someone else took it over first.
      }
      continue;
    }
    if (now() >= deadline) return undefined;
    sleepSync(Math.min(50, 2 + attempt * 2));
  }
}
