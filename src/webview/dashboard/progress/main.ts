import type { HostToProgress, ProgressState, ProgressToHost, SplitBar } from './protocol';
import { vscodeButton } from '../../shared/elements';
import { el, shareBar } from '../../shared/dom';
import { connectToHost } from '../../shared/host';

// The host answers `ready` with the page's state, and sends a new one whenever it changes.
const vscode = connectToHost<ProgressToHost, HostToProgress>('state', (message) => render(message.state));
const root = document.getElementById('root') as HTMLElement;

const ICONS: Partial<Record<string, string>> = {
  openProblem: 'go-to-file', showDashboard: 'dashboard', startTimer: 'watch', stopTimer: 'debug-stop', logSession: 'history',
  startCodingCheck: 'checklist', startNonCodingCheck: 'question', reviewQuestions: 'history', showReadiness: 'pass', chooseTrack: 'account',
};

function actionButton(label: string, action: ProgressToHost & { type: 'action' }, secondary = false): HTMLElement {
  return vscodeButton(label, () => vscode.postMessage(action), { secondary, icon: ICONS[action.action] });
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function splitBar(bar: SplitBar): HTMLElement {
  return shareBar(bar, `${Math.round(bar.minutes)} min · ${pct(bar.share)}`);
}

function render(state: ProgressState): void {
  const parts: Node[] = [];
  if (state.track) {
    parts.push(el('p', { className: 'track' }, 'Track: ', el('strong', {}, state.track.label)));
  } else {
    parts.push(el('p', {}, 'Start by choosing your track. New to ML interviews? Data scientist is the recommended first track.'));
    parts.push(actionButton('Choose track', { type: 'action', action: 'chooseTrack' }));
  }
  if (!state.storeAvailable) parts.push(el('p', { className: 'warning' }, 'Study time is not being saved: the database could not be opened. See "ML Reps: Show Log".'));

  if (state.sync) parts.push(el('p', { className: 'muted sync-status' }, state.sync));
  if (state.timer) parts.push(el('p', { className: 'recommendation' }, `Timer running: ${state.timer}`, ' ', actionButton('Stop timer', { type: 'action', action: 'stopTimer' })));
  parts.push(el('h3', {}, `Today: ${state.todayTotal} min`));
  const today = el('table', { className: 'targets' });
  today.setAttribute('aria-label', 'Minutes studied today by category');
  for (const t of state.today) today.append(el('tr', {}, el('th', { scope: 'row' }, t.label), el('td', {}, `${t.minutes} min`)));
  parts.push(today);

  parts.push(el('h3', {}, `Last 7 days: ${state.week.total} min`));
  if (state.week.total === 0) parts.push(el('p', { className: 'muted' }, 'No study time in the last 7 days yet.'));
  else for (const bar of state.week.bars) parts.push(splitBar(bar));
  parts.push(el('p', { className: 'recommendation' }, state.recommendation));

  const r = state.readiness;
  parts.push(el('h3', {}, 'Readiness'));
  const headline = el('p', { className: `readiness ${r.ready ? 'ready' : 'not-ready'}` }, `${r.ready ? '✔' : '○'} ${r.headline}`);
  headline.setAttribute('role', 'status');
  parts.push(headline);
  if (r.latest) parts.push(el('p', { className: 'muted' }, r.latest));
  if (r.reasons.length) parts.push(el('ul', {}, ...r.reasons.map((x) => el('li', {}, x))));
  if (r.weakest.length) parts.push(el('p', {}, 'Weakest topics: ', el('strong', {}, r.weakest.join(', '))));
  parts.push(el('p', { className: 'muted' }, 'Ready to apply when:'));
  parts.push(el('ul', {}, ...r.rule.map((x) => el('li', {}, x))));
  parts.push(
    el('div', { className: 'actions' },
      actionButton('Coding check', { type: 'action', action: 'startCodingCheck' }, true),
      actionButton('Non-coding check', { type: 'action', action: 'startNonCodingCheck' }, true),
      actionButton(`Review (${r.dueCards} due)`, { type: 'action', action: 'reviewQuestions' }, true),
      actionButton('History', { type: 'action', action: 'showReadiness' }, true)),
  );
  parts.push(
    el('div', { className: 'actions' },
      actionButton('Open problem', { type: 'action', action: 'openProblem' }),
      actionButton('Dashboard', { type: 'action', action: 'showDashboard' }, true),
      state.timer ? actionButton('Stop timer', { type: 'action', action: 'stopTimer' }, true) : actionButton('Start timer', { type: 'action', action: 'startTimer' }, true),
      actionButton('Log session', { type: 'action', action: 'logSession' }, true),
      actionButton('Get started', { type: 'action', action: 'openWalkthrough' }, true)),
  );
  parts.push(el('p', { className: 'muted' }, `${state.problemCount} problems in the bank.`));
  root.replaceChildren(...parts);
}
