/**
 * The signs every reference export must express on a child, each through a local code, so
 * that the consistency proof (examples/consistent-flagging) compares all four systems on them.
 */
export const signsEveryExportExpresses = [
  "missing-from-home-or-care",
  "exchange-gifts",
  "exchange-money",
  "associates-with-older-adults",
  "drug-supply",
  "found-out-of-area",
  "online-grooming",
  "staying-out-late",
  "multiple-phones-or-sims",
] as const;

/** A concept map entry, as far as these helpers read it. */
type Entry = { readonly code: string } & (
  | { readonly noMap: true }
  | { readonly target: string; readonly relationship: string }
);

/**
 * The targets a map's local codes can write exactly: a code mapped as `equivalent`, or as
 * `source-is-narrower-than-target` (a narrower code still gives the same indicator, so the
 * canonical facts are the same).
 */
export const expressibleTargets = (map: { readonly entries: readonly Entry[] }): Set<string> =>
  new Set(
    map.entries.flatMap((entry) =>
      "target" in entry &&
      (entry.relationship === "equivalent" || entry.relationship === "source-is-narrower-than-target")
        ? [entry.target]
        : [],
    ),
  );
