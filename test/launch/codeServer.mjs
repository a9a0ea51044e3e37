// Starts code-server (VS Code 1.100 in the browser) and drives it with headless Chromium.
// Used by the e2e suite and by `npm start` when desktop VS Code is not on PATH.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Installs code-server into ~/.cache/ml-reps on first use; returns the path of its entry script. */
export function ensureCodeServer() {
  const out = execFileSync('bash', [join(repoRoot, 'scripts/install-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').pop();
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Installs a .vsix into an extensions folder with code-server's own CLI (offline). */
export function installVsix(entry, vsix, extensionsDir, userDataDir) {
  return execFileSync(process.execPath, [entry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Starts code-server on 127.0.0.1 with fresh data and extension folders.
 * Resolves when it listens; `stop()` kills only the process it started.
 */
export async function startCodeServer({ entry, workspace, port, workspaceTrust = false, extensionsDir, userDataDir, quiet = true }) {
  port = port ?? (await freePort());
  const base = mkdtempSync(join(tmpdir(), 'mlreps-cs-'));
  userDataDir = userDataDir ?? join(base, 'data');
  extensionsDir = extensionsDir ?? join(base, 'ext');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  // Tests run with Workspace Trust off, except the one suite that checks restricted mode.
  if (!workspaceTrust) args.push('--disable-workspace-trust');
  args.push(workspace);
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VSCODE_PROXY_URI: '' } });
  let output = '';
  const collect = (chunk) => {
    output += chunk;
    if (!quiet) process.stderr.write(chunk);
  };
  proc.stdout.on('data', collect);
  proc.stderr.on('data', collect);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${output}`)), 60_000);
    const check = () => {
      if (output.includes('HTTP server listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout.on('data', check);
    proc.stderr.on('data', check);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code}:\n${output}`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    userDataDir,
    extensionsDir,
    output: () => output,
    /** A workbench URL for `folder`, optionally loading an extension from source and running a test entry. */
    url({ folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
      const payload = [];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${extensionDevelopmentPath}`]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://127.0.0.1:${port}${extensionTestsPath}`]);
      payload.push(['skipWelcome', 'true']);
      const q = new URLSearchParams({ folder: folder ?? workspace, payload: JSON.stringify(payload) });
      return `${origin}/?${q}`;
    },
    async stop() {
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        await new Promise((r) => {
          const t = setTimeout(() => {
            proc.kill('SIGKILL');
            r();
          }, 5000);
          proc.once('exit', () => {
            clearTimeout(t);
            r();
          });
        });
      }
    },
  };
}

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}. Install it (apt-get install -y chromium) or set CHROME_PATH.`);
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Runs an extension test entry inside code-server's extension host and resolves with its exit code
 * (0 when `run()` resolved, non-zero when it threw or timed out). Every log line is handed to `onLog`.
 */
export async function runExtensionTests(browser, server, { folder, extensionDevelopmentPath, extensionTestsPath, timeoutMs = 600_000, onLog = (line) => console.log(line) }) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  let settle;
  const exit = new Promise((resolve) => (settle = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    onLog(text, type);
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
  const timer = setTimeout(() => {
    onLog(`launcher: the extension host did not finish within ${Math.round(timeoutMs / 1000)} s`, 'error');
    settle(124);
  }, timeoutMs);
  try {
    await page.goto(server.url({ folder, extensionDevelopmentPath, extensionTestsPath }));
    return await exit;
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}
