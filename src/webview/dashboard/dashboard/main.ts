import type { Bar, DashboardState, DashboardToHost, HostToDashboard, SplitWindow, WindowId } from './protocol';
import { vscodeBadge, vscodeButton } from '../../shared/elements';
import { el, shareBar } from '../../shared/dom';
import { connectToHost } from '../../shared/host';

// The host answers `ready` with the page's state, and sends a new one whenever it changes.
const vscode = connectToHost<DashboardToHost, HostToDashboard>('state', (message) => render(message.state));
const root = document.getElementById('root') as HTMLElement;
const SVG = 'http://www.w3.org/2000/svg';
let state: DashboardState | undefined;
let windowId: WindowId = ((vscode.getState() as { windowId?: WindowId } | undefined)?.windowId) ?? '7d';
let firstRender = true;

function svg(tag: string, attrs: Record<string, string | number>, ...children: Node[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}
const pct = (x: number) => `${Math.round(x * 100)}%`;
const mins = (m: number) => (m >= 60 ? `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min` : `${m} min`);
const ICONS: Partial<Record<string, string>> = {
  openProblem: 'go-to-file', nextProblem: 'sparkle', startTimer: 'watch', startCodingCheck: 'checklist', startNonCodingCheck: 'question',
  reviewQuestions: 'history', logSession: 'history', openWalkthrough: 'book', openStudyGuide: 'book', chooseTrack: 'account', editSession: 'edit', deleteSession: 'trash',
};
const action = (label: string, message: DashboardToHost, primary = false) =>
  vscodeButton(label, () => vscode.postMessage(message), { secondary: !primary, icon: ICONS[message.type === 'action' ? message.action : message.type] });

function iconButton(icon: string, label: string, message: DashboardToHost): HTMLElement {
  const b = vscodeButton('', () => vscode.postMessage(message), { secondary: true, icon, label });
  b.setAttribute('title', label);
  b.classList.add('icon-only');
  return b;
}

function section(title: string, ...children: Node[]): HTMLElement {
  const id = `h-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  const s = el('section', { className: 'card' }, el('h2', { id }, title), ...children);
  s.setAttribute('aria-labelledby', id);
  return s;
}

function bar(b: Bar): HTMLElement {
  return shareBar(b, `${mins(b.minutes)} · ${pct(b.share)}`);
}

function splitSection(s: DashboardState): HTMLElement {
  const tabs = el('div', { className: 'tabs' });
  tabs.setAttribute('role', 'tablist');
  tabs.setAttribute('aria-label', 'Time window');
  const ids = s.windows.map((w) => w.id);
  for (const w of s.windows) {
    const tab = el('button', { type: 'button', className: `tab ${w.id === windowId ? 'active' : ''}`, id: `tab-${w.id}`, tabIndex: w.id === windowId ? 0 : -1 }, w.label);
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-selected', String(w.id === windowId));
    tab.addEventListener('click', () => selectWindow(w.id));
    tab.addEventListener('keydown', (e) => {
      const i = ids.indexOf(windowId);
      const next = e.key === 'ArrowRight' ? ids[(i + 1) % ids.length] : e.key === 'ArrowLeft' ? ids[(i + ids.length - 1) % ids.length] : undefined;
      if (next) {
        e.preventDefault();
        selectWindow(next);
        document.getElementById(`tab-${next}`)?.focus();
      }
    });
    tabs.append(tab);
  }
  const w = s.windows.find((x) => x.id === windowId) as SplitWindow;
  const panel = el('div', { className: 'tabpanel' });
  panel.setAttribute('role', 'tabpanel');
  panel.setAttribute('aria-labelledby', `tab-${w.id}`);
  panel.append(el('p', { className: 'total' }, `${w.label}: `, el('strong', { className: 'figure', id: 'window-total' }, mins(w.totalMinutes))));
  for (const g of w.groups) panel.append(el('h3', {}, g.title), ...g.bars.map(bar));
  return section('Study split against the method', tabs, panel);
}

function selectWindow(id: WindowId): void {
  windowId = id;
  vscode.setState({ windowId });
  if (state) render(state);
}

function nextSection(s: DashboardState): HTMLElement {
  const buttons = el('div', { className: 'actions' });
  if (s.next.category === 'iss.problemSets') buttons.append(action('Open the next recommended problem', { type: 'action', action: 'nextProblem' }, true));
  else if (s.next.category === 'iss.informationGathering') buttons.append(action('Open the study guide of your weakest topic', { type: 'action', action: 'openStudyGuide' }, true));
  else buttons.append(action(`Start a ${s.next.label} timer`, { type: 'action', action: 'startTimer', category: s.next.category }, true));
  buttons.append(action('Open a problem…', { type: 'action', action: 'openProblem' }), action('Log a session…', { type: 'action', action: 'logSession' }));
  return section('Next session', el('p', { className: 'recommendation' }, s.next.text), buttons);
}

function checksChart(s: DashboardState): Node[] {
  const r = s.readiness;
  const W = 560;
  const H = 170;
  const pad = { l: 36, r: 12, t: 10, b: 22 };
  const y = (f: number) => pad.t + (1 - f) * (H - pad.t - pad.b);
  const n = Math.max(1, r.checks.length - 1);
  const x = (i: number) => pad.l + (i / n) * (W - pad.l - pad.r);
  const parts: SVGElement[] = [];
  for (const f of [0, 0.5, 1]) parts.push(svg('text', { x: 4, y: y(f) + 4, class: 'axis' }, document.createTextNode(pct(f))));
  const line = (f: number, label: string, cls: string) => {
    parts.push(svg('line', { x1: pad.l, x2: W - pad.r, y1: y(f), y2: y(f), class: `threshold ${cls}` }));
    parts.push(svg('text', { x: W - pad.r - 4, y: y(f) - 3, class: `axis ${cls}`, 'text-anchor': 'end' }, document.createTextNode(label)));
  };
  line(r.codingPass / r.codingTotal, `coding ${r.codingPass}/${r.codingTotal}`, 'coding');
  line(r.nonCodingPass / r.nonCodingTotal, `non-coding ${r.nonCodingPass}/${r.nonCodingTotal}`, 'noncoding');
  for (const kind of ['coding', 'noncoding'] as const) {
    const pts = r.checks.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === kind);
    if (pts.length > 1) parts.push(svg('polyline', { points: pts.map(({ c, i }) => `${x(i)},${y(c.score / c.total)}`).join(' '), class: `series ${kind}` }));
    for (const { c, i } of pts) {
      const shape = kind === 'coding' ? svg('circle', { cx: x(i), cy: y(c.score / c.total), r: 4, class: `point ${kind}` }) : svg('rect', { x: x(i) - 4, y: y(c.score / c.total) - 4, width: 8, height: 8, class: `point ${kind}` });
      shape.append(svg('title', {}, document.createTextNode(`${kind === 'coding' ? 'Coding' : 'Non-coding'} ${c.score}/${c.total} on ${new Date(c.at).toLocaleDateString()}`)));
      parts.push(shape);
    }
  }
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': `Readiness checks over time: ${r.checks.length} completed; pass lines at ${r.codingPass}/${r.codingTotal} (coding) and ${r.nonCodingPass}/${r.nonCodingTotal} (non-coding).` }, ...parts);
  const table = el('table', { className: 'targets' }, el('caption', {}, 'Readiness checks (table)'), el('tr', {}, el('th', {}, 'Date'), el('th', {}, 'Check'), el('th', {}, 'Score'), el('th', {}, 'Result')));
  for (const c of r.checks) table.append(el('tr', {}, el('td', {}, new Date(c.at).toLocaleDateString()), el('td', {}, c.kind === 'coding' ? 'Coding' : 'Non-coding'), el('td', { className: 'figure' }, `${c.score}/${c.total}`), el('td', {}, c.passed ? 'passed' : 'not yet')));
  return [chart, el('details', {}, el('summary', {}, 'Show the checks as a table'), table)];
}

function readinessSection(s: DashboardState): HTMLElement {
  const r = s.readiness;
  const head = el('p', { className: `readiness big ${r.ready ? 'ready' : 'not-ready'}`, id: 'readiness-headline' }, r.ready ? '✔ Ready to apply' : '○ Not yet');
  head.setAttribute('role', 'status');
  const body: Node[] = [head, el('p', { className: 'muted' }, r.headline)];
  body.push(el('p', {}, 'Latest coding check: ', el('strong', { className: 'figure', id: 'latest-coding' }, r.latestCoding), ' · non-coding: ', el('strong', { className: 'figure', id: 'latest-noncoding' }, r.latestNonCoding)));
  if (r.reasons.length) body.push(el('ul', {}, ...r.reasons.map((x) => el('li', {}, x))));
  if (r.checks.length) body.push(...checksChart(s));
  else body.push(el('p', { className: 'muted' }, 'No completed checks yet.'));
  const review = action('Review questions', { type: 'action', action: 'reviewQuestions' });
  review.append(' ', vscodeBadge(String(s.dueCards)));
  review.setAttribute('aria-label', `Review questions, ${s.dueCards} due`);
  body.push(el('div', { className: 'actions' }, action('Start a coding check', { type: 'action', action: 'startCodingCheck' }), action('Start a non-coding check', { type: 'action', action: 'startNonCodingCheck' }), review));
  return section('Readiness', ...body);
}

function heatmapSection(s: DashboardState): HTMLElement {
  const { days, maxMinutes, streak, totalMinutes } = s.heatmap;
  const cell = 12;
  const gap = 3;
  const first = new Date(`${days[0].day}T12:00:00`).getDay();
  const parts: SVGElement[] = [];
  days.forEach((d, i) => {
    const slot = i + first;
    const level = d.minutes === 0 ? 0 : Math.min(4, 1 + Math.floor((d.minutes / Math.max(1, maxMinutes)) * 3.999));
    const rect = svg('rect', { x: Math.floor(slot / 7) * (cell + gap), y: (slot % 7) * (cell + gap), width: cell, height: cell, rx: 2, class: `heat l${level}` });
    rect.append(svg('title', {}, document.createTextNode(`${d.day}: ${mins(d.minutes)}`)));
    parts.push(rect);
  });
  const weeks = Math.ceil((days.length + first) / 7);
  const chart = svg('svg', { viewBox: `0 0 ${weeks * (cell + gap)} ${7 * (cell + gap)}`, class: 'heatmap', role: 'img', 'aria-label': `Study minutes per day for the last 26 weeks: ${mins(totalMinutes)} in all; current streak ${streak} days.` }, ...parts);
  const weekly = el('table', { className: 'targets' }, el('caption', {}, 'Minutes per week (table)'), el('tr', {}, el('th', {}, 'Week starting'), el('th', {}, 'Minutes')));
  for (let i = 0; i < days.length; i += 7) weekly.append(el('tr', {}, el('td', {}, days[i].day), el('td', { className: 'figure' }, String(days.slice(i, i + 7).reduce((a, d) => a + d.minutes, 0)))));
  return section('Last 26 weeks', el('p', {}, 'Current streak: ', el('strong', { className: 'figure', id: 'streak' }, `${streak} day${streak === 1 ? '' : 's'}`), ` · ${mins(totalMinutes)} in all`), chart, el('details', {}, el('summary', {}, 'Show as a table'), weekly));
}

function masterySection(s: DashboardState): HTMLElement {
  const table = el('table', { className: 'targets mastery' }, el('caption', {}, 'Weakest topics first'), el('tr', {}, el('th', {}, 'Topic'), el('th', {}, 'Kind'), el('th', {}, 'Progress'), el('th', {}, 'Solved / right')));
  for (const m of s.mastery) {
    const progress = m.kind === 'problems' ? `${m.solved} solved · ${m.attempted} attempted · ${m.total} total` : `${m.solved}/${m.attempted} answers right · ${m.total} questions`;
    table.append(el('tr', {}, el('th', { scope: 'row' }, m.topic), el('td', {}, m.kind), el('td', {}, progress), el('td', { className: 'figure' }, m.accuracy === null ? '—' : pct(m.accuracy))));
  }
  return section('Mastery by topic', table);
}

function recentSection(s: DashboardState): HTMLElement {
  if (!s.recent.length) return section('Recent sessions', el('p', { className: 'muted' }, 'No sessions yet.'));
  const table = el('table', { className: 'targets' }, el('tr', {}, el('th', {}, 'When'), el('th', {}, 'Category'), el('th', {}, 'Minutes'), el('th', {}, 'Source'), el('th', {}, 'Note'), el('th', {}, '')));
  for (const r of s.recent) {
    // Icon buttons side by side, each with an accessible name (and a tooltip) saying which session it acts on.
    const when = new Date(r.when).toLocaleString();
    const edit = iconButton('edit', `Edit the ${r.label} session of ${when}`, { type: 'editSession', id: r.id });
    const del = iconButton('trash', `Delete the ${r.label} session of ${when}`, { type: 'deleteSession', id: r.id });
    table.append(el('tr', {}, el('td', {}, new Date(r.when).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })), el('td', {}, r.label), el('td', { className: 'figure' }, String(r.minutes)), el('td', {}, r.source), el('td', {}, r.note), el('td', { className: 'row-actions' }, edit, del)));
  }
  return section('Recent sessions', table);
}

function emptyState(s: DashboardState): HTMLElement {
  return section(
    'Welcome to ML Reps',
    el('p', {}, 'Nothing recorded yet. Start here:'),
    el('ol', {}, el('li', {}, s.track ? `Your track: ${s.track}.` : 'Choose your track (data scientist is recommended for newcomers).'), el('li', {}, 'Open a problem and run its tests: that time counts as ISS problem sets automatically.'), el('li', {}, 'Time your reading, recitation and group sessions with a timer.')),
    el('div', { className: 'actions' }, ...(s.track ? [] : [action('Choose track', { type: 'action', action: 'chooseTrack' }, true)]), action('Open a problem…', { type: 'action', action: 'openProblem' }, !!s.track), action('Open the walkthrough', { type: 'action', action: 'openWalkthrough' })),
  );
}

function render(s: DashboardState): void {
  state = s;
  const parts: Node[] = [el('h1', {}, 'ML Reps dashboard', s.track ? el('span', { className: 'muted track' }, ` · ${s.track}`) : '')];
  if (s.empty) parts.push(emptyState(s));
  if (s.sync) parts.push(el('p', { className: 'muted sync-status' }, s.sync));
  parts.push(el('div', { className: 'grid' }, splitSection(s), nextSection(s), readinessSection(s), heatmapSection(s), masterySection(s), recentSection(s)));
  root.replaceChildren(...parts);
  if (firstRender) {
    firstRender = false;
    performance.mark('mlreps-dashboard-rendered');
    vscode.postMessage({ type: 'rendered', ms: performance.now() });
  }
}
