/**
 * Server-sent events for live updates. Each event's `id:` is the registry revision; a client
 * that reconnects with `Last-Event-ID` gets the events it missed replayed from a bounded
 * buffer, or one `resync` event when they are no longer there. Comments keep proxies awake.
 */
import type { Request, Response } from 'express';

interface BufferedEvent {
  readonly id: number;
  readonly name: string;
  readonly data: string;
}

export interface SseHubOptions {
  readonly bufferSize?: number;
  readonly heartbeatMs?: number;
}

export class SseHub {
  private readonly clients = new Set<Response>();
  private readonly buffer: BufferedEvent[] = [];
  private readonly bufferSize: number;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(options: SseHubOptions = {}) {
    this.bufferSize = options.bufferSize ?? 1000;
    this.heartbeat = setInterval(() => this.comment('heartbeat'), options.heartbeatMs ?? 15_000);
    this.heartbeat.unref();
  }

  get clientCount(): number {
    return this.clients.size;
  }

  /** Attaches a client; `hello` is sent first when no replay applies. */
  attach(req: Request, res: Response, hello: { name: string; id: number; data: unknown }): void {
    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    res.write('retry: 2000\n\n');
    const lastId = Number.parseInt(String(req.get('Last-Event-ID') ?? ''), 10);
    if (Number.isFinite(lastId) && lastId < hello.id) {
      const oldest = this.buffer[0];
      if (oldest && oldest.id <= lastId + 1) {
        for (const event of this.buffer) if (event.id > lastId) this.writeEvent(res, event);
      } else {
        this.writeEvent(res, { id: hello.id, name: 'resync', data: JSON.stringify({ revision: hello.id }) });
      }
    }
    this.writeEvent(res, { id: hello.id, name: hello.name, data: JSON.stringify(hello.data) });
    this.clients.add(res);
    req.on('close', () => this.clients.delete(res));
  }

  publish(name: string, id: number, data: unknown): void {
    const event = { id, name, data: JSON.stringify(data) };
    if (name === 'change') {
      this.buffer.push(event);
      if (this.buffer.length > this.bufferSize) this.buffer.shift();
    }
    for (const res of this.clients) this.writeEvent(res, event);
  }

  stop(): void {
    clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private comment(text: string): void {
    for (const res of this.clients) res.write(`: ${text}\n\n`);
  }

  private writeEvent(res: Response, event: BufferedEvent): void {
    res.write(`id: ${event.id}\nevent: ${event.name}\ndata: ${event.data}\n\n`);
  }
}
