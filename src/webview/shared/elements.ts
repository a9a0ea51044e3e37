/**
 * The VS Code-looking controls the webviews share, from @vscode-elements/elements (only the ones used, to keep the
 * bundles small). Icons are codicons, loaded by the page shell as `vscode-codicon-stylesheet`.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-badge/index.js';

export interface ButtonOptions {
  secondary?: boolean;
  icon?: string;
  label?: string;
}

/** A native-looking VS Code button that calls `onClick` on click, Enter or Space. */
export function vscodeButton(text: string, onClick: () => void, options: ButtonOptions = {}): HTMLElement {
  const b = document.createElement('vscode-button') as HTMLElement & { secondary: boolean; icon: string };
  b.textContent = text;
  if (options.secondary) b.secondary = true;
  if (options.icon) b.icon = options.icon;
  if (options.label) b.setAttribute('aria-label', options.label);
  b.addEventListener('click', onClick);
  return b;
}

export function vscodeBadge(text: string): HTMLElement {
  const badge = document.createElement('vscode-badge');
  badge.textContent = text;
  return badge;
}
