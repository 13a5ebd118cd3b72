// Polls a probe until it yields a truthy value, so tests wait for conditions, never for fixed durations.
// A probe that throws counts as "not yet"; the last value or error is reported on timeout.

export interface WaitForOptions {
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
  /** What was awaited; a function is called at the timeout, so it can say where things stood. */
  readonly message?: string | (() => string);
}

export async function waitFor<T>(
  probe: () => T | Promise<T>,
  { timeoutMs = 10_000, intervalMs = 25, message = 'condition' }: WaitForOptions = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: { readonly value: unknown } | { readonly error: unknown } = { value: undefined };
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const detail = 'error' in last ? `last error: ${describe(last.error)}` : `last value: ${describe(last.value)}`;
  throw new Error(`waitFor timed out after ${timeoutMs} ms: ${typeof message === 'function' ? message() : message} (${detail})`);
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
