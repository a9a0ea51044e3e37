import { spawn } from 'node:child_process';
import { join } from 'node:path';

const writer = join(__dirname, 'storeWriter.js');

/** Starts `storeWriter.js` as its own process; `output()` is what it printed so far. */
export function startWriter(path: string, prefix: string, count: string, flushEvery = 1, mode = '') {
  const child = spawn(process.execPath, [writer, path, prefix, count, String(flushEvery), mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}
