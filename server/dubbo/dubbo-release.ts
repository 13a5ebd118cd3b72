/**
 * Dubbo releases as comparable numbers. Matching rules changed across releases (dubbo-format.md §3b
 * "Matching by version"), so the effective-state and traffic-share code emulate one release at a time.
 * '' (unknown) means "assume the current line", 3.3.
 */
export interface DubboRelease {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

const ASSUMED: DubboRelease = { major: 3, minor: 3, patch: 1 };

/** Reads `2.7.8`, `3.3.0-beta.4`, `dubbo-3.1.11`; unreadable text falls back to 3.3. */
export function parseRelease(release: string): DubboRelease {
  const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(release);
  if (m === null) return ASSUMED;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? '0') };
}

/** True when `release` is at or after `major.minor.patch`. */
export function releaseAtLeast(release: DubboRelease, major: number, minor: number, patch = 0): boolean {
  if (release.major !== major) return release.major > major;
  if (release.minor !== minor) return release.minor > minor;
  return release.patch >= patch;
}

/** A 2.6-or-older release: no config center, so no YAML rules at all (dubbo-format.md §3a). '' is not legacy. */
export function isLegacyRelease(release: string): boolean {
  return release !== '' && !releaseAtLeast(parseRelease(release), 2, 7);
}
