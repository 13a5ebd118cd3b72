/**
 * Serialises this console's writes per rule node. Compare-and-set keeps replicas correct, but twenty
 * parallel requests on one node inside one process would only burn their retries on each other; queued,
 * they contend only with other replicas. Keys are forgotten once their queue drains.
 */
export class RuleWriteQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after every earlier task of `key`; `backlog` = it had to wait for one. */
  run<T>(key: string, task: (backlog: boolean) => Promise<T>): Promise<T> {
    const previous = this.tails.get(key);
    const run = (): Promise<T> => task(previous !== undefined);
    const result = (previous ?? Promise.resolve()).then(run, run);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
