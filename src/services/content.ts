import * as vscode from 'vscode';
import { loadConceptDeck, type ConceptDeck } from '../core/concepts/conceptDeck';
import type { ContentError } from '../core/content/jsonFiles';
import { loadProblemBank, type ProblemBank } from '../core/problems/problemBank';
import { loadQuestionBank, type QuestionBank } from '../core/questions/questionBank';
import { loadGuides, type GuideSet } from '../core/guides/guides';

/** A bank loaded from the extension's folder on first use; its errors go to the log once. */
function lazyBank<T extends { errors: readonly ContentError[] }>(load: () => T, name: string, count: (bank: T) => string, log: vscode.LogOutputChannel) {
  let bank: T | undefined;
  return {
    get(): T {
      if (!bank) {
        const started = performance.now();
        bank = load();
        for (const error of bank.errors) log.error(`${name}: ${error.file}: ${error.message}`);
        log.info(`${name}: ${count(bank)} loaded in ${(performance.now() - started).toFixed(0)} ms`);
      }
      return bank;
    },
    reload(): void {
      bank = undefined;
    },
  };
}

/** The content shipped with the extension: problems, questions and concept cards, each read on first use. */
export class ContentService {
  private readonly problemBank;
  private readonly questionBank;
  private readonly conceptDeck;
  private readonly guideSet;

  constructor(extensionUri: vscode.Uri, log: vscode.LogOutputChannel) {
    const dir = (name: string) => vscode.Uri.joinPath(extensionUri, name).fsPath;
    this.problemBank = lazyBank(() => loadProblemBank(dir('problems')), 'Problem bank', (b) => `${b.problems.length} problems`, log);
    this.questionBank = lazyBank(() => loadQuestionBank(dir('questions')), 'Question bank', (b) => `${b.questions.length} questions`, log);
    this.conceptDeck = lazyBank(() => loadConceptDeck(dir('concepts')), 'Concept cards', (d) => `${d.cards.length} cards`, log);
    this.guideSet = lazyBank(() => loadGuides(dir('guides')), 'Study guides', (g) => `${g.guides.length} guides`, log);
  }

  readonly problems = (): ProblemBank => this.problemBank.get();
  readonly questions = (): QuestionBank => this.questionBank.get();
  readonly concepts = (): ConceptDeck => this.conceptDeck.get();
  readonly guides = (): GuideSet => this.guideSet.get();

  /** Reads the problem bank again on next use ("ML Reps: Refresh Problems"). */
  reloadProblems(): void {
    this.problemBank.reload();
  }
}
