import type { ReviewRating } from '../../../core/domain';
import type { HostToRecitation, RecitationToHost, RecitationView } from './protocol';
import { el } from '../../shared/dom';
import { vscodeButton } from '../../shared/elements';
import { connectToHost } from '../../shared/host';

// The host answers `ready` with the page's view, and sends a new one whenever it changes.
const vscode = connectToHost<RecitationToHost, HostToRecitation>('view', (message) => render(message.view));
const root = document.getElementById('root') as HTMLElement;
let view: RecitationView | undefined;

const RATINGS = [
  ['again', "Couldn't explain it"],
  ['hard', 'Shaky'],
  ['good', 'Solid'],
  ['easy', 'Interview-ready'],
] as const;

function clockText(v: RecitationView): string {
  const s = Math.max(0, Math.floor(((v.endedAt ?? Date.now()) - v.startedAt) / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

function render(v: RecitationView): void {
  view = v;
  const clock = el('div', { className: 'clock', id: 'clock' }, clockText(v));
  clock.setAttribute('role', 'timer');
  clock.setAttribute('aria-label', 'Time reciting');
  const parts: Node[] = [
    el('div', { className: 'recite-head' }, el('span', { className: 'muted' }, `Oral recitation · ${v.topic}`), clock),
    el('h1', { className: 'recite-title' }, v.title),
    el('p', { className: 'recite-prompt' }, v.prompt),
  ];
  const points = el('fieldset', { className: 'points' }, el('legend', {}, 'A good answer covers (tick what was covered)'));
  v.keyPoints.forEach((p, i) => {
    const box = el('input', { type: 'checkbox', id: `point-${i}`, disabled: v.status === 'done' });
    box.dataset.index = String(i);
    points.append(el('div', { className: 'point' }, box, el('label', { htmlFor: `point-${i}` }, p)));
  });
  parts.push(points);
  parts.push(el('h2', {}, 'Follow-up questions an interviewer might ask'), el('ol', { className: 'followups' }, ...v.followUps.map((f) => el('li', {}, f))));
  if (v.status === 'reciting') {
    const rating = el('fieldset', { className: 'rating' }, el('legend', {}, 'How was the explanation?'));
    RATINGS.forEach(([id, label], i) => {
      const r = el('input', { type: 'radio', name: 'self', value: id, id: `self-${id}`, checked: id === 'good' });
      rating.append(el('label', { htmlFor: `self-${id}`, className: 'radio' }, r, ` ${i + 1} ${label}`));
    });
    const peer = el('select', { id: 'peer' }, el('option', { value: '' }, 'no peer rating'), ...[1, 2, 3, 4, 5].map((n) => el('option', { value: String(n) }, `${n} / 5`)));
    const finish = vscodeButton('Finish and save', () => {
      const covered = [...root.querySelectorAll<HTMLInputElement>('.points input:checked')].map((b) => Number(b.dataset.index));
      const self = (root.querySelector<HTMLInputElement>('input[name=self]:checked')?.value ?? 'good') as ReviewRating;
      vscode.postMessage({ type: 'finish', covered, selfRating: self, peerRating: peer.value ? Number(peer.value) : null });
    }, { icon: 'save' });
    parts.push(rating, el('p', {}, el('label', { htmlFor: 'peer' }, "Peer's rating: "), peer), el('div', { className: 'actions' }, finish));
  } else {
    const again = vscodeButton('Another concept', () => vscode.postMessage({ type: 'another' }), { icon: 'refresh' });
    const summary = el('p', { className: 'recommendation', id: 'summary' }, v.summary ?? '');
    summary.setAttribute('role', 'status');
    parts.push(summary, el('div', { className: 'actions' }, again));
  }
  root.replaceChildren(...parts);
}

window.setInterval(() => {
  const c = document.getElementById('clock');
  if (c && view) c.textContent = clockText(view);
}, 1000);
window.addEventListener('keydown', (e) => {
  const n = Number(e.key);
  if (view?.status === 'reciting' && n >= 1 && n <= 4 && !(e.target instanceof HTMLSelectElement)) {
    const r = document.getElementById(`self-${RATINGS[n - 1][0]}`) as HTMLInputElement | null;
    if (r) r.checked = true;
  }
});
