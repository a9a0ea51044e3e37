import * as vscode from 'vscode';
import type { ProblemProgress } from '../../core/practice/runHistory';
import { problemsForTrack, type Problem, type ProblemBank } from '../../core/problems/problemBank';
import { PROBLEM_TOPICS, type ProblemTopic } from '../../core/problems/schema';
import type { TrackPreference } from '../readiness/trackPreference';
import { describeProgress, STATUS_THEME_ICON } from './problemStatus';

/** What the tree needs of the start-up order (services' StartupGate). */
export interface TreeStartup {
  /** Opens after the first rows were handed over (or when no view waits for them). */
  readonly opened: Promise<void>;
  rowsHandedOver(): void;
}

export type ProblemNode = { kind: 'topic'; topic: ProblemTopic; problems: Problem[] } | { kind: 'problem'; problem: Problem };

/** The sidebar Problems tree: the bank for the current track, grouped by topic, with status and solved/total. */
export class ProblemsTreeProvider implements vscode.TreeDataProvider<ProblemNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private unsolvedOnly = false;
  /** Progress as of the last refresh (getTreeItem must be synchronous); undefined until the history was first read. */
  private progressSnapshot: ReadonlyMap<string, ProblemProgress> | undefined;
  private firstRead: Promise<void> | undefined;

  constructor(
    private readonly bank: () => ProblemBank,
    private readonly track: TrackPreference,
    private readonly loadProgress: () => Promise<ReadonlyMap<string, ProblemProgress>>,
    private readonly startup: TreeStartup = { opened: Promise.resolve(), rowsHandedOver: () => undefined },
    /** Resolves once the bank's read-ahead is in, so the first rows never read it a second time on the thread. */
    private readonly bankReady: () => Promise<void> = () => Promise.resolve(),
  ) {}

  private progress(): ReadonlyMap<string, ProblemProgress> {
    return this.progressSnapshot ?? new Map();
  }

  refresh(): void {
    this.changed.fire();
  }

  setUnsolvedOnly(value: boolean): void {
    this.unsolvedOnly = value;
    void vscode.commands.executeCommand('setContext', 'mlReps.problems.unsolvedOnly', value);
    this.refresh();
  }

  async getChildren(node?: ProblemNode): Promise<ProblemNode[]> {
    if (node?.kind === 'topic') return node.problems.map((problem) => ({ kind: 'problem', problem }));
    if (node) return [];
    if (this.progressSnapshot === undefined) {
      // On a cold start the rows go first, from the bank alone; the history is read once they are on screen (opening
      // the database now would hold them back: it runs on the thread that sends them), and the progress follows.
      const settle = (p: ReadonlyMap<string, ProblemProgress>) => {
        this.progressSnapshot = p;
        this.refresh();
      };
      this.firstRead ??= this.startup.opened.then(() => this.loadProgress()).then(settle, () => settle(new Map()));
    } else {
      this.progressSnapshot = await this.loadProgress();
    }
    await this.bankReady();
    const track = this.track.get();
    const all = this.bank().problems;
    const progress = this.progress();
    const inTrack = track ? problemsForTrack(all, track) : all;
    const byTopic = new Map<ProblemTopic, Problem[]>();
    for (const p of inTrack) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p]);
    const nodes: ProblemNode[] = [];
    for (const [topic, problems] of [...byTopic.entries()].sort(([a], [b]) => PROBLEM_TOPICS[a].localeCompare(PROBLEM_TOPICS[b]))) {
      const shown = this.unsolvedOnly ? problems.filter((p) => progress.get(p.id)?.status !== 'solved') : problems;
      if (shown.length) nodes.push({ kind: 'topic', topic, problems: shown });
    }
    this.startup.rowsHandedOver();
    return nodes;
  }

  getTreeItem(node: ProblemNode): vscode.TreeItem {
    const progress = this.progress();
    if (node.kind === 'topic') {
      const all = this.bank().problems.filter((p) => p.topic === node.topic);
      const track = this.track.get();
      const inTrack = track ? problemsForTrack(all, track) : all;
      const solved = inTrack.filter((p) => progress.get(p.id)?.status === 'solved').length;
      const item = new vscode.TreeItem(PROBLEM_TOPICS[node.topic], vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `topic:${node.topic}`;
      // Until the history is read, the count of problems, never a made-up "0 solved".
      item.description = this.progressSnapshot ? `${solved}/${inTrack.length} solved` : `${inTrack.length} problems`;
      item.contextValue = 'topic';
      return item;
    }
    const p = node.problem;
    const pr = progress.get(p.id);
    const status = pr?.status ?? 'new';
    const item = new vscode.TreeItem(p.title, vscode.TreeItemCollapsibleState.None);
    item.id = p.id;
    item.description = `${p.difficulty}${status === 'new' ? '' : ` · ${status}`}`;
    item.iconPath = STATUS_THEME_ICON[status];
    item.tooltip = new vscode.MarkdownString(`**${p.title}**\n\n${PROBLEM_TOPICS[p.topic]} · ${p.difficulty} · track: ${p.track}\n\n${describeProgress(pr, Date.now())}`);
    item.contextValue = 'problem';
    item.command = { command: 'mlReps.openProblem', title: 'Open Problem', arguments: [p.id] };
    item.accessibilityInformation = { label: `${p.title}, ${p.difficulty}, ${status}` };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
