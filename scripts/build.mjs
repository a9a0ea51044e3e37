// Bundles the extension host code, the CLI and each webview with esbuild, and copies the sql.js wasm
// beside the bundle (src/core/store/sqlJsLoader.ts finds it through locateFile).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, existsSync, rmSync } from 'node:fs';
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
    outdir: join(root, 'dist'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
];

const webviewDir = join(root, 'src/webview');
if (existsSync(webviewDir)) {
  for (const name of readdirSync(webviewDir, { withFileTypes: true })) {
    const entry = join(webviewDir, name.name, 'main.ts');
    if (name.isDirectory() && existsSync(entry)) {
      configs.push({
        ...common,
        entryPoints: { [name.name]: entry },
        outdir: join(root, 'dist/webview'),
        platform: 'browser',
        format: 'iife',
        target: 'es2022',
      });
    }
  }
}

function copyAssets() {
  mkdirSync(join(root, 'dist/webview'), { recursive: true });
  copyFileSync(join(root, 'node_modules/sql.js/dist/sql-wasm.wasm'), join(root, 'dist/sql-wasm.wasm'));
  // Codicons for @vscode-elements, served from the webviews' own resource root.
  for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(join(root, 'node_modules/@vscode/codicons/dist', f), join(root, 'dist/webview', f));
}

if (!watch) rmSync(join(root, 'dist'), { recursive: true, force: true });
if (watch) {
  copyAssets();
  for (const config of configs) {
    const ctx = await esbuild.context(config);
    await ctx.watch();
  }
  console.log('[watch] watching for changes');
} else {
  await Promise.all(configs.map((c) => esbuild.build(c)));
  copyAssets();
  console.log(`built dist/ (${production ? 'production' : 'development'})`);
}
