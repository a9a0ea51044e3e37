// Starts code-server (VS Code 1.100 in the browser) and drives it with headless Chromium.
// Used by the e2e suite and by `npm start` when desktop VS Code is not on PATH.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { format } from 'node:util';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * What the launched workbench must not do on its own: send telemetry or look for extensions and updates on the
 * network. code-server's `--disable-telemetry` stops its own reporting, but the built-in extensions (git, github, the
 * language features…) read `telemetry.telemetryLevel` and kept resolving mobile.events.data.microsoft.com from the
 * extension host, and the workbench queried open-vsx.org for extensions.
 */
export const OFFLINE_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'update.mode': 'none',
  'npm.fetchOnlinePackageInfo': false,
};

/**
 * Puts OFFLINE_SETTINGS into this user-data folder's settings. Settings the user has are kept (a key already set is
 * left as it is); a new file is written when there is none; a file with comments (JSONC) is left alone, said in the
 * return value.
 */
export function keepOffline(userDataDir) {
  const dir = join(userDataDir, 'User');
  const file = join(dir, 'settings.json');
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file)) {
    writeFileSync(file, JSON.stringify(OFFLINE_SETTINGS, null, 2) + '\n');
    return 'written';
  }
  let settings;
  try {
    settings = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return `left alone (${file} is not plain JSON; set "telemetry.telemetryLevel": "off" there yourself)`;
  }
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) return `left alone (${file} does not hold an object)`;
  const missing = Object.entries(OFFLINE_SETTINGS).filter(([key]) => settings[key] === undefined);
  if (!missing.length) return 'kept as set';
  writeFileSync(file, JSON.stringify({ ...settings, ...Object.fromEntries(missing) }, null, 2) + '\n');
  return 'added';
}

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

/** Every process this machine runs, with its command line and environment (Linux /proc). */
function processTable() {
  const rows = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      let environ = '';
      try {
        environ = readFileSync(`/proc/${name}/environ`, 'utf8');
      } catch {
        // Another user's process: its environment is not ours to read, and not ours.
      }
      if (args) rows.push({ pid: Number(name), args, environ });
    } catch {
      // The process ended while we looked.
    }
  }
  return rows;
}

/**
 * The processes still alive that belong to a code-server run: their environment carries the run's tag (every
 * descendant inherits it, even one that left the process group), or their command line names one of `paths`.
 */
export function leftoverProcesses({ tags = [], paths = [] }) {
  const self = process.pid;
  return processTable().filter(
    (p) => p.pid !== self && (tags.some((t) => p.environ.includes(`ML_REPS_RUN_TAG=${t}`)) || paths.some((dir) => dir && p.args.includes(dir))),
  );
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Stops a code-server run and everything it started: SIGTERM to its process group, a grace period, then
 * SIGKILL to the group and to any straggler found by tag or path (an extension host that left the group).
 */
export async function teardownTree({ pid, tag, paths, graceMs = 5000 }) {
  const signalGroup = (sig) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup('SIGTERM');
  for (const p of leftoverProcesses({ tags: [tag], paths })) {
    try {
      process.kill(p.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && (alive(pid) || leftoverProcesses({ tags: [tag], paths }).length)) await sleep(100);
  signalGroup('SIGKILL');
  for (const p of leftoverProcesses({ tags: [tag], paths })) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  // SIGKILL is asynchronous: wait until the kernel has reaped them (bounded).
  for (let i = 0; i < 50 && leftoverProcesses({ tags: [tag], paths }).length; i++) await sleep(100);
}

/**
 * Starts code-server on 127.0.0.1 with fresh data and extension folders, in its own process group and with a
 * run tag in its environment. Resolves when it listens; `stop()` tears down the whole tree it started.
 */
export async function startCodeServer({ entry, workspace, port, workspaceTrust = false, extensionsDir, userDataDir, quiet = true }) {
  port = port ?? (await freePort());
  const base = mkdtempSync(join(tmpdir(), 'mlreps-cs-'));
  userDataDir = userDataDir ?? join(base, 'data');
  extensionsDir = extensionsDir ?? join(base, 'ext');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const offline = keepOffline(userDataDir);
  if (offline.startsWith('left alone')) process.stderr.write(`code-server: offline settings ${offline}\n`);
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
  const tag = randomBytes(8).toString('hex');
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, VSCODE_PROXY_URI: '', ML_REPS_RUN_TAG: tag } });
  let output = '';
  const collect = (chunk) => {
    output += chunk;
    if (!quiet) process.stderr.write(chunk);
  };
  proc.stdout.on('data', collect);
  proc.stderr.on('data', collect);
  const started = new Promise((resolve, reject) => {
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
  try {
    await started;
  } catch (err) {
    await teardownTree({ pid: proc.pid, tag, paths: [userDataDir, extensionsDir] });
    throw err;
  }
  const origin = `http://127.0.0.1:${port}`;
  const server = {
    port,
    origin,
    tag,
    pid: proc.pid,
    workspace,
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
      live.delete(server);
      await teardownTree({ pid: proc.pid, tag, paths: [userDataDir, extensionsDir] });
    },
  };
  live.add(server);
  installExitHooks();
  return server;
}

/** Servers started and not yet stopped; every exit path of this process tears them down. */
const live = new Set();
let exitHooksInstalled = false;
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  // Last resort on any exit (including process.exit from a time limit): kill each group synchronously.
  process.on('exit', () => {
    for (const s of live) {
      try {
        process.kill(-s.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, async () => {
      console.error(`\nlauncher: ${sig}, stopping code-server...`);
      await Promise.allSettled([...live].map((s) => s.stop()));
      process.exit(130);
    });
  }
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
    // The extension host forwards console.log's arguments unformatted: fill mocha's "%s"/"%d" placeholders here.
    const list = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' || typeof a === 'number' ? a : JSON.stringify(a)));
    const text = format(...list);
    onLog(text, type);
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
  const timer = setTimeout(() => {
    onLog(`launcher: the extension host did not finish within ${Math.round(timeoutMs / 1000)} s`, 'error');
    settle(124);
  }, timeoutMs);
  try {
    // A loaded 2-core machine can take well over 30 s to serve the workbench.
    await page.goto(server.url({ folder, extensionDevelopmentPath, extensionTestsPath }), { timeout: 180_000 });
    return await exit;
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}
