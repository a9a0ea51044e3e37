import { forTrack } from '../domain';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
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

/** What loading needs to know of one problem folder: its name, its problem.json text (if readable) and its file names. */
interface FolderFacts {
  name: string;
  metaText: string | undefined;
  files: ReadonlySet<string>;
}

const REQUIRED_FILES = [PROBLEM_FILES.readme, PROBLEM_FILES.starter, PROBLEM_FILES.visibleTests, PROBLEM_FILES.hiddenTests];
const isProblemFolder = (entry: { name: string; isDirectory(): boolean }) => entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.');

/** The bank from what was read of each folder, in folder order: the one set of rules for both ways of reading. */
function bankFromFolders(root: string, folders: readonly FolderFacts[]): ProblemBank {
  const problems: Problem[] = [];
  const errors: ProblemLoadError[] = [];
  const seen = new Map<string, string>();
  for (const { name, metaText, files } of folders) {
    const dir = join(root, name);
    const file = join(dir, PROBLEM_FILES.meta);
    if (metaText === undefined) {
      errors.push({ file, message: 'problem.json is missing or unreadable' });
      continue;
    }
    const meta = parseProblemMeta(metaText, file, name);
    if (isLoadError(meta)) {
      errors.push(meta);
      continue;
    }
    const missing = REQUIRED_FILES.filter((f) => !files.has(f));
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

const noFolder = (root: string): ProblemBank => ({ problems: [], errors: [{ file: root, message: 'the problem folder does not exist' }] });

/**
 * Reads every problem folder under `root`. A malformed problem is reported and skipped; it never hides the others.
 */
export function loadProblemBank(root: string): ProblemBank {
  if (!existsSync(root)) return noFolder(root);
  const folders = readdirSync(root, { withFileTypes: true }).filter(isProblemFolder).map((entry): FolderFacts => {
    const dir = join(root, entry.name);
    let metaText: string | undefined;
    try {
      metaText = readFileSync(join(dir, PROBLEM_FILES.meta), 'utf8');
    } catch {
      metaText = undefined;
    }
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch {
      files = [];
    }
    return { name: entry.name, metaText, files: new Set(files) };
  });
  return bankFromFolders(root, folders);
}

/**
 * The same bank, read without holding the thread: the files are read in parallel off it, and only the checking runs
 * on it. The extension starts this as its bundle loads, so the bank is read while VS Code is still preparing to call
 * `activate()` and is there when the Problems view first asks for rows.
 */
export async function loadProblemBankAsync(root: string): Promise<ProblemBank> {
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch {
    return noFolder(root);
  }
  const folders = await Promise.all(
    entries.filter(isProblemFolder).map(async (entry): Promise<FolderFacts> => {
      const dir = join(root, entry.name);
      const [metaText, files] = await Promise.all([readFile(join(dir, PROBLEM_FILES.meta), 'utf8').catch(() => undefined), readdir(dir).catch(() => [])]);
      return { name: entry.name, metaText, files: new Set(files) };
    }),
  );
  return bankFromFolders(root, folders);
}

export function problemsForTrack(problems: readonly Problem[], track: Track | null | undefined): Problem[] {
  return forTrack(problems, track);
}
