/**
 * Server-sent events for live updates. Each event's `id:` is `<epoch>-<revision>` (see
 * event-id.ts); a client that reconnects with `Last-Event-ID` (or `?lastEventId=`, for a
 * re-created EventSource) gets the events it missed replayed from a bounded buffer, or one
 * `resync` event when they are not there or the id is another process's. Comments keep proxies awake.
 */
import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { decideResume, formatEventId } from './event-id.ts';

interface BufferedEvent {
  readonly id: number;
  readonly name: string;
  readonly data: string;
}

export interface SseHubOptions {
  readonly bufferSize?: number;
  readonly heartbeatMs?: number;
  /** This process's id prefix; random by default (tests may pin it). */
  readonly epoch?: string;
}

export class SseHub {
  private readonly clients = new Set<Response>();
  private readonly buffer: BufferedEvent[] = [];
  private readonly bufferSize: number;
  private readonly heartbeat: NodeJS.Timeout;
  readonly epoch: string;

  constructor(options: SseHubOptions = {}) {
    this.epoch = options.epoch ?? randomBytes(6).toString('hex');
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
    const decision = decideResume(lastEventIdOf(req), {
      epoch: this.epoch,
      revision: hello.id,
      oldestBuffered: this.buffer[0]?.id,
    });
    if (decision.kind === 'replay') {
      for (const event of this.buffer) if (event.id > decision.after) this.writeEvent(res, event);
    } else if (decision.kind === 'resync') {
      this.writeEvent(res, { id: hello.id, name: 'resync', data: JSON.stringify({ revision: hello.id }) });
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
    res.write(`id: ${formatEventId(this.epoch, event.id)}\nevent: ${event.name}\ndata: ${event.data}\n\n`);
  }
}

/** The header a browser sends when it resumes by itself, else the query a re-created source carries. */
function lastEventIdOf(req: Request): string | undefined {
  const header = req.get('Last-Event-ID');
  if (header !== undefined && header !== '') return header;
  const query = req.query['lastEventId'];
  return typeof query === 'string' ? query : undefined;
}
