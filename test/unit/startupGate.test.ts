import * as assert from 'node:assert/strict';
import { StartupGate, type GateTimers } from '../../src/core/startup/startupGate';

/** Timers run by hand: `fire()` runs the earliest pending one, as the event loop would. */
function manualTimers() {
  let next = 1;
  let now = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  let immediates: (() => void)[] = [];
  const timers: GateTimers = {
    set: (fn, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clear: (handle) => void pending.delete(handle as number),
    afterWaitingMessages: (fn) => void immediates.push(fn),
  };
  return {
    timers,
    pending: () => [...pending.values()].map((p) => p.at - now),
    /**
     * Runs the earliest timer, then what it left for after the waiting messages; `messages` are those messages (read
     * in between, as Node's loop reads its sockets between timers and setImmediate). Returns how far the clock moved.
     */
    fire(messages: () => void = () => undefined): number {
      const [id, p] = [...pending.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      pending.delete(id);
      const moved = p.at - now;
      now = p.at;
      p.fn();
      messages();
      const run = immediates;
      immediates = [];
      for (const fn of run) fn();
      return moved;
    },
    get now() {
      return now;
    },
  };
}

const flush = () => new Promise((r) => setImmediate(r));

function gate(t: ReturnType<typeof manualTimers>) {
  const g = new StartupGate({ idleMs: 1000, afterRowsMs: 50, maxWaitMs: 10_000, timers: t.timers });
  let opened = 0;
  void g.opened.then(() => opened++);
  return { g, opened: () => opened };
}

describe('start-up gate (heavy start-up work waits for the Problems tree’s first rows)', () => {
  it('opens just after the first rows were handed over, not while they are being sent', async () => {
    const t = manualTimers();
    const { g, opened } = gate(t);
    g.setRowsViewVisible(true);
    g.rowsHandedOver();
    await flush();
    assert.equal(opened(), 0, 'opening at once would run the database opening before the rows are written out');
    assert.deepEqual(t.pending(), [50], 'the idle timer is replaced by the short one');
    t.fire();
    await flush();
    assert.equal(opened(), 1);
    assert.equal(g.isOpened, true);
    assert.equal(t.pending().length, 0);
  });

  it('opens after the idle time when no view waits for rows', async () => {
    const t = manualTimers();
    const { g, opened } = gate(t);
    assert.equal(t.fire(), 1000);
    await flush();
    assert.equal(opened(), 1);
    assert.equal(g.isOpened, true);
  });

  it('keeps waiting while the Problems view is visible and its rows are not yet out, then opens when they are', async () => {
    const t = manualTimers();
    const { g, opened } = gate(t);
    g.setRowsViewVisible(true);
    t.fire();
    t.fire();
    await flush();
    assert.equal(opened(), 0, 'VS Code asked for the rows: the heavy work must not get in before the answer');
    g.rowsHandedOver();
    t.fire();
    await flush();
    assert.equal(opened(), 1);
    assert.equal(t.now, 2050);
  });

  it('never waits longer than its limit for rows that do not come', async () => {
    const t2 = manualTimers();
    const g2 = new StartupGate({ idleMs: 1000, afterRowsMs: 50, maxWaitMs: 3500, timers: t2.timers });
    let count = 0;
    void g2.opened.then(() => count++);
    g2.setRowsViewVisible(true);
    let fired = 0;
    while (t2.pending().length) {
      t2.fire();
      fired++;
    }
    await flush();
    assert.equal(count, 1);
    assert.equal(t2.now, 3500, 'opened at the limit');
    assert.equal(fired, 4, '1000 + 1000 + 1000 + the last 500');
  });

  it('opens once: rows after the idle opening, or twice handed over, change nothing', async () => {
    const t = manualTimers();
    const { g, opened } = gate(t);
    t.fire();
    g.rowsHandedOver();
    g.rowsHandedOver();
    assert.deepEqual(t.pending(), [50], 'one timer, for the rows being out');
    t.fire();
    await flush();
    assert.equal(opened(), 1);
    assert.equal(t.pending().length, 0, 'no timer left behind');
  });

  it('reads the "view is visible" message that waited behind a late timer before deciding', async () => {
    const t = manualTimers();
    const { g, opened } = gate(t);
    // The idle timer fires late, behind another extension's work; VS Code's message that the view is visible
    // arrived meanwhile and is read before the gate decides.
    t.fire(() => g.setRowsViewVisible(true));
    await flush();
    assert.equal(opened(), 0, 'the view is visible: its rows go first');
    assert.deepEqual(t.pending(), [1000]);
  });

  it('says when the first rows are out, also when the gate had already opened on the idle timer', async () => {
    const t = manualTimers();
    const { g, opened } = gate(t);
    let out = 0;
    void g.rowsOut.then(() => out++);
    t.fire();
    await flush();
    assert.equal(opened(), 1);
    assert.equal(out, 0, 'no rows yet: the view must not say "ready" (it would show its empty state)');
    g.rowsHandedOver();
    await flush();
    assert.equal(out, 0, 'handed over is not out yet');
    t.fire();
    await flush();
    assert.equal(out, 1);
    assert.equal(opened(), 1, 'the gate opened once');
  });

  it('a hidden view does not hold the gate', async () => {
    const t = manualTimers();
    const { g, opened } = gate(t);
    g.setRowsViewVisible(true);
    g.setRowsViewVisible(false);
    assert.equal(t.fire(), 1000);
    await flush();
    assert.equal(opened(), 1);
  });
});
