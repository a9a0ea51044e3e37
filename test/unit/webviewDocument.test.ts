import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webviewDocument, type WebviewDocumentParts } from '../../src/features/webviewDocument';

const root = join(__dirname, '..', '..', '..');
const parts = (over: Partial<WebviewDocumentParts> = {}): WebviewDocumentParts => ({
  title: 'Quiz',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'AbCdEfGhIjKlMnOpQrStUv==',
  script: 'document.body.dataset.ok = "1";',
  css: 'body { color: red; }',
  codiconsHref: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/codicon.css',
  ...over,
});
const csp = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];

describe('the webview document (strict CSP, nonce, inlined page)', () => {
  it('allows scripts and inline styles only with the nonce, and nothing by default', () => {
    const html = webviewDocument(parts());
    const policy = csp(html).split('; ');
    assert.ok(policy.includes("default-src 'none'"));
    assert.ok(policy.includes("script-src 'nonce-AbCdEfGhIjKlMnOpQrStUv=='"), policy.join(' | '));
    assert.ok(!/unsafe-inline|unsafe-eval|\*/.test(csp(html)), 'no unsafe source and no wildcard');
    for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? []) assert.match(tag, /nonce="AbCdEfGhIjKlMnOpQrStUv=="/, tag);
    assert.equal((html.match(/<script\b/g) ?? []).length, 1);
    assert.ok(!/<script[^>]*\bsrc=/.test(html), 'the page script is inlined, not fetched');
  });

  it('escapes the title, which can come from a content file', () => {
    const html = webviewDocument(parts({ title: 'Guide </title><script>alert(1)</script>' }));
    assert.equal((html.match(/<script\b/g) ?? []).length, 1, 'no script came in through the title');
    assert.match(html, /<title>Guide &#60;\/title&#62;&#60;script&#62;/);
  });

  it('refuses a script or stylesheet that would end its element early, and a weak nonce', () => {
    assert.throws(() => webviewDocument(parts({ script: 'const s = "</script><img src=x>";' })), /contains "<\/script"/);
    assert.throws(() => webviewDocument(parts({ css: 'a{}</STYLE><script>x()</script>' })), /contains "<\/style"/);
    assert.throws(() => webviewDocument(parts({ nonce: 'abc' })), /nonce/);
    assert.throws(() => webviewDocument(parts({ nonce: 'AbCdEfGhIjKlMnOp" onload="x' })), /nonce/);
  });

  it('inlines every shipped page and the shared stylesheet as they are built', () => {
    const pages = readdirSync(join(root, 'dist', 'webview')).filter((f) => f.endsWith('.js'));
    assert.ok(pages.length >= 6, `built pages: ${pages.join(', ')}`);
    const css = readFileSync(join(root, 'media', 'webview.css'), 'utf8');
    for (const page of pages) {
      const script = readFileSync(join(root, 'dist', 'webview', page), 'utf8');
      const html = webviewDocument(parts({ script, css }));
      assert.ok(html.includes(script) && html.includes(css), page);
    }
  });
});
