// `npm start`: opens VS Code with ML Reps loaded from this working tree on a practice folder.
// Desktop VS Code when the `code` CLI is on PATH; otherwise code-server on http://127.0.0.1:8080 (ML_REPS_PORT or --port to change).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureCodeServer, repoRoot, startCodeServer } from '../test/launch/codeServer.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const folder = resolve(flag('--folder') ?? process.env.ML_REPS_FOLDER ?? join(homedir(), 'ml-reps-practice'));
const port = Number(flag('--port') ?? process.env.ML_REPS_PORT ?? 8080);
mkdirSync(folder, { recursive: true });
// The marker makes VS Code activate ML Reps as soon as the practice folder opens, so the first screen shows it
// (its sidebar and, the first time, its walkthrough).
const marker = join(folder, '.ml-reps-practice');
if (!existsSync(marker)) writeFileSync(marker, 'This folder is an ML Reps practice folder: VS Code starts ML Reps when it opens it.\n');

const hasCode = !args.includes('--code-server') && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  console.log(`Opening VS Code with ML Reps (from ${repoRoot}) on ${folder}`);
  const child = spawn('code', ['--new-window', `--extensionDevelopmentPath=${repoRoot}`, folder], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`npm start: "${port}" is not a valid port; use --port 8081 or ML_REPS_PORT=8081`);
    process.exit(2);
  }
  console.log('Desktop VS Code (`code`) is not on PATH: using code-server in your browser instead.');
  const entry = ensureCodeServer();
  const dataDir = join(homedir(), '.cache', 'ml-reps', 'start');
  let server;
  try {
    server = await startCodeServer({ entry, workspace: folder, port, workspaceTrust: true, userDataDir: join(dataDir, 'data'), extensionsDir: join(dataDir, 'ext') });
  } catch (err) {
    console.error(`npm start: code-server could not start on 127.0.0.1:${port}. Is the port in use? Try --port 8081.\n${err.message}`);
    process.exit(1);
  }
  console.log(`\nML Reps is running. Open this URL in your browser:\n\n  ${server.url({ folder, extensionDevelopmentPath: repoRoot })}\n`);
  console.log(`(code-server on http://127.0.0.1:${port}/, practice folder ${folder}; Ctrl+C to stop)`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
