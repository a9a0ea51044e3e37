import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A path a test's solution may write to, to prove it ran (or did not). On Linux with Landlock a run may write only
 * in its own temporary folder and /dev, so a marker in the practice folder would simply fail to appear, and a test
 * that expects no marker would pass for the wrong reason: /dev/shm is writable from inside a run. Elsewhere (no
 * Landlock) any folder is, and the system's temporary folder is used.
 */
export function runWritableMarker(name: string): string {
  const dir = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  return join(dir, `mlreps-${name}-${randomBytes(6).toString('hex')}`);
}
