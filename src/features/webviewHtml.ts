import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { webviewDocument } from './webviewDocument';

/** Resource roots a webview may load from: the built scripts and the media folder, nothing else. */
export function webviewResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/** The built pages and the stylesheet, read once per session (they change only with the extension). */
const files = new Map<string, string>();
function read(uri: vscode.Uri): string {
  let text = files.get(uri.fsPath);
  if (text === undefined) files.set(uri.fsPath, (text = readFileSync(uri.fsPath, 'utf8')));
  return text;
}

/** The HTML of every ML Reps webview: a strict CSP with a per-load nonce, the shared stylesheet and the page's script. */
export function renderWebviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, options: { title: string; script: string }): string {
  return webviewDocument({
    title: options.title,
    cspSource: webview.cspSource,
    nonce: randomBytes(16).toString('base64'),
    script: read(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', `${options.script}.js`)),
    css: read(vscode.Uri.joinPath(extensionUri, 'media', 'webview.css')),
    // @vscode-elements finds the codicons through this id.
    codiconsHref: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'codicon.css')).toString(),
  });
}
