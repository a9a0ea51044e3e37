import { REVIEW_RATINGS } from '../../../core/domain';
import type { HostToQuiz, QuizToHost, QuizView, ReviewItem } from './protocol';
import { el } from '../../shared/dom';
import { vscodeButton } from '../../shared/elements';
import { connectToHost } from '../../shared/host';

// The host answers `ready` with the page's view, and sends a new one whenever it changes.
const vscode = connectToHost<QuizToHost, HostToQuiz>('view', (message) => {
  if (message.view.type !== 'question' || current?.type !== 'question' || current.index !== message.view.index) selected = null;
  render(message.view);
});
const root = document.getElementById('root') as HTMLElement;
let current: QuizView | undefined;
let selected: number | null = null;

/** Text with `code spans` shown in monospace; built from text nodes only (never innerHTML). */
function rich(text: string, tag: 'p' | 'span' | 'div' = 'span', className = ''): HTMLElement {
  const node = el(tag, { className });
  text.split(/(`[^`]+`)/).forEach((part) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2) node.append(el('code', {}, part.slice(1, -1)));
    else if (part) node.append(document.createTextNode(part));
  });
  return node;
}

function header(view: { title: string }, progress?: { index: number; total: number }): Node[] {
  const parts: Node[] = [el('h1', {}, view.title)];
  if (progress) {
    const label = `Question ${progress.index + 1} of ${progress.total}`;
    const bar = el('progress', { max: progress.total, value: progress.index });
    bar.setAttribute('aria-label', label);
    parts.push(el('div', { className: 'quiz-progress' }, el('span', {}, label), bar));
  }
  return parts;
}

function optionList(options: string[], onPick: (i: number) => void, marks?: { chosen: number | null; correct: number }): HTMLElement {
  const list = el('div', { className: 'options' });
  list.setAttribute('role', marks ? 'list' : 'radiogroup');
  options.forEach((text, i) => {
    const state = marks ? (i === marks.correct ? 'correct' : i === marks.chosen ? 'wrong' : '') : i === selected ? 'selected' : '';
    const button = el('button', { type: 'button', className: `option ${state}`, disabled: !!marks });
    button.setAttribute('role', marks ? 'listitem' : 'radio');
    if (!marks) button.setAttribute('aria-checked', String(i === selected));
    const tag = marks ? (i === marks.correct ? ' ✔ correct' : i === marks.chosen ? ' ✘ your answer' : '') : '';
    button.append(el('span', { className: 'key' }, String(i + 1)), rich(text), el('span', { className: 'mark' }, tag));
    button.addEventListener('click', () => onPick(i));
    list.append(button);
  });
  return list;
}

function reviewBlock(item: ReviewItem, n?: number): HTMLElement {
  const ok = item.chosen === item.correct;
  const block = el('section', { className: `review ${ok ? 'ok' : 'missed'}` });
  block.append(el('h3', {}, `${n !== undefined ? `${n + 1}. ` : ''}${ok ? '✔' : '✘'} ${item.topic}`));
  block.append(rich(item.stem, 'p'));
  block.append(optionList(item.options, () => undefined, { chosen: item.chosen, correct: item.correct }));
  if (item.chosen === null) block.append(el('p', { className: 'muted' }, 'Not answered.'));
  block.append(rich(item.explanation, 'p', 'explanation'));
  return block;
}

function submit(): void {
  if (current?.type === 'question' && selected !== null) vscode.postMessage({ type: 'answer', index: current.index, choice: selected });
}

function render(view: QuizView): void {
  current = view;
  const parts: Node[] = [];
  if (view.type === 'question') {
    parts.push(...header(view, view));
    parts.push(el('p', { className: 'muted' }, view.topic));
    parts.push(rich(view.stem, 'p', 'stem'));
    parts.push(optionList(view.options, (i) => {
      selected = i;
      render(view);
    }));
    const submitButton = vscodeButton('Submit answer (Enter)', submit, { icon: 'check' }) as HTMLElement & { disabled: boolean };
    submitButton.disabled = selected === null;
    parts.push(el('div', { className: 'actions' }, submitButton));
    parts.push(el('p', { className: 'muted hint' }, view.hint));
  } else if (view.type === 'feedback') {
    parts.push(...header(view, view));
    parts.push(reviewBlock(view.item));
    const actions = el('div', { className: 'actions' });
    if (view.rate) {
      actions.append(el('span', { className: 'muted' }, 'How well did you know it? '));
      REVIEW_RATINGS.forEach((rating, i) => {
        actions.append(vscodeButton(`${i + 1} ${rating[0].toUpperCase()}${rating.slice(1)}`, () => vscode.postMessage({ type: 'rate', index: view.index, rating }), { secondary: rating !== 'good' }));
      });
    } else {
      actions.append(vscodeButton('Next (Enter)', () => vscode.postMessage({ type: 'next', index: view.index }), { icon: 'arrow-right' }));
    }
    parts.push(actions);
  } else if (view.type === 'result') {
    parts.push(...header(view));
    const verdict = view.passed === null ? '' : view.passed ? ' — Passed' : ' — Not yet';
    const score = el('p', { className: `score ${view.passed === false ? 'fail' : view.passed ? 'pass' : ''}` }, `${view.score} / ${view.total}${verdict}`);
    score.setAttribute('role', 'status');
    parts.push(score);
    if (view.passMark !== null) parts.push(el('p', { className: 'muted' }, `${view.passMark} of ${view.total} needed.`));
    parts.push(el('p', {}, view.note));
    const table = el('table', { className: 'targets' });
    table.append(el('caption', {}, 'Score by topic'));
    for (const t of view.perTopic) table.append(el('tr', {}, el('th', { scope: 'row' }, t.topic), el('td', {}, `${t.correct} / ${t.total}`)));
    parts.push(table);
    parts.push(el('h2', {}, 'Every question, with its explanation'));
    view.review.forEach((item, i) => parts.push(reviewBlock(item, i)));
  } else {
    parts.push(...header(view), el('p', {}, view.message));
  }
  root.replaceChildren(...parts);
  const focusTarget = root.querySelector<HTMLElement>('.option.selected, .actions vscode-button:not([secondary]):not([disabled]), .option');
  if (view.type !== 'result') focusTarget?.focus();
}

window.addEventListener('keydown', (e) => {
  if (!current || e.altKey || e.ctrlKey || e.metaKey) return;
  const n = Number(e.key);
  if (current.type === 'question') {
    if (n >= 1 && n <= current.options.length) {
      selected = n - 1;
      render(current);
      e.preventDefault();
    } else if (e.key === 'Enter') {
      submit();
      e.preventDefault();
    }
  } else if (current.type === 'feedback') {
    if (current.rate && n >= 1 && n <= 4) {
      vscode.postMessage({ type: 'rate', index: current.index, rating: REVIEW_RATINGS[n - 1] });
      e.preventDefault();
    } else if (!current.rate && e.key === 'Enter') {
      vscode.postMessage({ type: 'next', index: current.index });
      e.preventDefault();
    }
  }
});
