import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, promises as fsp, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What identifies one version of the file on disk, to notice writes by other windows cheaply. */
export interface FileVersion {
  mtimeMs: number;
  size: number;
  ino: number;
}

export function fileVersion(path: string): FileVersion | undefined {
  try {
    const s = statSync(path);
    return { mtimeMs: s.mtimeMs, size: s.size, ino: s.ino };
  } catch {
    return undefined;
  }
}

/** Two versions are the same when both are absent, or both present with the same inode, size and mtime. */
export function sameVersion(a: FileVersion | undefined, b: FileVersion | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.mtimeMs === b.mtimeMs && a.size === b.size && a.ino === b.ino;
}

/** The file's bytes, or undefined when there is no file (also when it vanished between a stat and the read). */
export function readDbFile(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * The store's own names beside the database. Only names matching these exact patterns are ever removed by the
 * store; anything else in the folder (a user's `ml-reps.sqlite.2025.bak`) is never touched.
 */
const OWN = /^(?:lock\.)?mlreps-(?:tmp|open)-(\d+)-[0-9a-f]{12}$/;

/** A unique temp name beside `path` that `removeStaleTempFiles` recognises (and nothing else does). */
export function tempName(path: string, kind: 'tmp' | 'open' = 'tmp'): string {
  return `${path}.mlreps-${kind}-${process.pid}-${randomBytes(6).toString('hex')}`;
}

/** Journals of changes a window could not save when it closed: `<db>.mlreps-journal-<pid>-<hex>.jsonl`. */
export const JOURNAL = /^mlreps-journal-\d+-[0-9a-f]{12}\.jsonl$/;

export function journalName(path: string): string {
  return `${path}.mlreps-journal-${process.pid}-${randomBytes(6).toString('hex')}.jsonl`;
}

/** Files beside `path` whose name after `<db>.` matches `pattern`. */
export function siblings(path: string, pattern: RegExp): string[] {
  const base = `${basename(path)}.`;
  try {
    return readdirSync(dirname(path))
      .filter((n) => n.startsWith(base) && pattern.test(n.slice(base.length)))
      .map((n) => join(dirname(path), n));
  } catch {
    return [];
  }
}

function fsyncDir(path: string): void {
  try {
    const dirFd = openSync(dirname(path), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Some platforms cannot fsync a folder; the rename is still atomic.
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/**
 * Writes `data` to a fresh temp file beside `path` and fsyncs it. `commit` then decides, just before the rename,
 * whether the write may still go ahead (the fencing check): when it says no, the temp file is removed and nothing
 * on disk changed. Returns whether the rename happened. The temp file never survives a failure.
 */
export function atomicWrite(path: string, data: Uint8Array, commit: () => boolean = () => true): boolean {
  const tmp = tempName(path);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      let offset = 0;
      while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return renameOrDiscard(tmp, path, commit());
  } catch (err) {
    removeQuietly(tmp);
    throw err;
  }
}

/** Like `atomicWrite`, with the write and fsync done off the host thread. Only the fencing check and rename are synchronous. */
export async function atomicWriteAsync(path: string, data: Uint8Array, commit: () => boolean | Promise<boolean>): Promise<boolean> {
  const tmp = tempName(path);
  const handle = await fsp.open(tmp, 'wx').catch((err: unknown) => {
    removeQuietly(tmp);
    throw err;
  });
  try {
    let offset = 0;
    while (offset < data.length) offset += (await handle.write(data, offset, Math.min(data.length - offset, 4 << 20))).bytesWritten;
    await handle.sync();
    await handle.close();
    return renameOrDiscard(tmp, path, await commit());
  } catch (err) {
    await handle.close().catch(() => undefined);
    removeQuietly(tmp);
    throw err;
  }
}

/**
 * The end both atomic writes share, once the temp file is written and fsynced: with the fencing check's yes, rename
 * it over `path` and fsync the folder so the rename survives a crash; with its no, remove it and leave `path` alone.
 */
function renameOrDiscard(tmp: string, path: string, committed: boolean): boolean {
  if (!committed) {
    removeQuietly(tmp);
    return false;
  }
  renameSync(tmp, path);
  fsyncDir(path);
  return true;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
}

/** A free name `<path>.<reason>-<stamp>[-n]` to keep a bad file under. */
export function asideName(path: string, reason: string, now: Date = new Date()): string {
  let target = `${path}.${reason}-${stamp(now)}`;
  for (let n = 2; fileVersion(target) !== undefined; n++) target = `${path}.${reason}-${stamp(now)}-${n}`;
  return target;
}

/**
 * Moves a bad file aside, keeping it, and returns where it went. Never deletes anything.
 * Returns undefined when the file is no longer there, or is no longer the version that was judged bad
 * (another window moved it first, or already wrote a good one): the caller re-reads whatever is there now.
 */
export function moveAside(path: string, reason: 'corrupt' | 'unreadable', judged: FileVersion | undefined, now: Date = new Date()): string | undefined {
  if (!judged || !sameVersion(fileVersion(path), judged)) return undefined;
  const target = asideName(path, reason, now);
  try {
    renameSync(path, target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return target;
}

/**
 * Whether a process with this pid exists: the one check for it (stale locks and temp files, and the tests' check that
 * a cancelled run's Python is gone). EPERM means it exists but belongs to someone else, so it counts as alive.
 */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what killed writers left beside the database: temp files, private lock files and open markers, all
 * named `<db>.[lock.]mlreps-(tmp|open)-<pid>-<12 hex>`, when their process is gone. Nothing else is ever removed.
 * Returns the open markers of dead processes among them (a window that crashed).
 */
export function removeStaleTempFiles(path: string): { removed: string[]; crashed: number } {
  const removed: string[] = [];
  let crashed = 0;
  for (const file of siblings(path, OWN)) {
    const name = basename(file).slice(basename(path).length + 1);
    const m = OWN.exec(name)!;
    if (pidAlive(Number(m[1]))) continue;
    try {
      unlinkSync(file);
      removed.push(name);
      if (name.startsWith('mlreps-open-')) crashed++;
    } catch {
      // Another window cleaned it first.
    }
  }
  return { removed, crashed };
}
