import { forTrack } from '../domain';
import type { Track } from '../method/targets';
import { loadItemFolder, type ItemFolder } from '../content/itemFolder';
import { questionFileSchema, questionSchema, type Question } from './schema';

export type QuestionBank = ItemFolder<'questions', Question>;

/** Loads every questions/*.json. A malformed question is reported with its file and id and left out; the rest load. */
export function loadQuestionBank(dir: string): QuestionBank {
  return loadItemFolder(dir, 'questions', questionFileSchema, questionSchema);
}

export function questionsForTrack(questions: readonly Question[], track: Track | null | undefined): Question[] {
  return forTrack(questions, track);
}
