import * as vscode from 'vscode';
import { CATEGORY_LABELS } from '../../core/split/split';
import { formatLength, type Guide } from '../../core/guides/schema';
import { newId } from '../../core/store/records';
import { topicLabel } from '../../core/readiness/readinessSnapshot';
import { studyGuideReplies, studyGuideToHostSchema, type HostToStudyGuide, type StudyGuideToHost, type StudyGuideView } from '../../webview/studyGuides/studyGuide/protocol';
import type { Services } from '../../services/services';
import { WebviewPanelHost, type PageRequest } from '../webviewPanelHost';

export const GUIDE_VISITS = 'guideVisits';
/** Per guide id, per resource index, when the user last opened it. */
type GuideVisits = Record<string, Record<string, number>>;

/** Time spent outside, offered for logging on return, is capped at this (a forgotten tab is not study time). */
const MAX_OUTSIDE_MS = 3 * 60 * 60_000;
/** Shorter trips outside are not worth a question. */
const MIN_OUTSIDE_MS = 60_000;

/**
 * A study guide in a panel. Reading it counts as ISS · information gathering under the same rules as editing: the
 * reader's own activity in the focused panel, ended by the idle rule. Opening a resource records a visit and, on
 * return, offers to log the time spent outside.
 */
export class StudyGuidePanel extends WebviewPanelHost<StudyGuideToHost, HostToStudyGuide> {
  private guide: Guide | undefined;
  private away: { index: number; at: number } | undefined;

  constructor(private readonly s: Services) {
    super(s, { viewType: 'mlReps.studyGuide', title: 'Study guide', script: 'studyGuide', retainContextWhenHidden: true, schema: studyGuideToHostSchema, replies: studyGuideReplies });
  }

  show(guide: Guide): void {
    this.guide = guide;
    this.showPanel(guide.title);
  }

  protected override viewStateChanged(panel: vscode.WebviewPanel): void {
    if (panel.active) void this.offerToLogTimeAway();
  }

  /** The current view (what the page shows). */
  view(): StudyGuideView | undefined {
    const g = this.guide;
    if (!g) return undefined;
    const visits = this.visits()[g.id] ?? {};
    const problems = new Map(this.s.content.problems().problems.map((p) => [p.id, p.title]));
    const cards = new Map(this.s.content.concepts().cards.map((c) => [c.id, c.title]));
    return {
      id: g.id,
      title: g.title,
      topics: [...new Set([...g.questionTopics, ...g.problemTopics].map(topicLabel))].join(' · '),
      whatToKnow: g.whatToKnow.map((s) => ({ heading: s.heading, points: [...s.points] })),
      resources: g.resources.map((r, i) => ({ title: r.title, authors: r.authors.join(', '), work: r.work, section: r.section, length: formatLength(r.length), kind: r.kind, visited: visits[i] !== undefined })),
      practice: {
        problems: g.practice.problems.filter((id) => problems.has(id)).map((id) => ({ id, title: problems.get(id)! })),
        questions: g.practice.questions.length,
        cards: g.practice.cards.filter((id) => cards.has(id)).map((id) => ({ id, title: cards.get(id)! })),
      },
      note: `Reading this guide counts as ${CATEGORY_LABELS['iss.informationGathering']} while you scroll or read here. A resource opens in your browser; when you come back, ML Reps offers to log the time.`,
    };
  }

  protected async handle(m: PageRequest<StudyGuideToHost>): Promise<boolean> {
    const g = this.guide;
    if (!g) return this.refuse('no guide open');
    switch (m.type) {
      case 'activity':
        // Only the reader's own activity in the panel in front counts; the idle and focus rules do the rest.
        if (this.isOpen && !this.isActive) return false;
        this.s.timing.recordActivity('iss.informationGathering', null);
        return true;
      case 'openResource': {
        const r = g.resources[m.index];
        if (!r) return this.refuse();
        await this.recordVisit(g.id, m.index);
        this.away = { index: m.index, at: Date.now() };
        await vscode.env.openExternal(vscode.Uri.parse(r.url));
        return true;
      }
      case 'openProblem':
        if (!g.practice.problems.includes(m.problemId)) return this.refuse();
        await vscode.commands.executeCommand('mlReps.openProblem', m.problemId);
        return true;
      case 'practiceQuiz':
        await vscode.commands.executeCommand('mlReps.practiceQuiz', { topic: g.questionTopics[0] ?? 'any', size: 10 });
        return true;
      case 'recite':
        if (!g.practice.cards.includes(m.cardId)) return this.refuse();
        await vscode.commands.executeCommand('mlReps.startRecitation', { conceptId: m.cardId });
        return true;
    }
  }

  private visits(): GuideVisits {
    return this.s.storeService.peek()?.preference<GuideVisits>(GUIDE_VISITS) ?? {};
  }

  private async recordVisit(guideId: string, index: number): Promise<void> {
    const store = await this.s.storeService.get();
    if (!store || store.mode !== 'read-write') return;
    const all = store.preference<GuideVisits>(GUIDE_VISITS) ?? {};
    store.apply({ kind: 'preference', record: { key: GUIDE_VISITS, value: { ...all, [guideId]: { ...(all[guideId] ?? {}), [index]: Date.now() } }, updatedAt: Date.now() } });
  }

  /** Back from a resource: one click logs the time away as information gathering (capped at 3 h). */
  private async offerToLogTimeAway(): Promise<void> {
    const away = this.away;
    const g = this.guide;
    if (!away || !g) return;
    this.away = undefined;
    const end = Math.min(Date.now(), away.at + MAX_OUTSIDE_MS);
    if (end - away.at < MIN_OUTSIDE_MS) return;
    const minutes = Math.round((end - away.at) / 60_000);
    const title = g.resources[away.index].title;
    const choice = await vscode.window.showInformationMessage(`Welcome back. Log the ${minutes} min since you opened "${title}" as ${CATEGORY_LABELS['iss.informationGathering']}?`, `Log ${minutes} min`);
    if (!choice) return;
    const store = await this.s.storeService.get();
    store?.apply({ kind: 'session', record: { id: newId(), category: 'iss.informationGathering', start: away.at, end, source: 'logged', problemId: null, note: `Study guide: ${g.title} · ${title}`, updatedAt: Date.now(), deleted: false } });
  }

  protected pageMessage(): HostToStudyGuide | undefined {
    const view = this.view();
    return view ? { type: 'view', view } : undefined;
  }
}
