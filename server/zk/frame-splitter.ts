// Cuts a TCP byte stream into ZooKeeper frames (4-byte big-endian length + payload) in linear time.
// Why: node-zookeeper-client's own parser re-concatenates the unread rest of a chunk for every frame it
// takes out (quadratic per chunk; it dominated CPU when pipelining thousands of reads) and keeps a
// partial frame across reconnects. Fed one whole frame at a time, its parser never copies.

export class FrameSplitter {
  private chunks: Buffer[] = [];
  private buffered = 0;

  constructor(
    private readonly onFrame: (frame: Buffer) => void,
    private readonly onCorrupt: () => void,
  ) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    if (this.buffered < 4) return;
    const first = this.chunks[0];
    // Join only when the frame at the head is complete (or its length header is split across chunks).
    if (first !== undefined && first.length >= 4 && this.buffered < 4 + first.readInt32BE(0)) return;
    let stream = this.chunks.length === 1 && first ? first : Buffer.concat(this.chunks, this.buffered);
    let offset = 0;
    while (stream.length - offset >= 4) {
      const length = stream.readInt32BE(offset);
      if (length < 0) {
        this.chunks = [];
        this.buffered = 0;
        this.onCorrupt();
        return;
      }
      const end = offset + 4 + length;
      if (end > stream.length) break;
      this.onFrame(stream.subarray(offset, end));
      offset = end;
    }
    stream = stream.subarray(offset);
    this.chunks = stream.length > 0 ? [stream] : [];
    this.buffered = stream.length;
  }
}
