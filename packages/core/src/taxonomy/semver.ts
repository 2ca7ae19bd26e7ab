/** Compares two `major.minor.patch` versions: negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < 3; i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

export type VersionBump = "major" | "minor" | "patch" | "none";

/** The kind of step from one version to another; `undefined` when the version went down. */
export function bumpBetween(from: string, to: string): VersionBump | undefined {
  if (compareVersions(to, from) < 0) return undefined;
  const [fromMajor, fromMinor, fromPatch] = from.split(".");
  const [toMajor, toMinor, toPatch] = to.split(".");
  if (fromMajor !== toMajor) return "major";
  if (fromMinor !== toMinor) return "minor";
  if (fromPatch !== toPatch) return "patch";
  return "none";
}
