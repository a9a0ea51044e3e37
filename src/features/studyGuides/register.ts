import * as vscode from 'vscode';
import { guideById, guideForTopic } from '../../core/guides/guides';
import type { Guide } from '../../core/guides/schema';
import { masteryByTopic } from '../../core/readiness/mastery';
import { QUESTION_TOPICS } from '../../core/questions/schema';
import type { Services } from '../../services/services';
import { StudyGuidePanel } from './studyGuidePanel';

/** Guides ordered weakest topic first (the dashboard's mastery rows), then by title. */
export function guidesWeakestFirst(s: Services): Guide[] {
  const guides = s.content.guides().guides;
  const store = s.storeService.peek();
  if (!store) return [...guides].sort((a, b) => a.title.localeCompare(b.title));
  const labels = Object.entries(QUESTION_TOPICS);
  const rank = new Map<string, number>();
  masteryByTopic(store, s.track.get(), s.content.problems().problems, s.content.questions().questions)
    .filter((r) => r.kind === 'questions')
    .forEach((r, i) => {
      const id = labels.find(([, label]) => label === r.topic)?.[0];
      if (id) rank.set(id, i);
    });
  const score = (g: Guide) => Math.min(...g.questionTopics.map((t) => rank.get(t) ?? Infinity));
  return [...guides].sort((a, b) => score(a) - score(b) || a.title.localeCompare(b.title));
}

/** Study guides: information gathering inside the editor, one guide per topic, weakest first. */
export function registerStudyGuides(context: vscode.ExtensionContext, s: Services): StudyGuidePanel {
  const panel = new StudyGuidePanel(s);
  context.subscriptions.push(
    panel,
    vscode.commands.registerCommand('mlReps.openStudyGuide', async (args?: { guideId?: string; topic?: string; weakest?: boolean }) => {
      const guides = s.content.guides().guides;
      let guide = args?.guideId ? guideById(guides, args.guideId) : args?.topic ? guideForTopic(guides, args.topic) : undefined;
      if (!guide && args?.weakest) guide = guidesWeakestFirst(s)[0];
      if (!guide) {
        if (!guides.length) {
          void vscode.window.showErrorMessage('The study guides could not be loaded. See "ML Reps: Show Log".');
          return undefined;
        }
        const pick = await vscode.window.showQuickPick(
          guidesWeakestFirst(s).map((g, i) => ({ label: g.title, description: i === 0 ? 'your weakest topic' : undefined, detail: `${g.resources.length} resources · ${g.practice.problems.length} problems`, guide: g })),
          { title: 'ML Reps: Open Study Guide (weakest topic first)' },
        );
        guide = pick?.guide;
      }
      if (guide) panel.show(guide);
      return guide?.id;
    }),
  );
  return panel;
}
