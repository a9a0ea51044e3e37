import * as vscode from 'vscode';
import { problemsForTrack, type Problem, type ProblemBank } from '../../core/problems/problemBank';
import { PROBLEM_TOPICS, type ProblemTopic } from '../../core/problems/schema';
import type { TrackPreference } from '../track/trackPreference';

type Node = { kind: 'topic'; topic: ProblemTopic; problems: Problem[] } | { kind: 'problem'; problem: Problem };

const DIFFICULTY_ICON: Record<Problem['difficulty'], vscode.ThemeIcon> = {
  easy: new vscode.ThemeIcon('circle-outline', new vscode.ThemeColor('charts.green')),
  medium: new vscode.ThemeIcon('circle-half', new vscode.ThemeColor('charts.yellow')),
  hard: new vscode.ThemeIcon('circle-filled', new vscode.ThemeColor('charts.red')),
};

/** The sidebar Problems tree: the bank for the current track, grouped by topic. */
export class ProblemsTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly bank: () => ProblemBank,
    private readonly track: TrackPreference,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (node?.kind === 'topic') return node.problems.map((problem) => ({ kind: 'problem', problem }));
    if (node) return [];
    const track = this.track.get();
    const all = this.bank().problems;
    const visible = track ? problemsForTrack(all, track) : all;
    const byTopic = new Map<ProblemTopic, Problem[]>();
    for (const p of visible) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p]);
    return [...byTopic.entries()]
      .sort(([a], [b]) => PROBLEM_TOPICS[a].localeCompare(PROBLEM_TOPICS[b]))
      .map(([topic, problems]) => ({ kind: 'topic', topic, problems }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'topic') {
      const item = new vscode.TreeItem(PROBLEM_TOPICS[node.topic], vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.problems.length}`;
      item.contextValue = 'topic';
      return item;
    }
    const p = node.problem;
    const item = new vscode.TreeItem(p.title, vscode.TreeItemCollapsibleState.None);
    item.id = p.id;
    item.description = p.difficulty;
    item.iconPath = DIFFICULTY_ICON[p.difficulty];
    item.tooltip = new vscode.MarkdownString(`**${p.title}**\n\n${PROBLEM_TOPICS[p.topic]} · ${p.difficulty} · track: ${p.track}`);
    item.contextValue = 'problem';
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
