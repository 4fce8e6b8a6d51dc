/**
 * Cooperative time slicing for page reading. The reader works in slices of a few milliseconds and
 * yields to the page between them, so it never holds the main thread long, and it never gives up
 * because the machine is busy: the answer depends on the page, not on the clock. Only a hostile page
 * that keeps it working for seconds meets the wall-clock cap.
 */

export class ReadCapExceeded extends Error {
  constructor() {
    super('page reading passed its wall-clock cap');
  }
}

export interface SliceOptions {
  /** Milliseconds, monotonic; performance.now by default. */
  clock?: () => number;
  /** Lets the page run before the next slice; scheduler.yield, else a macrotask. */
  yieldTo?: () => Promise<void>;
  /** Longest slice of work between two yields. */
  sliceMs?: number;
  /** Wall-clock time after which a read stops (null), for pages built to keep it busy. */
  capMs?: number;
  /** Called with each finished slice's duration (measurement and tests). */
  onSlice?: (ms: number) => void;
}

export const SLICE_MS = 8;
export const CAP_MS = 10_000;

/** Milliseconds, monotonic: every engine the reader runs in (browsers, Node) has performance.now. */
const defaultClock = (): (() => number) => () => performance.now();

type SchedulerLike = { yield?: () => Promise<void> };

/**
 * scheduler.yield() where the engine has it (the continuation keeps its priority), else a macrotask
 * (Chrome before 129, Node): every engine the reader runs in has MessageChannel.
 */
function defaultYield(): () => Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return () => (scheduler.yield as () => Promise<void>).call(scheduler);
  return () =>
    new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
}

export class Slicer {
  readonly #clock: () => number;
  readonly #yieldTo: () => Promise<void>;
  readonly #sliceMs: number;
  readonly #deadline: number;
  readonly #onSlice?: (ms: number) => void;
  #sliceStart: number;
  /** Yields taken so far: a read that yielded may have seen the page change under it. */
  yields = 0;

  constructor(options: SliceOptions = {}) {
    this.#clock = options.clock ?? defaultClock();
    this.#yieldTo = options.yieldTo ?? defaultYield();
    this.#sliceMs = positive(options.sliceMs, SLICE_MS);
    this.#onSlice = options.onSlice;
    this.#sliceStart = this.#clock();
    this.#deadline = this.#sliceStart + positive(options.capMs, CAP_MS);
  }

  /** True when the current slice is used up: the caller then awaits `pause()`. Throws past the cap. */
  due(): boolean {
    const now = this.#clock();
    if (now > this.#deadline) throw new ReadCapExceeded();
    return now - this.#sliceStart >= this.#sliceMs;
  }

  async pause(): Promise<void> {
    this.#onSlice?.(this.#clock() - this.#sliceStart);
    await this.#yieldTo();
    this.yields++;
    this.#sliceStart = this.#clock();
    if (this.#sliceStart > this.#deadline) throw new ReadCapExceeded();
  }

  /** Yields when the slice is used up: between phases of a read, where a loop's own check is not. */
  async checkpoint(): Promise<void> {
    if (this.due()) await this.pause();
  }

  /** Ends the last slice (for onSlice). */
  finish(): void {
    this.#onSlice?.(this.#clock() - this.#sliceStart);
  }
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
