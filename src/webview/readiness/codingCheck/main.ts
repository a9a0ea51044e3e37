import type { CodingCheckToHost, CodingCheckView, HostToCodingCheck } from './protocol';
import { el } from '../../shared/dom';
import { vscodeButton } from '../../shared/elements';
import { connectToHost } from '../../shared/host';

// The host answers `ready` with the page's view, and sends a new one whenever it changes.
const vscode = connectToHost<CodingCheckToHost, HostToCodingCheck>('view', (message) => render(message.view));
const root = document.getElementById('root') as HTMLElement;
let current: CodingCheckView | undefined;

function elapsed(from: number, to: number): string {
  const m = Math.floor((to - from) / 60_000);
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  return `${d ? `${d} d ` : ''}${h ? `${h} h ` : ''}${m % 60} min`;
}

function button(label: string, message: CodingCheckToHost, primary = false, icon?: string): HTMLElement {
  return vscodeButton(label, () => vscode.postMessage(message), { secondary: !primary, icon });
}

function render(view: CodingCheckView): void {
  current = view;
  const parts: Node[] = [el('h1', {}, `Coding readiness check (${view.passMark} of ${view.total} to pass)`)];
  const time = el('p', { className: 'muted', id: 'elapsed' });
  parts.push(time);
  parts.push(el('p', { className: 'check-rules' }, view.rules));
  parts.push(el('p', {}, 'Your files for this check: ', el('code', { className: 'check-folder' }, view.folder)));
  parts.push(el('p', { className: 'check-seen' }, view.seen));
  if (view.status !== 'open') {
    const verdict = (view.score ?? 0) >= view.passMark ? 'Passed' : 'Not yet';
    const score = el('p', { className: `score ${verdict === 'Passed' ? 'pass' : 'fail'}` }, view.status === 'abandoned' ? 'Abandoned (not scored)' : `${view.score} / ${view.total} — ${verdict}`);
    score.setAttribute('role', 'status');
    parts.push(score);
  } else {
    parts.push(el('p', {}, `Solved during this check: ${view.solved} of ${view.total}. A problem counts when all its visible and hidden tests pass while the check is open. There is no time limit.`));
  }
  const table = el('table', { className: 'targets check-list' });
  table.append(el('caption', {}, 'The problems drawn for this check'));
  table.append(el('tr', {}, el('th', {}, 'Problem'), el('th', {}, 'Topic'), el('th', {}, 'Difficulty'), el('th', {}, view.confirming ? 'Rule kept?' : 'Status')));
  for (const item of view.items) {
    let statusCell: Node;
    if (view.confirming && item.solved) {
      const box = el('input', { type: 'checkbox', checked: true, id: `confirm-${item.id}` });
      box.dataset.problem = item.id;
      statusCell = el('label', { htmlFor: `confirm-${item.id}` }, box, ' confirmed');
    } else {
      statusCell = document.createTextNode(item.solved ? (view.status === 'completed' ? (item.confirmed ? '✔ counted' : '✔ solved, not confirmed') : '✔ solved') : '—');
    }
    const name: Node = view.status === 'open' && !view.confirming ? button(item.title, { type: 'open', problemId: item.id }) : document.createTextNode(item.title);
    table.append(el('tr', { className: item.solved ? 'solved' : '' }, el('td', {}, name), el('td', {}, item.topic), el('td', {}, item.difficulty), el('td', {}, statusCell)));
  }
  parts.push(table);
  if (view.status === 'open') {
    if (view.confirming) {
      parts.push(el('p', { className: 'recommendation' }, view.rule));
      const submit = vscodeButton('Confirm and finish', () => {
        const ids = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-problem]')].filter((b) => b.checked).map((b) => b.dataset.problem as string);
        vscode.postMessage({ type: 'confirm', problemIds: ids });
      }, { icon: 'check-all' });
      parts.push(el('div', { className: 'actions' }, submit, button('Back', { type: 'cancelFinish' })));
    } else {
      parts.push(el('div', { className: 'actions' }, button('Finish check…', { type: 'finish' }, true, 'pass'), button('Abandon check', { type: 'abandon' }, false, 'trash')));
    }
  }
  root.replaceChildren(...parts);
  tick();
}

function tick(): void {
  const view = current;
  const node = document.getElementById('elapsed');
  if (!view || !node) return;
  node.textContent = `${view.status === 'open' ? 'Open for' : 'Took'} ${elapsed(view.startedAt, view.finishedAt ?? Date.now())} · started ${new Date(view.startedAt).toLocaleString()}`;
}

const clock = window.setInterval(tick, 30_000);
window.addEventListener('unload', () => window.clearInterval(clock));
