import { describe, expect, it } from 'vitest';
import { openLiveEventStream, reconnectDelay } from '../../../client/lib/live-event-stream.ts';
import type { EventSourceLike, LiveStreamStatus } from '../../../client/lib/live-event-stream.ts';

class FakeEventSource implements EventSourceLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private listeners = new Map<string, (event: MessageEvent<string>) => void>();

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, listener);
  }
  close(): void {
    this.closed = true;
    this.readyState = 2;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  fail(readyState: 0 | 2): void {
    this.readyState = readyState;
    this.onerror?.(new Event('error'));
  }
  emit(type: string, data: unknown, lastEventId = ''): void {
    const text = typeof data === 'string' ? data : JSON.stringify(data);
    this.listeners.get(type)?.({ data: text, lastEventId } as MessageEvent<string>);
  }
}

function harness() {
  const sources: FakeEventSource[] = [];
  const urls: string[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const log: string[] = [];
  const statuses: LiveStreamStatus[] = [];
  const close = openLiveEventStream({
    url: '/api/events',
    createEventSource: (url) => {
      urls.push(url);
      const source = new FakeEventSource();
      sources.push(source);
      return source;
    },
    setTimer: (callback, ms) => timers.push({ callback, ms }),
    clearTimer: () => timers.splice(0),
    handlers: {
      onStatus: (status) => statuses.push(status),
      onChange: (change) => log.push(`change ${change.revision}`),
      onRegistry: (event) => log.push(`registry ${event.state}`),
      onReleases: (releases) => log.push(`releases ${releases.ids.join(',')}`),
      onResync: () => log.push('resync'),
    },
  });
  const current = () => sources[sources.length - 1]!;
  return { sources, urls, timers, log, statuses, close, current };
}

const change = { revision: 5, services: ['a.Svc'], applications: [], rules: [], warnings: false, all: false };

describe('openLiveEventStream', () => {
  it('reports connecting, then open, and forwards parsed events', () => {
    const h = harness();
    h.current().open();
    h.current().emit('change', change);
    h.current().emit('registry', { revision: 6, state: 'disconnected', syncing: false });
    h.current().emit('resync', '{}');
    expect(h.statuses).toEqual(['connecting', 'open']);
    expect(h.log).toEqual(['change 5', 'registry disconnected', 'resync']);
  });

  it('forwards the releases whose documents changed, and resyncs on a releases event it cannot parse', () => {
    const h = harness();
    h.current().emit('releases', { ids: ['r-0000000001', 'r-0000000002'] });
    h.current().emit('releases', { ids: 'r-1' });
    expect(h.log).toEqual(['releases r-0000000001,r-0000000002', 'resync']);
  });

  it('treats an event it cannot parse as a resync', () => {
    const h = harness();
    h.current().emit('change', 'not json');
    h.current().emit('change', { revision: 'x' });
    expect(h.log).toEqual(['resync', 'resync']);
  });

  it('does not resync on a reconnect the server answers with a replay', () => {
    const h = harness();
    h.current().open();
    h.current().emit('registry', { revision: 4, state: 'connected', syncing: false }, 'e1-4');
    h.current().fail(0);
    h.current().open(); // the browser resumed with Last-Event-ID: e1-4
    h.current().emit('change', change, 'e1-5');
    expect(h.log).toEqual(['registry connected', 'change 5']);
    expect(h.statuses).toEqual(['connecting', 'open', 'down', 'open']);
  });

  it('resyncs after a reconnect only when the server says so', () => {
    const h = harness();
    h.current().open();
    h.current().emit('change', change, 'e1-5');
    h.current().fail(0);
    h.current().open();
    expect(h.log).toEqual(['change 5']);
    h.current().emit('resync', '{"revision":2}', 'e2-2');
    expect(h.log).toEqual(['change 5', 'resync']);
  });

  it('resumes a re-created stream from the last event id it saw', () => {
    const h = harness();
    h.current().open();
    h.current().emit('change', change, 'e1-5');
    h.current().fail(2);
    h.timers.shift()!.callback();
    h.current().open();
    expect(h.urls).toEqual(['/api/events', '/api/events?lastEventId=e1-5']);
    expect(h.log).toEqual(['change 5']);
  });

  it('goes down on error and resyncs when it reconnects without ever having seen an event id', () => {
    const h = harness();
    h.current().open();
    h.current().fail(0);
    expect(h.statuses).toEqual(['connecting', 'open', 'down']);
    expect(h.timers).toHaveLength(0);
    h.current().open();
    expect(h.statuses.at(-1)).toBe('open');
    expect(h.log).toEqual(['resync']);
  });

  it('re-creates a stream the browser gave up on, with growing delays, and resyncs once it is back (no id seen)', () => {
    const h = harness();
    h.current().fail(2);
    h.current().fail(2); // ignored: that source is already closed and replaced only by the timer
    expect(h.sources[0]!.closed).toBe(true);
    expect(h.timers.map((timer) => timer.ms)).toEqual([1000]);
    h.timers.shift()!.callback();
    h.current().fail(2);
    expect(h.timers.map((timer) => timer.ms)).toEqual([2000]);
    h.timers.shift()!.callback();
    h.current().open();
    expect(h.sources).toHaveLength(3);
    expect(h.log).toEqual(['resync']);
    expect(h.statuses).toEqual(['connecting', 'down', 'open']);
  });

  it('stops for good when closed', () => {
    const h = harness();
    h.current().fail(2);
    h.close();
    expect(h.timers).toHaveLength(0);
    expect(h.current().closed).toBe(true);
  });

  it('caps the reconnect delay', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(reconnectDelay)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });
});
