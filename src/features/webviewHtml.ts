import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** Resource roots a webview may load from: the built scripts and the media folder, nothing else. */
export function webviewResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/** The HTML shell of every ML Reps webview: a strict CSP with a per-load nonce, one stylesheet, one script. */
export function renderWebviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, options: { title: string; script: string }): string {
  const nonce = randomBytes(16).toString('base64');
  const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', `${options.script}.js`));
  const styleUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'webview.css'));
  // @vscode-elements finds the codicons through this id.
  const codiconsUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'codicon.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${styleUri.toString()}">
<link rel="stylesheet" href="${codiconsUri.toString()}" id="vscode-codicon-stylesheet">
<title>${options.title}</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="muted placeholder">Loading…</p></main>
<script nonce="${nonce}" src="${scriptUri.toString()}"></script>
</body>
</html>`;
}
