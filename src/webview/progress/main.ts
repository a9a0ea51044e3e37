import type { HostToProgress, ProgressState, ProgressToHost } from './protocol';

declare function acquireVsCodeApi(): { postMessage(message: ProgressToHost): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function actionButton(label: string, action: ProgressToHost & { type: 'action' }, secondary = false): HTMLButtonElement {
  const button = el('button', { type: 'button', className: secondary ? 'secondary' : '' }, label);
  button.addEventListener('click', () => vscode.postMessage(action));
  return button;
}

function render(state: ProgressState): void {
  const parts: Node[] = [];
  if (state.track) {
    parts.push(el('p', { className: 'track' }, 'Track: ', el('strong', {}, state.track.label)));
  } else {
    parts.push(el('p', {}, 'Start by choosing your track. New to ML interviews? Data scientist is the recommended first track.'));
    parts.push(actionButton('Choose track', { type: 'action', action: 'chooseTrack' }));
  }
  const table = el('table', { className: 'targets' });
  table.setAttribute('aria-label', 'Study time targets');
  table.append(el('caption', {}, 'Study-time targets'));
  for (const t of state.targets) {
    table.append(el('tr', {}, el('th', { scope: 'row' }, t.label), el('td', {}, `${t.percent}%`)));
  }
  parts.push(table);
  parts.push(el('h3', {}, 'Ready to apply when'));
  parts.push(el('ul', {}, el('li', {}, state.readiness.coding), el('li', {}, state.readiness.nonCoding)));
  parts.push(el('p', { className: 'muted' }, `${state.problemCount} problems in the bank.`));
  parts.push(
    el('div', { className: 'actions' },
      actionButton('Browse problems', { type: 'action', action: 'openProblems' }, true),
      actionButton('Get started', { type: 'action', action: 'openWalkthrough' }, true)),
  );
  root.replaceChildren(...parts);
}

window.addEventListener('message', (event: MessageEvent<HostToProgress>) => {
  const message = event.data;
  if (message && message.type === 'state') render(message.state);
});

vscode.postMessage({ type: 'ready' });
