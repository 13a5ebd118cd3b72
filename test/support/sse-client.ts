// A minimal server-sent-events reader for tests: collects parsed events so a test can wait for
// the one it expects (by name and content) with waitFor, and closes its socket when done.

import http from 'node:http';

export interface SseEvent {
  readonly id: string | undefined;
  readonly event: string;
  readonly data: string;
}

export interface SseConnection {
  readonly events: readonly SseEvent[];
  readonly status: number;
  json<T>(event: SseEvent): T;
  close(): void;
}

export function openEventStream(url: string, headers: Readonly<Record<string, string>> = {}): Promise<SseConnection> {
  return new Promise((resolve, reject) => {
    const events: SseEvent[] = [];
    const req = http.get(url, { headers: { Accept: 'text/event-stream', ...headers } }, (res) => {
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const parsed = parseBlock(block);
          if (parsed) events.push(parsed);
          end = buffer.indexOf('\n\n');
        }
      });
      res.on('error', () => undefined);
      resolve({
        events,
        status: res.statusCode ?? 0,
        json: <T>(event: SseEvent) => JSON.parse(event.data) as T,
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}

function parseBlock(block: string): SseEvent | undefined {
  let id: string | undefined;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { id, event, data: data.join('\n') } : undefined;
}
