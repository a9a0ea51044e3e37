// `npm run test:integration`: the integration suite in desktop VS Code through @vscode/test-electron.
// It downloads VS Code, so it needs internet access; on offline machines use `npm run test:e2e`.
import { runTests } from '@vscode/test-electron';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './codeServer.mjs';

try {
  await runTests({
    version: '1.90.0',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [mkdtempSync(join(tmpdir(), 'mlreps-it-ws-')), '--disable-extensions'],
  });
} catch (err) {
  console.error(`integration: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
