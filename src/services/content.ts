import * as vscode from 'vscode';
import { loadConceptDeck, type ConceptDeck } from '../core/concepts/conceptDeck';
import type { ContentError } from '../core/content/jsonFiles';
import { loadProblemBank, type ProblemBank } from '../core/problems/problemBank';
import { loadQuestionBank, type QuestionBank } from '../core/questions/questionBank';
import { loadGuides, type GuideSet } from '../core/guides/guides';

/** A bank loaded from the extension's folder on first use; its errors go to the log once. */
function lazyBank<T extends { errors: readonly ContentError[] }>(load: () => T, name: string, count: (bank: T) => string, log: vscode.LogOutputChannel) {
  let bank: T | undefined;
  const take = (loaded: T, ms: number, how = '') => {
    bank = loaded;
    for (const error of loaded.errors) log.error(`${name}: ${error.file}: ${error.message}`);
    log.info(`${name}: ${count(loaded)} loaded in ${ms.toFixed(0)} ms${how}`);
  };
  return {
    get(): T {
      if (!bank) {
        const started = performance.now();
        take(load(), performance.now() - started);
      }
      return bank!;
    },
    /** A bank read ahead (without holding the thread); kept unless one was loaded meanwhile. */
    offer(loaded: T, ms: number): void {
      if (!bank) take(loaded, ms, ' (read ahead, while VS Code prepared the activation)');
    },
    reload(): void {
      bank = undefined;
    },
  };
}

/** The problem bank being read as the bundle loads (extension.ts), and the folder it reads. */
export interface ProblemBankPrefetch {
  root: string;
  startedAt: number;
  bank: Promise<ProblemBank | undefined>;
}

/** The content shipped with the extension: problems, questions and concept cards, each read on first use. */
export class ContentService {
  private readonly problemBank;
  private readonly questionBank;
  private readonly conceptDeck;
  private readonly guideSet;

  private readonly problemsRead: Promise<void>;

  constructor(extensionUri: vscode.Uri, log: vscode.LogOutputChannel, prefetch?: ProblemBankPrefetch) {
    const dir = (name: string) => vscode.Uri.joinPath(extensionUri, name).fsPath;
    this.problemBank = lazyBank(() => loadProblemBank(dir('problems')), 'Problem bank', (b) => `${b.problems.length} problems`, log);
    // A read-ahead of this very folder is taken; a failed one (never expected) leaves the bank to be read on first use.
    this.problemsRead =
      prefetch && prefetch.root === dir('problems')
        ? prefetch.bank.then((bank) => bank && this.problemBank.offer(bank, performance.now() - prefetch.startedAt)).catch(() => undefined)
        : new Promise<void>((resolve) => setTimeout(resolve, 0)); // no read-ahead: the bank loads just after activation
    this.questionBank = lazyBank(() => loadQuestionBank(dir('questions')), 'Question bank', (b) => `${b.questions.length} questions`, log);
    this.conceptDeck = lazyBank(() => loadConceptDeck(dir('concepts')), 'Concept cards', (d) => `${d.cards.length} cards`, log);
    this.guideSet = lazyBank(() => loadGuides(dir('guides')), 'Study guides', (g) => `${g.guides.length} guides`, log);
  }

  readonly problems = (): ProblemBank => this.problemBank.get();
  /** Resolves once the read-ahead of the problem bank (if any) is in: `problems()` then costs nothing. */
  readonly problemsReady = (): Promise<void> => this.problemsRead;
  readonly questions = (): QuestionBank => this.questionBank.get();
  readonly concepts = (): ConceptDeck => this.conceptDeck.get();
  readonly guides = (): GuideSet => this.guideSet.get();

  /** Reads the problem bank again on next use ("ML Reps: Refresh Problems"). */
  reloadProblems(): void {
    this.problemBank.reload();
  }
}
