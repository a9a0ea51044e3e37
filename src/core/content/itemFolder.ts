import type { z } from 'zod';
import { describeIssues } from '../problems/schema';
import { readJsonFolder, type ContentError } from './jsonFiles';

/** A folder of content items as loaded: the items under the files' list key (`questions`, `cards`), and what was refused. */
export type ItemFolder<K extends string, T> = { [key in K]: T[] } & { errors: ContentError[] };

/**
 * Loads a folder of JSON files shaped `{ topic, <listKey>: [...] }` (the question bank, the concept cards).
 * A malformed item is reported with its file and id and left out; the rest load. Ids are unique across files, and
 * every item's topic must match its file's.
 */
export function loadItemFolder<K extends string, T extends { id: string; topic: string }>(
  dir: string,
  listKey: K,
  fileSchema: z.ZodType<{ topic: string } & Record<string, unknown>>,
  itemSchema: z.ZodType<T>,
): ItemFolder<K, T> {
  const { files, errors } = readJsonFolder(dir);
  const items: T[] = [];
  const seen = new Map<string, string>();
  for (const { file, data } of files) {
    const parsedFile = fileSchema.safeParse(data);
    if (!parsedFile.success) {
      errors.push({ file, message: describeIssues(parsedFile.error) });
      continue;
    }
    const list = parsedFile.data[listKey] as unknown[];
    list.forEach((raw, index) => {
      const label = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : `#${index + 1}`;
      const parsed = itemSchema.safeParse(raw);
      if (!parsed.success) {
        errors.push({ file, message: `${label}: ${describeIssues(parsed.error)}` });
        return;
      }
      const item = parsed.data;
      if (item.topic !== parsedFile.data.topic) {
        errors.push({ file, message: `${item.id}: topic "${item.topic}" differs from the file's topic "${parsedFile.data.topic}"` });
        return;
      }
      const other = seen.get(item.id);
      if (other) {
        errors.push({ file, message: `${item.id}: id already used in ${other}` });
        return;
      }
      seen.set(item.id, file);
      items.push(item);
    });
  }
  return { [listKey]: items, errors } as ItemFolder<K, T>;
}
