import { join } from 'node:path';

/** The repository root, from a compiled test file under out/test/**. */
export const repoRoot = join(__dirname, '..', '..', '..');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');
export const harnessDir = join(repoRoot, 'python');
