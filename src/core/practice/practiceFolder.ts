import { isAbsolute, join, resolve } from 'node:path';

export const DEFAULT_PRACTICE_FOLDER_NAME = 'ml-reps';
export const NO_WORKSPACE_PRACTICE_FOLDER_NAME = 'ml-reps-practice';

export interface PracticeFolder {
  path: string;
  /** False when no folder is open, so the practice folder lives outside any workspace. */
  inWorkspace: boolean;
}

/**
 * Where problems are opened: the `mlReps.practiceFolder` setting (absolute, or relative to the first
 * workspace folder), else `ml-reps/` in the first workspace folder, else `~/ml-reps-practice`.
 */
export function resolvePracticeFolder(options: { setting?: string; workspaceFolders: readonly string[]; home: string }): PracticeFolder {
  const first = options.workspaceFolders[0];
  const setting = options.setting?.trim();
  if (setting) {
    const expanded = setting.startsWith('~') ? join(options.home, setting.slice(1)) : setting;
    if (isAbsolute(expanded)) return { path: resolve(expanded), inWorkspace: options.workspaceFolders.some((f) => isInside(expanded, f)) };
    if (first) return { path: resolve(first, expanded), inWorkspace: true };
    return { path: resolve(options.home, expanded), inWorkspace: false };
  }
  if (first) return { path: join(first, DEFAULT_PRACTICE_FOLDER_NAME), inWorkspace: true };
  return { path: join(options.home, NO_WORKSPACE_PRACTICE_FOLDER_NAME), inWorkspace: false };
}

export function isInside(child: string, parent: string): boolean {
  const c = resolve(child);
  const p = resolve(parent);
  return c === p || c.startsWith(p.endsWith('/') || p.endsWith('\\') ? p : p + (p.includes('\\') && !p.includes('/') ? '\\' : '/'));
}
