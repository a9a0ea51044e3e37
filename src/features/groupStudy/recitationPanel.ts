import * as vscode from 'vscode';
import type { ConceptDeck } from '../../core/concepts/conceptDeck';
import type { ConceptCard } from '../../core/concepts/schema';
import { QUESTION_TOPICS } from '../../core/questions/schema';
import { chooseConcept, conceptsForTrack, recitationRating } from '../../core/recitation/recitation';
import { conceptCardId, rateReviewCard, type ReviewScheduler } from '../../core/review/reviewScheduler';
import { newId } from '../../core/store/records';
import { recitationReplies, recitationToHostSchema, type HostToRecitation, type RecitationToHost, type RecitationView } from '../../webview/groupStudy/recitation/protocol';
import type { Services } from '../../services/services';
import type { TimerService } from '../studyTime/timerService';
import { WebviewPanelHost, type PageRequest } from '../webviewPanelHost';

/**
 * Oral recitation: explain a concept out loud to a peer. The panel shows the prompt, the key points a good answer
 * covers, the usual follow-ups and a clock; the time is a GSS · oral recitation timer. At the end the covered points
 * and ratings are saved, and the concept's review card decides when it comes back (weak ones sooner).
 */
export class RecitationPanel extends WebviewPanelHost<RecitationToHost, HostToRecitation> {
  private card: ConceptCard | undefined;
  private view: RecitationView | undefined;
  private readonly storeService: Services['storeService'];
  private readonly track: Services['track'];

  constructor(
    s: Pick<Services, 'extensionUri' | 'log' | 'storeService' | 'track'>,
    private readonly deck: () => ConceptDeck,
    private readonly timers: TimerService,
    private readonly scheduler: ReviewScheduler,
  ) {
    super(s, { viewType: 'mlReps.recitation', title: 'Oral recitation', script: 'recitation', retainContextWhenHidden: true, schema: recitationToHostSchema, replies: recitationReplies });
    this.storeService = s.storeService;
    this.track = s.track;
  }

  async start(args?: { conceptId?: string; pick?: 'auto' }): Promise<string | undefined> {
    const store = await this.storeService.get();
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
    this.showPanel();
    return card.id;
  }

  protected async handle(m: PageRequest<RecitationToHost>): Promise<boolean> {
    if (!this.view || !this.card) return this.refuse('no recitation');
    if (m.type === 'another') {
      if (this.view.status !== 'done') return this.refuse();
      return !!(await this.start({ pick: 'auto' }));
    }
    if (this.view.status !== 'reciting') return this.refuse();
    const store = await this.storeService.get();
    if (!store) return false;
    const card = this.card;
    const covered = [...new Set(m.covered.filter((i) => i < card.keyPoints.length))].sort();
    const session = this.timers.active()?.category === 'gss.oralRecitation' ? await this.timers.stop() : undefined;
    const rating = recitationRating(m.selfRating, covered.length, card.keyPoints.length, m.peerRating);
    const now = new Date();
    const next = rateReviewCard(store, this.scheduler, conceptCardId(card.id), rating, now);
    store.apply(
      { kind: 'recitation', record: { id: newId(), conceptId: card.id, sessionId: session?.id ?? null, at: now.getTime(), covered, points: card.keyPoints.length, selfRating: m.selfRating, peerRating: m.peerRating } },
      { kind: 'reviewCard', record: next },
    );
    const minutes = session ? Math.max(1, Math.round((session.end - session.start) / 60_000)) : 0;
    this.view = {
      ...this.view,
      status: 'done',
      endedAt: session?.end ?? now.getTime(),
      summary: `Saved: ${covered.length} of ${card.keyPoints.length} key points, rated ${m.selfRating}${m.peerRating ? `, peer ${m.peerRating}/5` : ''}. ${minutes} min of GSS · oral recitation. This concept comes back ${new Date(next.due).toLocaleDateString()}.`,
    };
    return true;
  }

  get current(): RecitationView | undefined {
    return this.view;
  }

  protected pageMessage(): HostToRecitation | undefined {
    return this.view ? { type: 'view', view: this.view } : undefined;
  }
}
