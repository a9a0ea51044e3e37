import { join } from 'node:path';
import { runMochaSuite } from './runMocha';

/** Entry point for the extension host (`extensionTestsPath`), shared by both launchers. */
export function run(): Promise<void> {
  return runMochaSuite(join(__dirname, 'suite'), 'integration');
}
