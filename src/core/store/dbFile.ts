import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
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

export function sameVersion(a: FileVersion | undefined, b: FileVersion | undefined): boolean {
  return !!a && !!b && a.mtimeMs === b.mtimeMs && a.size === b.size && a.ino === b.ino;
}

export function readDbFile(path: string): Buffer | undefined {
  return existsSync(path) ? readFileSync(path) : undefined;
}

/** Writes a temp file beside the target, fsyncs it, renames it over the target and fsyncs the folder: all or nothing. */
export function atomicWrite(path: string, data: Uint8Array): void {
  const tmp = join(dirname(path), `${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
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

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
}

/** Moves a bad file aside, keeping it, and returns where it went. Never deletes anything. */
export function moveAside(path: string, reason: 'corrupt' | 'unreadable', now: Date = new Date()): string {
  let target = `${path}.${reason}-${stamp(now)}`;
  for (let n = 2; existsSync(target); n++) target = `${path}.${reason}-${stamp(now)}-${n}`;
  renameSync(path, target);
  return target;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temp files that writers killed mid-save left beside the database (`<db>.<pid>.tmp`,
 * `<db>.lock.<pid>.<random>`), when their process is gone. They never hold data that was reported saved.
 */
export function removeStaleTempFiles(path: string): string[] {
  const dir = dirname(path);
  const base = basename(path);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = name.startsWith(`${base}.`) ? /^(?:lock\.)?(\d+)\.(?:tmp|[a-z0-9]+)$/.exec(name.slice(base.length + 1)) : null;
    if (!m || pidAlive(Number(m[1]))) continue;
    try {
      unlinkSync(join(dir, name));
      removed.push(name);
    } catch {
      // Another window cleaned it first.
    }
  }
  return removed;
}
