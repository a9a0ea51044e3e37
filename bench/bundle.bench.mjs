// Sizes of what users download: the extension bundle and the packaged .vsix (both from `npm run bench`'s production build).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const kb = (p) => statSync(join(root, p)).size / 1024;

export async function run() {
  return [
    { name: 'bundle.extension_kb', unit: 'KB', value: kb('dist/extension.js'), goal: 400, better: 'lower' },
    { name: 'package.vsix_kb', unit: 'KB', value: kb('ml-reps.vsix'), goal: 3072, better: 'lower' },
    // The largest webview bundle (production build): what a panel loads before it can render.
    { name: 'webview.bundle_kb', unit: 'KB', value: Math.max(...readdirSync(join(root, 'dist/webview')).filter((f) => f.endsWith('.js')).map((f) => kb(`dist/webview/${f}`))), goal: 200, better: 'lower' },
  ];
}
