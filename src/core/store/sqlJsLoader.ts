import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';

/** Raised when the SQLite engine cannot be loaded; the message is meant for the user. */
export class StoreEngineUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreEngineUnavailableError';
  }
}

export const SQL_WASM_FILE = 'sql-wasm.wasm';

let cached: Promise<SqlJsStatic> | undefined;
let cachedDir: string | undefined;

/**
 * Loads sql.js with its wasm file taken from `distDir`.
 * sql.js aborts the whole process when its wasm is missing, so the file is checked first
 * and a missing file becomes a clear, catchable error instead.
 */
export function loadSqlJs(distDir: string): Promise<SqlJsStatic> {
  const wasmPath = join(distDir, SQL_WASM_FILE);
  if (!existsSync(wasmPath)) {
    return Promise.reject(
      new StoreEngineUnavailableError(
        `ML Reps cannot open its database: the SQLite engine file is missing (${wasmPath}). ` +
          'Reinstall the extension, or run `npm run build` if you are developing it.',
      ),
    );
  }
  if (!cached || cachedDir !== distDir) {
    cachedDir = distDir;
    // Required lazily: loading sql.js costs time that activation must not pay.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const initSqlJs = require('sql.js/dist/sql-wasm.js') as (config: { locateFile: (file: string) => string }) => Promise<SqlJsStatic>;
    cached = initSqlJs({ locateFile: (file: string) => join(distDir, file) }).catch((err: unknown) => {
      cached = undefined;
      throw new StoreEngineUnavailableError(`ML Reps cannot start its SQLite engine: ${err instanceof Error ? err.message : String(err)}`);
    });
  }
  return cached;
}

/** The folder `loadSqlJs` last loaded the engine from (for a worker thread that needs its own copy). */
export function sqlJsDir(): string | undefined {
  return cachedDir;
}
