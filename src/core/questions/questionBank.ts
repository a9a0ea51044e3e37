import type { Track } from '../method/targets';
import { readJsonFolder, type ContentError } from '../content/jsonFiles';
import { describeIssues } from '../problems/schema';
import { questionFileSchema, questionSchema, type Question } from './schema';

export interface QuestionBank {
  questions: Question[];
  errors: ContentError[];
}

/** Loads every questions/*.json. A malformed question is reported with its file and id and left out; the rest load. */
export function loadQuestionBank(dir: string): QuestionBank {
  const { files, errors } = readJsonFolder(dir);
  const questions: Question[] = [];
  const seen = new Map<string, string>();
  for (const { file, data } of files) {
    const parsedFile = questionFileSchema.safeParse(data);
    if (!parsedFile.success) {
      errors.push({ file, message: describeIssues(parsedFile.error) });
      continue;
    }
    parsedFile.data.questions.forEach((raw, index) => {
      const label = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : `#${index + 1}`;
      const parsed = questionSchema.safeParse(raw);
      if (!parsed.success) {
        errors.push({ file, message: `${label}: ${describeIssues(parsed.error)}` });
        return;
      }
      const q = parsed.data;
      if (q.topic !== parsedFile.data.topic) {
        errors.push({ file, message: `${q.id}: topic "${q.topic}" differs from the file's topic "${parsedFile.data.topic}"` });
        return;
      }
      const other = seen.get(q.id);
      if (other) {
        errors.push({ file, message: `${q.id}: id already used in ${other}` });
        return;
      }
      seen.set(q.id, file);
      questions.push(q);
    });
  }
  return { questions, errors };
}

export function questionsForTrack(questions: readonly Question[], track: Track): Question[] {
  return questions.filter((q) => q.tracks.includes(track));
}
