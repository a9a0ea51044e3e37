import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** What a harness process answers for one request. */
export interface HarnessReply {
  /** The parsed JSON line, when one came. */
  json?: unknown;
  /** The process ended (or could not start) without answering. */
  exit?: { code: number | null; signal: NodeJS.Signals | null };
  spawnError?: NodeJS.ErrnoException;
  /** The backstop fired: the harness did not answer within its own limit plus a grace period. */
  backstop?: boolean;
  /** The last bytes the harness process itself wrote to stderr (not the solution's output). */
  stderr: string;
}

export interface ReadyInfo {
  ready: true;
  python: string;
  pid: number;
  fork: boolean;
}

const STDERR_TAIL = 16 * 1024;
const MAX_LINE = 8 * 1024 * 1024;

/**
 * One `mlreps_harness.py --serve` process: a warm worker that answers one JSON request per line. The solution
 * never runs in this process (it forks a child per run), so its stdout carries only the harness's own lines.
 * Every promise resolves: on an answer, on the process's exit, or on a backstop timer that kills it.
 */
export class HarnessProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = '';
  private stderrTail = '';
  private waiter: ((reply: HarnessReply) => void) | undefined;
  private exitInfo: HarnessReply | undefined;
  readonly ready: Promise<ReadyInfo | HarnessReply>;
  readonly startedAt = performance.now();
  busy = false;

  constructor(
    readonly python: string,
    harnessPath: string,
    preload: readonly string[],
    readonly signature: string,
  ) {
    const args = ['-X', 'utf8', harnessPath, '--serve'];
    if (preload.length) args.push('--preload', preload.join(','));
    this.child = spawn(python, args, {
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8', PYTHONUNBUFFERED: '1' },
      windowsHide: true,
    });
    this.ready = new Promise((resolve) => {
      this.waiter = (reply) => {
        const j = reply.json as Partial<ReadyInfo> | undefined;
        resolve(j && j.ready === true ? (j as ReadyInfo) : reply);
      };
    });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.onData(chunk));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL);
    });
    this.child.stdin.on('error', () => {
      // The process ended; the exit handler reports it.
    });
    this.child.once('error', (e: NodeJS.ErrnoException) => this.ended({ spawnError: e, stderr: this.stderrTail }));
    // Resolve on exit, never on 'close': an escaped grandchild may hold a pipe open long after.
    this.child.once('exit', (code, signal) => this.ended({ exit: { code, signal }, stderr: this.stderrTail }));
  }

  get alive(): boolean {
    return this.exitInfo === undefined;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    if (this.buffer.length > MAX_LINE) {
      this.kill();
      return;
    }
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      if (!line.trim()) continue;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        json = { unparsable: line.slice(0, 200) };
      }
      const w = this.waiter;
      this.waiter = undefined;
      w?.({ json, stderr: this.stderrTail });
    }
  }

  private ended(info: HarnessReply): void {
    if (this.exitInfo) return;
    this.exitInfo = info;
    const w = this.waiter;
    this.waiter = undefined;
    w?.(info);
  }

  /**
   * Sends one request and waits for its answer. `backstopMs` bounds the wait (the harness enforces the time limit
   * itself; this only catches a harness that stopped answering). Aborting `signal` asks the harness to cancel.
   */
  request(body: object, backstopMs: number, signal?: AbortSignal): Promise<HarnessReply> {
    if (this.exitInfo) return Promise.resolve(this.exitInfo);
    return new Promise((resolve) => {
      let cancelTimer: NodeJS.Timeout | undefined;
      const onAbort = () => {
        this.write('{"cancel": true}\n');
        // A harness that does not stop within a second is killed.
        cancelTimer = setTimeout(() => this.kill(), 1000);
      };
      const settle = (reply: HarnessReply) => {
        clearTimeout(timer);
        if (cancelTimer) clearTimeout(cancelTimer);
        signal?.removeEventListener('abort', onAbort);
        resolve(reply);
      };
      this.waiter = settle;
      const timer = setTimeout(() => {
        this.waiter = undefined;
        this.kill();
        settle({ backstop: true, stderr: this.stderrTail });
      }, backstopMs);
      // The request goes first: a cancel line before it would be read as a stray line and the run would go on.
      this.write(JSON.stringify(body) + '\n');
      if (signal) {
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  }

  private write(text: string): void {
    if (this.exitInfo || this.child.stdin.destroyed) return;
    this.child.stdin.write(text);
  }

  /** Closes stdin: the worker finishes and exits by itself. */
  close(): void {
    if (!this.child.stdin.destroyed) this.child.stdin.end();
  }

  kill(): void {
    const pid = this.child.pid;
    if (!pid || this.exitInfo) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      try {
        this.child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }

  /** Lets Node exit while this worker idles. */
  unref(): void {
    this.child.unref();
    (this.child.stdin as unknown as { unref?: () => void }).unref?.();
    (this.child.stdout as unknown as { unref?: () => void }).unref?.();
    (this.child.stderr as unknown as { unref?: () => void }).unref?.();
  }

  ref(): void {
    this.child.ref();
    (this.child.stdin as unknown as { ref?: () => void }).ref?.();
    (this.child.stdout as unknown as { ref?: () => void }).ref?.();
    (this.child.stderr as unknown as { ref?: () => void }).ref?.();
  }
}
