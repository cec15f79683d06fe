/**
 * A worker's inbox: messages are handled one at a time, in arrival order, so a model load never
 * interleaves with another load or with an estimate (two interleaved loads each disposed "the"
 * detector, then both assigned one: the first leaked, issue 8). A message that a later one in the
 * queue makes pointless (an older load, a frame for the model about to be replaced) is not
 * handled but skipped, so a burst of requests costs one load, not one each. No DOM, no tfjs.
 */
export class SerialInbox<M> {
  private readonly queue: M[] = [];
  private busy = false;

  constructor(
    /** Handles one message; it answers the sender itself, errors included. */
    private readonly handle: (message: M) => Promise<void>,
    /** Whether `later` makes `earlier` pointless. */
    private readonly supersedes: (later: M, earlier: M) => boolean,
    /** Answers a skipped message (and frees what it holds). */
    private readonly skip: (message: M) => void,
  ) {}

  push(message: M): void {
    this.queue.push(message);
    if (!this.busy) void this.drain();
  }

  private async drain(): Promise<void> {
    this.busy = true;
    try {
      for (let message = this.queue.shift(); message !== undefined; message = this.queue.shift()) {
        const current = message;
        if (this.queue.some((later) => this.supersedes(later, current))) {
          this.skip(current);
          continue;
        }
        try {
          await this.handle(current);
        } catch {
          /* handle answers its own errors; one bad message must not stop the inbox */
        }
      }
    } finally {
      this.busy = false;
    }
  }
}
