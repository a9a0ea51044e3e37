/** Small DOM helpers shared by the webviews. Text goes in as text nodes only: nothing is parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

import type { Bar } from '../../core/domain';
export type ShareBar = Bar;

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A bar with a target marker; the same figures are in its text and its ARIA label (screen readers, high contrast). */
export function shareBar(bar: ShareBar, figure: string): HTMLElement {
  const row = el('div', { className: 'split-row' });
  row.append(el('div', { className: 'split-label' }, el('span', {}, bar.label), el('span', { className: 'figure' }, figure), el('span', { className: 'muted' }, `target ${pct(bar.target)}`)));
  const track = el('div', { className: 'bar' });
  track.setAttribute('role', 'img');
  track.setAttribute('aria-label', `${bar.label}: ${figure} (target ${pct(bar.target)})`);
  const fill = el('div', { className: 'bar-fill' });
  fill.style.width = `${Math.min(100, bar.share * 100)}%`;
  const marker = el('div', { className: 'bar-target' });
  marker.style.left = `${bar.target * 100}%`;
  track.append(fill, marker);
  row.append(track);
  return row;
}
