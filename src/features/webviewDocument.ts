/**
 * The HTML document of every ML Reps webview, as plain text (no `vscode` here, so it is unit-tested). The page's
 * script and stylesheet are inlined, each carrying the load's nonce: the page needs no fetch before it can render,
 * which in a remote workbench (code-server) is a round trip through the service worker, the window and the server
 * for each file. The CSP stays strict: nothing runs or styles the page without the nonce, and only the codicon font
 * sheet (which @vscode-elements finds by its id) is loaded, from the extension's own resources.
 */
export interface WebviewDocumentParts {
  title: string;
  /** `webview.cspSource`: where the codicon sheet, its font and images may come from. */
  cspSource: string;
  /** A fresh random value per load. */
  nonce: string;
  /** The page's built script and the shared stylesheet, as text. */
  script: string;
  css: string;
  codiconsHref: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Text that cannot end the element it is inlined in (`</script`, `</style`, `<!--`): refused, never altered. */
function inlinable(text: string, tag: 'script' | 'style'): string {
  if (new RegExp(`</${tag}|<!--`, 'i').test(text)) throw new Error(`the ${tag} to inline contains "</${tag}" or "<!--"`);
  return text;
}

export function webviewDocument(p: WebviewDocumentParts): string {
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(p.nonce)) throw new Error('a webview nonce must be 16 or more base64 characters');
  const csp = [
    "default-src 'none'",
    `style-src ${p.cspSource} 'nonce-${p.nonce}'`,
    `img-src ${p.cspSource} data:`,
    `font-src ${p.cspSource}`,
    `script-src 'nonce-${p.nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${p.nonce}">${inlinable(p.css, 'style')}</style>
<link rel="stylesheet" href="${escapeHtml(p.codiconsHref)}" id="vscode-codicon-stylesheet">
<title>${escapeHtml(p.title)}</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="muted placeholder">Loading…</p></main>
<script nonce="${p.nonce}">${inlinable(p.script, 'script')}</script>
</body>
</html>`;
}
