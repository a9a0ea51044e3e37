/**
 * Applies a long list in slices sized to take about `targetMs` of host time each, yielding to the event loop
 * between slices: large merges and imports adapt to the machine instead of using one fixed batch size.
 */
export class Slicer {
  private size: number;

  constructor(
    private readonly targetMs = 12,
    initial = 200,
    private readonly min = 20,
    private readonly max = 5000,
  ) {
    this.size = initial;
  }

  async run<T>(items: readonly T[], apply: (slice: readonly T[]) => void, onSlice?: (done: number) => void): Promise<void> {
    for (let i = 0; i < items.length; ) {
      const n = Math.min(this.size, items.length - i);
      const t0 = performance.now();
      apply(items.slice(i, i + n));
      const ms = performance.now() - t0;
      i += n;
      // Next slice sized from this one's pace, changing by at most a factor of two at a time.
      const next = ms > 0 ? (n * this.targetMs) / ms : n * 2;
      this.size = Math.round(Math.max(this.min, Math.min(this.max, Math.max(n / 2, Math.min(n * 2, next)))));
      onSlice?.(i);
      await new Promise<void>((r) => setImmediate(r));
    }
  }
}
