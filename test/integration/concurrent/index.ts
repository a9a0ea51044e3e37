import { join } from 'node:path';
import { runMochaSuite } from '../runMocha';

/** Run in two workbench pages at once by the e2e launcher: two extension hosts sharing one database. */
export function run(): Promise<void> {
  return runMochaSuite(join(__dirname, 'suite'), 'concurrent');
}
