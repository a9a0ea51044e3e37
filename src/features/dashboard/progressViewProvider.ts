import * as vscode from 'vscode';
import { READINESS, TRACK_LABELS } from '../../core/method/targets';
import type { ProblemBank } from '../../core/problems/problemBank';
import { CATEGORIES, CATEGORY_LABELS, computeSplit } from '../../core/split/split';
import { dayKey, dayKeyDaysAgo } from '../../core/tracking/timeline';
import { progressToHostSchema, type HostToProgress, type ProgressAction, type ProgressState } from '../../webview/progress/protocol';
import { sessionMinutes, splitTargets } from '../settings';
import type { StoreService } from '../store/storeService';
import type { TrackPreference } from '../readiness/trackPreference';
import type { ReadinessStatus } from '../../core/readiness/status';
import { renderWebviewHtml, webviewResourceRoots } from '../webviewHtml';

const ACTION_COMMANDS: Record<ProgressAction, [string, ...unknown[]]> = {
  chooseTrack: ['mlReps.chooseTrack'],
  openProblem: ['mlReps.openProblem'],
  openProblems: ['mlReps.problems.focus'],
  openWalkthrough: ['mlReps.openWalkthrough'],
  startTimer: ['mlReps.startTimer'],
  logSession: ['mlReps.logSession'],
  startCodingCheck: ['mlReps.startCodingCheck'],
  startNonCodingCheck: ['mlReps.startNonCodingCheck'],
  reviewQuestions: ['mlReps.reviewQuestions'],
  showReadiness: ['mlReps.showReadiness'],
  showDashboard: ['mlReps.showDashboard'],
  stopTimer: ['mlReps.stopTimer'],
};

/** The compact Progress view in the ML Reps sidebar. It renders what the core computes; it computes nothing. */
export class ProgressViewProvider implements vscode.WebviewViewProvider {
  static readonly viewId = 'mlReps.progress';
  private view: vscode.WebviewView | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly track: TrackPreference,
    private readonly bank: () => ProblemBank,
    private readonly store: StoreService,
    private readonly readiness: () => { status: ReadinessStatus; due: number } | undefined,
    private readonly activeTimer: () => string | null,
    private readonly log: vscode.LogOutputChannel,
    private readonly syncLine: () => string | null = () => null,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: webviewResourceRoots(this.extensionUri) };
    view.webview.html = renderWebviewHtml(view.webview, this.extensionUri, { title: 'ML Reps Progress', script: 'progress' });
    view.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw));
    view.onDidChangeVisibility(() => view.visible && this.refresh());
    view.onDidDispose(() => (this.view = undefined));
  }

  /** Re-sends the state; a no-op while the view is closed or hidden. */
  refresh(): void {
    if (this.view?.visible) void this.state().then((state) => this.post({ type: 'state', state }));
  }

  private onMessage(raw: unknown): void {
    const parsed = progressToHostSchema.safeParse(raw);
    if (!parsed.success) {
      this.log.warn(`Progress view: ignored a malformed message (${parsed.error.issues[0]?.message ?? 'invalid'})`);
      return;
    }
    const message = parsed.data;
    if (message.type === 'ready') this.refresh();
    else void vscode.commands.executeCommand(...ACTION_COMMANDS[message.action]);
  }

  private async state(): Promise<ProgressState> {
    const store = await this.store.get();
    const track = this.track.get();
    const now = Date.now();
    const today = store?.categoryTotals(dayKey(now), dayKey(now)) ?? new Map();
    const week = computeSplit(store?.categoryTotals(dayKeyDaysAgo(now, 6), dayKey(now)) ?? new Map(), splitTargets(), { sessionMinutes: sessionMinutes(), windowLabel: 'the last 7 days' });
    const min = (ms: number | undefined) => Math.round((ms ?? 0) / 60_000);
    return {
      track: track ? { id: track, label: TRACK_LABELS[track] } : null,
      today: CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], minutes: min(today.get(c)) })),
      todayTotal: min([...today.values()].reduce((a, b) => a + b, 0)),
      week: {
        total: Math.round(week.totalMinutes),
        bars: [
          { label: 'ISS', minutes: week.iss.minutes, share: week.iss.share, target: week.iss.target },
          { label: 'GSS', minutes: week.gss.minutes, share: week.gss.share, target: week.gss.target },
          { label: 'ISS · problem sets', minutes: week.problemSets.minutes, share: week.problemSets.share, target: week.problemSets.target },
          { label: 'ISS · information gathering', minutes: week.informationGathering.minutes, share: week.informationGathering.share, target: week.informationGathering.target },
          { label: 'GSS · oral recitation', minutes: week.oralRecitation.minutes, share: week.oralRecitation.share, target: week.oralRecitation.target },
          { label: 'GSS · group problem set', minutes: week.groupProblemSet.minutes, share: week.groupProblemSet.share, target: week.groupProblemSet.target },
        ],
      },
      recommendation: week.recommendation,
      readiness: this.readinessState(),
      problemCount: this.bank().problems.length,
      storeAvailable: !!store,
      timer: this.activeTimer(),
      sync: this.syncLine(),
    };
  }

  private readinessState(): ProgressState['readiness'] {
    const r = this.readiness();
    const fmt = (c: { score: number | null; total: number } | null) => (c ? `${c.score}/${c.total}` : 'none yet');
    return {
      rule: [
        `Coding: solve at least ${READINESS.coding.pass} of ${READINESS.coding.sample} random problems.`,
        `Non-coding: answer at least ${READINESS.nonCoding.pass} of ${READINESS.nonCoding.sample} random questions with no help.`,
      ],
      ready: r?.status.ready ?? false,
      headline: r?.status.headline ?? 'Choose a track to start the readiness checks.',
      reasons: r?.status.reasons ?? [],
      latest: r ? `Latest coding check: ${fmt(r.status.latestCoding)} · non-coding: ${fmt(r.status.latestNonCoding)}` : '',
      weakest: r?.status.weakestTopics ?? [],
      dueCards: r?.due ?? 0,
    };
  }

  private post(message: HostToProgress): Thenable<boolean> | undefined {
    return this.view?.webview.postMessage(message);
  }
}
