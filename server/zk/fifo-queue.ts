// A FIFO with O(1) shift. Array#shift is O(n) once an array is large (V8 cannot left-trim it in place),
// and node-zookeeper-client keeps every in-flight request in an array it shifts once per reply: with
// thousands of pipelined reads that alone turned parsing replies quadratic. Only the Array methods the
// library uses (push, shift, unshift, length) are provided.

const COMPACT_AFTER = 1024;

export class FifoQueue<T> {
  private items: Array<T | undefined> = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): number {
    this.items.push(item);
    return this.length;
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head += 1;
    if (this.head >= COMPACT_AFTER && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  unshift(item: T): number {
    if (this.head > 0) {
      this.head -= 1;
      this.items[this.head] = item;
    } else {
      this.items.unshift(item);
    }
    return this.length;
  }
}
