import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface JsonFile {
  file: string;
  data: unknown;
}

export interface ContentError {
  file: string;
  message: string;
}

/** Reads every `*.json` in a folder. A file that is not valid JSON becomes an error naming it; the rest still load. */
export function readJsonFolder(dir: string): { files: JsonFile[]; errors: ContentError[] } {
  const files: JsonFile[] = [];
  const errors: ContentError[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return { files, errors: [{ file: dir, message: 'the folder does not exist or cannot be read' }] };
  }
  for (const name of names) {
    const file = join(dir, name);
    try {
      files.push({ file, data: JSON.parse(readFileSync(file, 'utf8')) });
    } catch (err) {
      errors.push({ file, message: `not valid JSON: ${(err as Error).message}` });
    }
  }
  return { files, errors };
}
