/**
 * How long a page that keeps mirrors keeps them with no read (docs/reader-split.md, "Fourth session"):
 * a frame's first send costs 6-18× innerText on the bench chart, a re-read 0.04-0.6×, so a chart left
 * open between calls should still find its mirror; a few mirrors held a few minutes is the price.
 */
export const MIRROR_IDLE_MS = 5 * 60_000;

/**
 * Tells `onIdle` once `idleMs` passed with no read in flight and none begun since. It asks again
 * after as long if still alive: an idle notice nobody acted on (a read was on its way) is repeated.
 */
export class IdleWatch {
  #inFlight = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #idleMs: number;
  readonly #onIdle: () => void;

  constructor(idleMs: number, onIdle: () => void) {
    this.#idleMs = idleMs;
    this.#onIdle = onIdle;
  }

  /** `work` counted as a read in flight: no idle notice comes before it is over and `idleMs` more passed. */
  async during<T>(work: () => Promise<T>): Promise<T> {
    this.#inFlight++;
    clearTimeout(this.#timer);
    try {
      return await work();
    } finally {
      if (--this.#inFlight === 0) this.#arm();
    }
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#arm();
      this.#onIdle();
    }, this.#idleMs);
  }
}
