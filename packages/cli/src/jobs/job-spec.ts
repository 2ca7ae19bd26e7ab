import type { LinkConfig } from "../audit/audit-model.js";

/** What `validate --kind` checks a document against. */
export type DocumentKind =
  | "record"
  | "marker"
  | "transition"
  | "decision"
  | "policy"
  | "overlay"
  | "concept-map"
  | "taxonomy";

export const documentKinds: readonly DocumentKind[] = [
  "record",
  "marker",
  "transition",
  "decision",
  "policy",
  "overlay",
  "concept-map",
  "taxonomy",
];

/** Where a file's records come from: canonical documents, or a source export read by an adapter. */
export type RecordSource =
  | { readonly type: "document"; readonly kind: DocumentKind }
  | {
      readonly type: "adapter";
      /** A bundled adapter's id, or the absolute path of a module whose default export is a factory. */
      readonly adapter: string;
      readonly module: boolean;
      readonly force: string;
      /** `--concept-map` files by map name, as absolute paths. */
      readonly conceptMaps: Readonly<Record<string, string>>;
    };

export type RecordCommand = "validate" | "map" | "flag" | "audit";

/**
 * Everything a worker thread needs to process records exactly as the main thread would.
 * Plain data only: it crosses to workers by structured clone.
 */
export interface JobSpec {
  readonly command: RecordCommand;
  /** One per distinct source on the command line; batches name theirs by index. */
  readonly sources: readonly RecordSource[];
  /** Policy overlays (`--policy`) as parsed JSON, applied over the national policy in order. */
  readonly overlays: readonly unknown[];
  /** `flag`: which forms of each decision the outputs need, so no thread builds one for nothing. */
  readonly decisions: DecisionOutputs;
  /** `audit`: the link keys each record's facts are read with. */
  readonly links?: LinkConfig;
}

export interface DecisionOutputs {
  /** The decision as core's `Decision`: for `--decisions <file>`. */
  readonly full: boolean;
  /** The decision without values from the record: for `--output json`. */
  readonly redacted: boolean;
  /** The decision explained in lines (`explainDecision`): for the text, JUnit and GitHub reports. */
  readonly explained: boolean;
}
