/**
 * The ML Reps command line: `node dist/cli.js <command>`.
 */
import { join } from 'node:path';
import { loadProblemBank } from './core/problems/problemBank';

const USAGE = `Usage:
  node dist/cli.js list                      list the problems in the bank
`;

function main(argv: string[]): number {
  const [command] = argv;
  const problemsRoot = join(__dirname, '..', 'problems');
  switch (command) {
    case 'list': {
      const bank = loadProblemBank(problemsRoot);
      for (const p of bank.problems) console.log(`${p.id.padEnd(32)} ${p.track.padEnd(5)} ${p.difficulty.padEnd(7)} ${p.title}`);
      for (const e of bank.errors) console.error(`error: ${e.file}: ${e.message}`);
      return bank.errors.length ? 1 : 0;
    }
    default:
      process.stderr.write(USAGE);
      return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
