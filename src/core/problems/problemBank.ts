import { forTrack } from '../domain';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Track } from '../method/targets';
import { describeIssues, problemMetaSchema, type ProblemMeta } from './schema';

export interface Problem extends ProblemMeta {
  dir: string;
}

export interface ProblemLoadError {
  /** The file at fault. */
  file: string;
  message: string;
}

export interface ProblemBank {
  problems: Problem[];
  errors: ProblemLoadError[];
}

export const PROBLEM_FILES = {
  meta: 'problem.json',
  readme: 'README.md',
  starter: 'starter.py',
  visibleTests: 'test_visible.py',
  hiddenTests: 'test_hidden.py',
  reference: 'reference.py',
  learn: 'learn.md',
} as const;

/** Validates one problem.json text. Returns the metadata, or an error naming the file and the field. */
export function parseProblemMeta(text: string, file: string, folderName?: string): ProblemMeta | ProblemLoadError {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { file, message: `not valid JSON: ${(err as Error).message}` };
  }
  const parsed = problemMetaSchema.safeParse(raw);
  if (!parsed.success) return { file, message: describeIssues(parsed.error) };
  if (folderName !== undefined && parsed.data.id !== folderName) {
    return { file, message: `id: "${parsed.data.id}" must equal the folder name "${folderName}"` };
  }
  return parsed.data;
}

export function isLoadError(value: ProblemMeta | ProblemLoadError): value is ProblemLoadError {
  return 'message' in value && 'file' in value && !('id' in value);
}

/**
 * Reads every problem folder under `root`. A malformed problem is reported and skipped; it never hides the others.
 */
export function loadProblemBank(root: string): ProblemBank {
  const problems: Problem[] = [];
  const errors: ProblemLoadError[] = [];
  if (!existsSync(root)) return { problems, errors: [{ file: root, message: 'the problem folder does not exist' }] };
  const seen = new Map<string, string>();
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    const dir = join(root, entry.name);
    const file = join(dir, PROBLEM_FILES.meta);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      errors.push({ file, message: 'problem.json is missing or unreadable' });
      continue;
    }
    const meta = parseProblemMeta(text, file, entry.name);
    if (isLoadError(meta)) {
      errors.push(meta);
      continue;
    }
    const missing = [PROBLEM_FILES.readme, PROBLEM_FILES.starter, PROBLEM_FILES.visibleTests, PROBLEM_FILES.hiddenTests].filter(
      (f) => !existsSync(join(dir, f)),
    );
    if (missing.length) {
      errors.push({ file: dir, message: `missing ${missing.join(', ')}` });
      continue;
    }
    const previous = seen.get(meta.id);
    if (previous) {
      errors.push({ file, message: `id: "${meta.id}" is also used by ${previous}` });
      continue;
    }
    seen.set(meta.id, file);
    problems.push({ ...meta, dir });
  }
  problems.sort((a, b) => a.id.localeCompare(b.id));
  return { problems, errors };
}

export function problemsForTrack(problems: readonly Problem[], track: Track | null | undefined): Problem[] {
  return forTrack(problems, track);
}
