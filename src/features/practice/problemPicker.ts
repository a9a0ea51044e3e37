import * as vscode from 'vscode';
import { hintsShownFor, type HintsShown } from '../../core/practice/hints';
import { nextRecommended, randomUnsolved } from '../../core/practice/recommend';
import type { ProblemProgress } from '../../core/practice/runHistory';
import type { Problem } from '../../core/problems/problemBank';
import { DIFFICULTIES, PROBLEM_TOPICS, type Difficulty, type ProblemTopic } from '../../core/problems/schema';
import { describeProgress, STATUS_ICON } from './problemStatus';

interface Filters {
  unsolvedOnly: boolean;
  difficulty?: Difficulty;
  topic?: ProblemTopic;
}

type PickItem = vscode.QuickPickItem & { problem?: Problem; action?: 'recommended' | 'random' | 'filterTopic' | 'filterDifficulty' | 'toggleUnsolved' | 'clearFilters' };

const UNSOLVED_ON = new vscode.ThemeIcon('filter-filled');
const UNSOLVED_OFF = new vscode.ThemeIcon('filter');

/**
 * "ML Reps: Open Problem…": the bank for the user's track, with status, filters (by keyboard: the filter rows at
 * the top; by mouse: the title buttons) and two shortcuts, the next recommended problem and a random unsolved one.
 */
export async function pickProblem(problems: readonly Problem[], progress: ReadonlyMap<string, ProblemProgress>, hints: HintsShown = {}, now = Date.now()): Promise<Problem | undefined> {
  const filters: Filters = { unsolvedOnly: false };
  const qp = vscode.window.createQuickPick<PickItem>();
  qp.title = 'ML Reps: Open Problem';
  qp.placeholder = 'Type to search by title, topic or difficulty';
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  // Opened from the walkthrough too, whose step re-renders as it completes: that must not close the picker.
  qp.ignoreFocusOut = true;
  const unsolvedButton = (): vscode.QuickInputButton => ({ iconPath: filters.unsolvedOnly ? UNSOLVED_ON : UNSOLVED_OFF, tooltip: filters.unsolvedOnly ? 'Show all problems' : 'Show unsolved only' });
  const difficultyButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('dashboard'), tooltip: 'Filter by difficulty' };
  const topicButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('list-tree'), tooltip: 'Filter by topic' };

  const render = () => {
    const visible = problems.filter(
      (p) =>
        (!filters.unsolvedOnly || progress.get(p.id)?.status !== 'solved') &&
        (!filters.difficulty || p.difficulty === filters.difficulty) &&
        (!filters.topic || p.topic === filters.topic),
    );
    const active = [filters.unsolvedOnly && 'unsolved', filters.difficulty, filters.topic && PROBLEM_TOPICS[filters.topic]].filter(Boolean);
    const items: PickItem[] = [];
    const rec = nextRecommended(visible, progress);
    if (rec) items.push({ action: 'recommended', label: '$(sparkle) Next recommended', description: `${rec.title} · ${PROBLEM_TOPICS[rec.topic]}`, detail: 'Your weakest topic first, easiest unsolved problem in it', alwaysShow: true });
    if (visible.some((p) => progress.get(p.id)?.status !== 'solved')) items.push({ action: 'random', label: '$(question) Random unsolved problem', alwaysShow: true });
    items.push(
      { action: 'toggleUnsolved', label: filters.unsolvedOnly ? '$(filter-filled) Showing unsolved only (select to show all)' : '$(filter) Show unsolved only', alwaysShow: true },
      { action: 'filterDifficulty', label: `$(dashboard) Difficulty: ${filters.difficulty ?? 'any'}`, alwaysShow: true },
      { action: 'filterTopic', label: `$(list-tree) Topic: ${filters.topic ? PROBLEM_TOPICS[filters.topic] : 'any'}`, alwaysShow: true },
    );
    if (active.length) items.push({ action: 'clearFilters', label: '$(clear-all) Clear filters', description: active.join(', '), alwaysShow: true });
    const byTopic = new Map<ProblemTopic, Problem[]>();
    for (const p of visible) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p]);
    for (const [topic, list] of [...byTopic.entries()].sort((a, b) => PROBLEM_TOPICS[a[0]].localeCompare(PROBLEM_TOPICS[b[0]]))) {
      const solved = list.filter((p) => progress.get(p.id)?.status === 'solved').length;
      items.push({ label: `${PROBLEM_TOPICS[topic]} · ${solved}/${list.length} solved`, kind: vscode.QuickPickItemKind.Separator });
      for (const p of list.sort((a, b) => DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty) || a.title.localeCompare(b.title))) {
        const pr = progress.get(p.id);
        items.push({
          problem: p,
          label: `${STATUS_ICON[pr?.status ?? 'new']} ${p.title}`,
          description: `${PROBLEM_TOPICS[p.topic]} · ${p.difficulty}`,
          detail: describeProgress(pr, now, hintsShownFor(hints, p.id)),
        });
      }
    }
    qp.items = items;
    qp.buttons = [unsolvedButton(), difficultyButton, topicButton];
  };

  const chooseDifficulty = async () => {
    const pick = await vscode.window.showQuickPick(['any', ...DIFFICULTIES], { title: 'Filter by difficulty', placeHolder: filters.difficulty ?? 'any' });
    if (pick) filters.difficulty = pick === 'any' ? undefined : (pick as Difficulty);
  };
  const chooseTopic = async () => {
    const topics = [...new Set(problems.map((p) => p.topic))].sort((a, b) => PROBLEM_TOPICS[a].localeCompare(PROBLEM_TOPICS[b]));
    const pick = await vscode.window.showQuickPick([{ label: 'any', topic: undefined as ProblemTopic | undefined }, ...topics.map((t) => ({ label: PROBLEM_TOPICS[t], topic: t }))], { title: 'Filter by topic' });
    if (pick) filters.topic = pick.topic;
  };

  return new Promise<Problem | undefined>((resolve) => {
    let settled = false;
    let inSubPick = false;
    const finish = (p: Problem | undefined) => {
      if (settled) return;
      settled = true;
      resolve(p);
      qp.dispose();
    };
    const withSubPick = async (fn: () => Promise<void>) => {
      inSubPick = true;
      await fn();
      inSubPick = false;
      render();
      qp.show();
    };
    qp.onDidTriggerButton(async (b) => {
      if (b.tooltip === difficultyButton.tooltip) await withSubPick(chooseDifficulty);
      else if (b.tooltip === topicButton.tooltip) await withSubPick(chooseTopic);
      else {
        filters.unsolvedOnly = !filters.unsolvedOnly;
        render();
      }
    });
    qp.onDidAccept(async () => {
      const item = qp.selectedItems[0];
      if (!item) return;
      if (item.problem) return finish(item.problem);
      const visible = problems.filter((p) => (!filters.difficulty || p.difficulty === filters.difficulty) && (!filters.topic || p.topic === filters.topic));
      switch (item.action) {
        case 'recommended':
          return finish(nextRecommended(visible, progress));
        case 'random':
          return finish(randomUnsolved(visible, progress));
        case 'toggleUnsolved':
          filters.unsolvedOnly = !filters.unsolvedOnly;
          qp.value = '';
          return render();
        case 'clearFilters':
          Object.assign(filters, { unsolvedOnly: false, difficulty: undefined, topic: undefined });
          return render();
        case 'filterDifficulty':
          return withSubPick(chooseDifficulty);
        case 'filterTopic':
          return withSubPick(chooseTopic);
      }
    });
    qp.onDidHide(() => {
      if (!inSubPick) finish(undefined);
    });
    render();
    qp.show();
  });
}
