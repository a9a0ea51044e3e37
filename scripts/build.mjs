// Bundles the extension host code, the CLI and each webview with esbuild, and copies the sql.js wasm
// beside the bundle (src/core/store/sqlJsLoader.ts finds it through locateFile).
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  logLevel: 'warning',
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
};

/** @type {esbuild.BuildOptions[]} */
const configs = [
  {
    ...common,
    entryPoints: { extension: join(root, 'src/extension.ts'), cli: join(root, 'src/cli.ts') },
    // The bundle's first line notes when it started loading, so the log can say how long load-to-ready took.
    banner: { js: 'globalThis.__mlRepsLoadStart = performance.now();' },
    // ...and its last line when it finished, so the log can tell our loading from VS Code's wait before activate().
    footer: { js: 'globalThis.__mlRepsLoadEnd = performance.now();' },
    outdir: join(root, 'dist'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    // The import's own thread (src/core/store/importer.ts starts it from beside itself).
    ...common,
    entryPoints: { importWorker: join(root, 'src/core/store/importWorker.ts') },
    outdir: join(root, 'dist'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
];

// Each page is src/webview/<feature>/<view>/main.ts (the feature whose host serves it) and becomes dist/webview/<view>.js.
const webviewDir = join(root, 'src/webview');
const pages = existsSync(webviewDir)
  ? readdirSync(webviewDir, { withFileTypes: true })
      .filter((f) => f.isDirectory())
      .flatMap((f) => readdirSync(join(webviewDir, f.name), { withFileTypes: true }).filter((v) => v.isDirectory()).map((v) => ({ name: v.name, entry: join(webviewDir, f.name, v.name, 'main.ts') })))
      .filter((p) => existsSync(p.entry))
  : [];
for (const page of pages) {
  configs.push({
    ...common,
    entryPoints: { [page.name]: page.entry },
    outdir: join(root, 'dist/webview'),
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  });
}

function copyAssets() {
  mkdirSync(join(root, 'dist/webview'), { recursive: true });
  copyFileSync(join(root, 'node_modules/sql.js/dist/sql-wasm.wasm'), join(root, 'dist/sql-wasm.wasm'));
  // Codicons for @vscode-elements, served from the webviews' own resource root.
  for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(join(root, 'node_modules/@vscode/codicons/dist', f), join(root, 'dist/webview', f));
}

/**
 * dist/test-hashes.json: the sha256 of every problem's test files, shipped in the .vsix. The runner refuses to
 * run a problem whose installed test files no longer match (a solution that rewrote them, or a damaged install).
 */
function writeTestManifest() {
  const problemsDir = join(root, 'problems');
  const problems = {};
  for (const entry of readdirSync(problemsDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    const hashes = {};
    for (const [suite, file] of [['visible', 'test_visible.py'], ['hidden', 'test_hidden.py']]) {
      const path = join(problemsDir, entry.name, file);
      if (existsSync(path)) hashes[suite] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
    problems[entry.name] = hashes;
  }
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist/test-hashes.json'), JSON.stringify({ root: '../problems', problems }, null, 1) + '\n');
}

if (!watch) rmSync(join(root, 'dist'), { recursive: true, force: true });
if (watch) {
  copyAssets();
  writeTestManifest();
  for (const config of configs) {
    const ctx = await esbuild.context(config);
    await ctx.watch();
  }
  console.log('[watch] watching for changes');
} else {
  await Promise.all(configs.map((c) => esbuild.build(c)));
  copyAssets();
  writeTestManifest();
  console.log(`built dist/ (${production ? 'production' : 'development'})`);
}
