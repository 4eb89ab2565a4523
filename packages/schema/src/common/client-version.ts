/** `2.41.2`, `v2.41`, `2.49`: two to four dot-separated numbers, optional leading `v`. Compiled once. */
const versionPattern = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?$/;

/** An On-Premises client version as numbers, e.g. `[2, 41, 2]`. */
export type ClientVersion = readonly number[];

/** Parses an On-Premises client version such as `"2.41.2"` or `"v2.53"`; `undefined` when malformed. */
export function parseClientVersion(version: string): ClientVersion | undefined {
  const match = versionPattern.exec(version.trim());
  if (match === null) return undefined;
  return match.slice(1).flatMap((part) => (part === undefined ? [] : [Number(part)]));
}

/** True when `version` is older than `threshold` (missing parts count as 0: `2.41` is older than `2.41.2`). */
export function isVersionBefore(version: ClientVersion, threshold: ClientVersion): boolean {
  const length = Math.max(version.length, threshold.length);
  for (let index = 0; index < length; index++) {
    const left = version[index] ?? 0;
    const right = threshold[index] ?? 0;
    if (left !== right) return left < right;
  }
  return false;
}
