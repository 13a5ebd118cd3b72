/**
 * How Dubbo's Java code reads parameter values, so the console draws the same conclusions from odd input.
 */

/** `URL.getParameter(key, boolean)`: empty → default, otherwise `Boolean.parseBoolean` (only "true", any case). */
export function javaBoolean(value: string | undefined, defaultValue: boolean): boolean {
  if (value === undefined || value === '') return defaultValue;
  return value.toLowerCase() === 'true';
}

/** `Integer.parseInt`: optional sign, decimal digits, 32-bit range; undefined when Java would throw. */
export function javaInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^[+-]?\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

/** `Object.toString()` of what SnakeYAML hands Dubbo, for scalar parameter values (`weight: 50` → "50"). */
export function javaToString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    // A YAML float stays a Double in Java: 1.0 prints as "1.0", not "1".
    return Number.isInteger(value) && Math.abs(value) < 1e7 ? value.toFixed(1) : String(value);
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `[${value.map(javaToString).join(', ')}]`;
  if (value instanceof Map) {
    return `{${[...value.entries()].map(([k, v]) => `${javaToString(k)}=${javaToString(v)}`).join(', ')}}`;
  }
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${k}=${javaToString(v)}`).join(', ')}}`;
  }
  return String(value);
}
