import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { atomicWrite, atomicWriteAsync, pidAlive } from '../../src/core/store/dbFile';

/** Both atomic writes share their ending (rename on the fencing check's yes, discard on its no): each is held to it. */
describe('atomic database writes', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlreps-atomic-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const writers = {
    sync: async (path: string, data: Uint8Array, commit: () => boolean) => atomicWrite(path, data, commit),
    async: (path: string, data: Uint8Array, commit: () => boolean) => atomicWriteAsync(path, data, commit),
  };

  for (const [name, write] of Object.entries(writers)) {
    it(`${name}: with the fencing check's yes, the file holds the new bytes and no temp file is left`, async () => {
      const path = join(dir, 'study.db');
      writeFileSync(path, 'old');
      assert.equal(await write(path, Buffer.from('new bytes'), () => true), true);
      assert.equal(readFileSync(path, 'utf8'), 'new bytes');
      assert.deepEqual(readdirSync(dir), ['study.db']);
    });

    it(`${name}: with the fencing check's no, the file is untouched and the temp file is removed`, async () => {
      const path = join(dir, 'study.db');
      writeFileSync(path, 'old');
      assert.equal(await write(path, Buffer.from('new bytes'), () => false), false);
      assert.equal(readFileSync(path, 'utf8'), 'old');
      assert.deepEqual(readdirSync(dir), ['study.db']);
    });

    it(`${name}: when the check throws, the error comes through, the file is untouched and no temp file is left`, async () => {
      const path = join(dir, 'study.db');
      writeFileSync(path, 'old');
      await assert.rejects(
        write(path, Buffer.from('new bytes'), () => {
          throw new Error('lock lost');
        }),
        /lock lost/,
      );
      assert.equal(readFileSync(path, 'utf8'), 'old');
      assert.deepEqual(readdirSync(dir), ['study.db']);
    });
  }
});

describe('whether a process is alive', () => {
  it('is true for this process and false for one that has exited', () => {
    assert.equal(pidAlive(process.pid), true);
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    assert.equal(child.status, 0);
    assert.equal(pidAlive(Number(child.stdout)), false, 'the child has exited and been reaped');
  });

  it('is false for what cannot be a pid (and never signals a process group)', () => {
    for (const pid of [0, -1, -process.pid, 1.5, Number.NaN]) assert.equal(pidAlive(pid), false, String(pid));
  });
});
