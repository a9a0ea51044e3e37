import * as vscode from 'vscode';
import type { ConceptDeck } from '../../core/concepts/conceptDeck';
import type { ConceptCard } from '../../core/concepts/schema';
import { QUESTION_TOPICS } from '../../core/questions/schema';
import { chooseConcept, conceptsForTrack, recitationRating } from '../../core/recitation/recitation';
import { conceptCardId, type ReviewScheduler } from '../../core/review/reviewScheduler';
import { newId } from '../../core/store/records';
import { recitationToHostSchema, type HostToRecitation, type RecitationView } from '../../webview/recitation/protocol';
import type { StoreService } from '../store/storeService';
import type { TimerController } from '../studyTime/timerController';
import type { TrackPreference } from '../readiness/trackPreference';
import { renderWebviewHtml, webviewResourceRoots } from '../webviewHtml';

/**
 * Oral recitation: explain a concept out loud to a peer. The panel shows the prompt, the key points a good answer
 * covers, the usual follow-ups and a clock; the time is a GSS · oral recitation timer. At the end the covered points
 * and ratings are saved, and the concept's review card decides when it comes back (weak ones sooner).
 */
export class RecitationController implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private card: ConceptCard | undefined;
  private view: RecitationView | undefined;
  ignored = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: StoreService,
    private readonly track: TrackPreference,
    private readonly deck: () => ConceptDeck,
    private readonly timers: TimerController,
    private readonly scheduler: ReviewScheduler,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async start(args?: { conceptId?: string; pick?: 'auto' }): Promise<string | undefined> {
    const store = await this.store.get();
    if (!store) return undefined;
    const cards = conceptsForTrack(this.deck().cards, this.track.get());
    if (!cards.length) {
      void vscode.window.showErrorMessage('No concept cards could be loaded. See "ML Reps: Show Log".');
      return undefined;
    }
    const due = new Map(store.reviewCards('c:').map((c) => [c.id, c.due]));
    let card: ConceptCard | undefined;
    if (args?.conceptId) card = cards.find((c) => c.id === args.conceptId);
    else if (args?.pick === 'auto') card = chooseConcept(cards, due, Date.now(), Math.random);
    else {
      type Item = vscode.QuickPickItem & { card?: ConceptCard };
      const items: Item[] = [
        { label: '$(sparkle) Pick for me', description: 'due concepts first, then ones you have not recited' },
        ...cards.map((c) => ({ label: c.title, description: QUESTION_TOPICS[c.topic], detail: c.prompt, card: c })),
      ];
      const pick = await vscode.window.showQuickPick(items, { title: 'Oral recitation: which concept?', matchOnDescription: true });
      if (!pick) return undefined;
      card = pick.card ?? chooseConcept(cards, due, Date.now(), Math.random);
    }
    if (!card) {
      void vscode.window.showErrorMessage(`No concept "${args?.conceptId}" for this track.`);
      return undefined;
    }
    this.card = card;
    const timer = await this.timers.start('gss.oralRecitation', `Recitation: ${card.title}`);
    this.view = {
      status: 'reciting',
      title: card.title,
      topic: QUESTION_TOPICS[card.topic],
      prompt: card.prompt,
      keyPoints: card.keyPoints,
      followUps: card.followUps,
      startedAt: timer?.start ?? Date.now(),
      endedAt: null,
      summary: null,
    };
    this.show();
    return card.id;
  }

  /** Handles a message as the panel sends it (the tests drive the panel through this too). */
  async receive(raw: unknown): Promise<boolean> {
    const parsed = recitationToHostSchema.safeParse(raw);
    if (!parsed.success || !this.view || !this.card) {
      this.ignored++;
      this.log.warn(`Recitation: ignored a message${parsed.success ? '' : ` (${parsed.error.issues[0]?.message})`}`);
      return false;
    }
    const m = parsed.data;
    if (m.type === 'ready') return this.post();
    if (m.type === 'another') {
      if (this.view.status !== 'done') {
        this.ignored++;
        return false;
      }
      return !!(await this.start({ pick: 'auto' }));
    }
    if (this.view.status !== 'reciting') {
      this.ignored++;
      return false;
    }
    const store = await this.store.get();
    if (!store) return false;
    const card = this.card;
    const covered = [...new Set(m.covered.filter((i) => i < card.keyPoints.length))].sort();
    const session = this.timers.active()?.category === 'gss.oralRecitation' ? await this.timers.stop() : undefined;
    const rating = recitationRating(m.selfRating, covered.length, card.keyPoints.length, m.peerRating);
    const now = new Date();
    const id = conceptCardId(card.id);
    const existing = store.reviewCards(id).find((c) => c.id === id);
    const next = existing ? this.scheduler.rate(existing, rating, now) : this.scheduler.firstReview(id, rating, now);
    store.apply(
      { kind: 'recitation', record: { id: newId(), conceptId: card.id, sessionId: session?.id ?? null, at: now.getTime(), covered, points: card.keyPoints.length, selfRating: m.selfRating, peerRating: m.peerRating } },
      { kind: 'reviewCard', record: { ...next, updatedAt: now.getTime() } },
    );
    const minutes = session ? Math.max(1, Math.round((session.end - session.start) / 60_000)) : 0;
    this.view = {
      ...this.view,
      status: 'done',
      endedAt: session?.end ?? now.getTime(),
      summary: `Saved: ${covered.length} of ${card.keyPoints.length} key points, rated ${m.selfRating}${m.peerRating ? `, peer ${m.peerRating}/5` : ''}. ${minutes} min of GSS · oral recitation. This concept comes back ${new Date(next.due).toLocaleDateString()}.`,
    };
    return this.post();
  }

  get current(): RecitationView | undefined {
    return this.view;
  }

  private show(): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('mlReps.recitation', 'Oral recitation', vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: webviewResourceRoots(this.extensionUri),
        retainContextWhenHidden: true,
      });
      this.panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw));
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.html = renderWebviewHtml(this.panel.webview, this.extensionUri, { title: 'Oral recitation', script: 'recitation' });
    } else {
      this.panel.reveal();
      this.post();
    }
  }

  private post(): boolean {
    if (this.panel && this.view) void this.panel.webview.postMessage({ type: 'view', view: this.view } satisfies HostToRecitation);
    return true;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
