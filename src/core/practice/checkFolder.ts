import { join, relative, sep } from 'node:path';

/** Coding checks lay out their problems here, inside the practice folder, apart from practice code. */
export const CHECKS_DIR = 'checks';

/** `2026-12-03-a1b2c3`: the check's local start date and the first six characters of its id. */
export function checkFolderName(check: { id: string; startedAt: number }): string {
  const d = new Date(check.startedAt);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${check.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 6).toLowerCase()}`;
}

/** The folder of one check: `<practice>/checks/<date>-<short id>/`. */
export function checkFolder(practiceDir: string, check: { id: string; startedAt: number }): string {
  return join(practiceDir, CHECKS_DIR, checkFolderName(check));
}

/** For a file directly inside `<practice>/checks/<check folder>/<problem id>/`, the check folder's name and the problem id. */
export function checkCopyForFile(file: string, practiceDir: string, knownIds: ReadonlySet<string>): { checkFolder: string; problemId: string } | undefined {
  const rel = relative(practiceDir, file);
  if (!rel || rel.startsWith('..')) return undefined;
  const parts = rel.split(sep);
  if (parts.length !== 4 || parts[0] !== CHECKS_DIR || !knownIds.has(parts[2])) return undefined;
  return { checkFolder: parts[1], problemId: parts[2] };
}
