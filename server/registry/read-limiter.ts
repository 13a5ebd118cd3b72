/**
 * Bounds how many ZooKeeper reads are in flight at once. The mirror pipelines its initial
 * sync (thousands of requests on one connection); an unbounded burst costs memory in the
 * client's queue without making the server answer faster.
 */
export class ReadLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await task();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}
