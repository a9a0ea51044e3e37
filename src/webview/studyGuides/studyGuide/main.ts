import type { HostToStudyGuide, StudyGuideToHost, StudyGuideView } from './protocol';
import { el } from '../../shared/dom';
import { vscodeButton } from '../../shared/elements';
import { connectToHost } from '../../shared/host';

// The host answers `ready` with the page's view, and sends a new one whenever it changes.
const vscode = connectToHost<StudyGuideToHost, HostToStudyGuide>('view', (message) => render(message.view));
const root = document.getElementById('root') as HTMLElement;

/** Text with `code` spans, as text nodes only (nothing is parsed as HTML). */
function rich(text: string): Node[] {
  return text.split(/(`[^`]+`)/).filter(Boolean).map((part) => (part.startsWith('`') && part.endsWith('`') ? el('code', {}, part.slice(1, -1)) : document.createTextNode(part)));
}

function render(view: StudyGuideView): void {
  const parts: Node[] = [el('h1', {}, view.title), el('p', { className: 'muted' }, view.topics), el('p', { className: 'muted guide-note' }, view.note)];
  const know = el('section', { className: 'card' }, el('h2', {}, 'What to know'));
  for (const s of view.whatToKnow) {
    know.append(el('h3', {}, s.heading), el('ul', {}, ...s.points.map((p) => el('li', {}, ...rich(p)))));
  }
  parts.push(know);
  const res = el('section', { className: 'card' }, el('h2', {}, 'Read or watch'));
  const list = el('ol', { className: 'resources' });
  view.resources.forEach((r, i) => {
    const open = vscodeButton(r.visited ? 'Open again' : 'Open', () => vscode.postMessage({ type: 'openResource', index: i }), { secondary: r.visited, icon: 'link-external', label: `Open ${r.title} (${r.section}) in your browser` });
    list.append(el('li', {}, el('strong', {}, r.title), ` — ${r.authors}. `, el('em', {}, r.work), `. ${r.section} (${r.length}). `, open, r.visited ? el('span', { className: 'muted' }, ' visited') : ''));
  });
  res.append(list);
  parts.push(res);
  const practice = el('section', { className: 'card' }, el('h2', {}, 'Practise it'));
  if (view.practice.problems.length) {
    practice.append(el('h3', {}, 'Problems'), el('div', { className: 'actions' }, ...view.practice.problems.map((p) => vscodeButton(p.title, () => vscode.postMessage({ type: 'openProblem', problemId: p.id }), { secondary: true, icon: 'go-to-file' }))));
  }
  if (view.practice.questions) {
    practice.append(el('h3', {}, 'Questions'), vscodeButton(`Practice quiz on this topic (${view.practice.questions} linked questions)`, () => vscode.postMessage({ type: 'practiceQuiz' }), { secondary: true, icon: 'checklist' }));
  }
  if (view.practice.cards.length) {
    practice.append(el('h3', {}, 'Explain it out loud'), el('div', { className: 'actions' }, ...view.practice.cards.map((c) => vscodeButton(c.title, () => vscode.postMessage({ type: 'recite', cardId: c.id }), { secondary: true, icon: 'mic' }))));
  }
  parts.push(practice);
  root.replaceChildren(...parts);
}

// Reading is counted like editing: the reader's own scrolling, typing and pointer moves, at most one report every 5 s.
let lastReport = 0;
const report = () => {
  const now = Date.now();
  if (now - lastReport < 5000) return;
  lastReport = now;
  vscode.postMessage({ type: 'activity' });
};
for (const type of ['scroll', 'wheel', 'keydown', 'pointermove', 'pointerdown']) window.addEventListener(type, report, { passive: true });
