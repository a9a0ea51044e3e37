import { join } from 'node:path';
import { runMochaSuite } from '../runMocha';

/** Run by the e2e launcher in a code-server with Workspace Trust on and the folder not trusted. */
export function run(): Promise<void> {
  return runMochaSuite(join(__dirname, 'suite'), 'untrusted');
}
