import { forTrack } from '../domain';
import type { Track } from '../method/targets';
import type { ContentError } from '../content/jsonFiles';
import { loadItemFolder } from '../content/itemFolder';
import { questionFileSchema, questionSchema, type Question } from './schema';

export interface QuestionBank {
  questions: Question[];
  errors: ContentError[];
}

/** Loads every questions/*.json. A malformed question is reported with its file and id and left out; the rest load. */
export function loadQuestionBank(dir: string): QuestionBank {
  const { items, errors } = loadItemFolder(dir, 'questions', questionFileSchema, questionSchema);
  return { questions: items, errors };
}

export function questionsForTrack(questions: readonly Question[], track: Track | null | undefined): Question[] {
  return forTrack(questions, track);
}
