import { registryChangeSchema, registryStatusEventSchema } from '@contract/registry-event.ts';
import type { RegistryChange, RegistryStatusEvent } from '@contract/registry-event.ts';
import { releaseChangeSchema } from '@contract/release-event.ts';
import type { ReleaseChange } from '@contract/release-event.ts';

/**
 * Keeps one EventSource on the server's change stream alive and reports its state.
 * Invariants: a reconnect resumes from the last event id seen (the browser sends it itself; a
 * re-created source carries it as `?lastEventId=`), and the server either replays what was missed
 * or answers `resync` — only then, or when no id was ever seen, does the client refetch everything;
 * a stream the browser gave up on (CLOSED, e.g. the server answered 502) is re-created with capped
 * exponential backoff; an event whose data does not match the contract counts as a resync, because
 * not knowing what changed means everything may have.
 */
export type LiveStreamStatus = 'connecting' | 'open' | 'down';

export type LiveEventHandlers = {
  onChange: (change: RegistryChange) => void;
  onRegistry: (status: RegistryStatusEvent) => void;
  /** `event: releases`: gray releases whose stored documents changed. */
  onReleases: (change: ReleaseChange) => void;
  onResync: () => void;
  onStatus: (status: LiveStreamStatus) => void;
};

/** The part of the DOM EventSource this module uses (so tests can drive a fake one). */
export type EventSourceLike = {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener: (type: string, listener: (event: MessageEvent<string>) => void) => void;
  close: () => void;
};

export type LiveEventStreamOptions = {
  url: string;
  handlers: LiveEventHandlers;
  createEventSource: (url: string) => EventSourceLike;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
};

const CLOSED = 2;
const MAX_BACKOFF_MS = 30_000;

export function reconnectDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, MAX_BACKOFF_MS);
}

/** Opens the stream and returns a function that closes it for good. */
export function openLiveEventStream(options: LiveEventStreamOptions): () => void {
  const { url, handlers, createEventSource } = options;
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let source: EventSourceLike | undefined;
  let timer: unknown;
  let attempt = 0;
  let missedEvents = false;
  let lastEventId: string | undefined;
  let stopped = false;
  let status: LiveStreamStatus | undefined;

  const report = (next: LiveStreamStatus) => {
    if (next === status) return;
    status = next;
    handlers.onStatus(next);
  };

  const connect = () => {
    timer = undefined;
    const current = createEventSource(resumeUrl(url, lastEventId));
    source = current;
    current.onopen = () => {
      attempt = 0;
      report('open');
      // With an id the server decides (replay or `resync`); without one it cannot know what we missed.
      if (missedEvents && lastEventId === undefined) handlers.onResync();
      missedEvents = false;
    };
    current.onerror = () => {
      // Only the live source may schedule a reconnect, and only once.
      if (stopped || current !== source || timer !== undefined) return;
      missedEvents = true;
      report('down');
      if (current.readyState !== CLOSED) return; // the browser retries by itself
      current.close();
      timer = setTimer(connect, reconnectDelay(attempt));
      attempt += 1;
    };
    const listen = (type: string, handle: (event: MessageEvent<string>) => void) =>
      current.addEventListener(type, (event) => {
        if (event.lastEventId) lastEventId = event.lastEventId;
        handle(event);
      });
    listen('change', (event) => {
      const change = parseData(event.data, registryChangeSchema);
      if (change) handlers.onChange(change);
      else handlers.onResync();
    });
    listen('registry', (event) => {
      const registry = parseData(event.data, registryStatusEventSchema);
      if (registry) handlers.onRegistry(registry);
      else handlers.onResync();
    });
    listen('releases', (event) => {
      const releases = parseData(event.data, releaseChangeSchema);
      if (releases) handlers.onReleases(releases);
      else handlers.onResync();
    });
    listen('resync', () => handlers.onResync());
  };

  report('connecting');
  connect();
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimer(timer);
    source?.close();
  };
}

/** The stream URL for a new EventSource, which (unlike the browser's own retry) sends no Last-Event-ID. */
export function resumeUrl(url: string, lastEventId: string | undefined): string {
  if (lastEventId === undefined) return url;
  return `${url}${url.includes('?') ? '&' : '?'}lastEventId=${encodeURIComponent(lastEventId)}`;
}

type Parser<T> = { safeParse: (value: unknown) => { success: true; data: T } | { success: false } };

function parseData<T>(data: string, schema: Parser<T>): T | undefined {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
