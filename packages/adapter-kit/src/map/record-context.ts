import type { z } from "zod";
import type { CodeOf } from "../concept-map/code-of.js";
import { type ConceptLookup, lookupCode } from "../concept-map/lookup.js";
import type { Adapter, ConceptMaps, TargetOf } from "../define-adapter.js";
import { type KitIssue, kitIssue } from "../issue.js";
import type { MapContext, Rejected } from "./map-context.js";
import type { UnmappedCode } from "./map-report.js";
import { reportableCode } from "./reportable-code.js";

/** One concept-map lookup made while mapping a record. Holds a source code: never log it. */
export interface LookupNote {
  readonly conceptMap: string;
  readonly system: string;
  readonly code: string;
  readonly path: string;
  readonly status: ConceptLookup["status"];
  /** Set when the code is mapped as `not-related-to`. */
  readonly notRelated?: true;
}

/** A rejection or ignore reason: a short code such as `no-victim` or `free-text`. */
export const reasonPattern = /^[a-z][a-z0-9_-]{0,63}$/;

export const isReasonCode = (reason: unknown): reason is string =>
  typeof reason === "string" && reasonPattern.test(reason);

/** The field a source path starts at: `flags` for `flags`, `/flags/2` or `flags[2]`. */
export const fieldOfPath = (path: unknown): string =>
  typeof path === "string" ? ((path.startsWith("/") ? path.slice(1) : path).split(/[/[.]/)[0] ?? "") : "";

/** The context `map` gets for one record, and what it collected. */
export class RecordContext<M extends ConceptMaps> implements MapContext<M> {
  readonly adapter: { readonly id: string; readonly version: string };
  readonly unmappedCodes: UnmappedCode[] = [];
  /** Code systems (or `unreportable`) of reported codes that core could not hold as given. */
  readonly unreportable: string[] = [];
  readonly ignored = new Map<string, string>();
  readonly lookups: LookupNote[] = [];
  /** Fields reported through `unmapped` or a lookup: accounted for. */
  readonly reportedFields = new Set<string>();
  rejection: KitIssue | undefined;
  private readonly unreportableSeen = new Set<string>();

  /** `fields`: the source record's own keys, the only names `ignore` and `reject` accept. */
  constructor(
    private readonly definition: Pick<Adapter<z.ZodType, M>, "id" | "version" | "conceptMaps">,
    private readonly fields: readonly string[] = [],
  ) {
    this.adapter = { id: definition.id, version: definition.version };
  }

  private isField(field: unknown): field is string {
    return typeof field === "string" && this.fields.includes(field);
  }

  lookup<N extends keyof M & string>(
    conceptMap: N,
    code: string,
    path: string,
  ): ConceptLookup<TargetOf<M[N]>> {
    const maps = this.definition.conceptMaps;
    const map =
      typeof conceptMap === "string" && Object.hasOwn(maps, conceptMap) ? maps[conceptMap] : undefined;
    if (map === undefined) throw new Error("Unknown concept map name");
    const result = lookupCode(map, code) as ConceptLookup<TargetOf<M[N]>>;
    const note = { conceptMap, system: map.source, code, path, status: result.status };
    const notRelated = result.status === "mapped" && result.relationship === "not-related-to";
    this.lookups.push(notRelated ? { ...note, notRelated: true } : note);
    this.reportedFields.add(fieldOfPath(path));
    if (result.status === "not-yet-mapped") this.unmapped(map.source, code, path);
    return result;
  }

  target<N extends keyof M & string>(
    conceptMap: N,
    code: string,
    path: string,
  ): CodeOf<TargetOf<M[N]>> | undefined {
    const result = this.lookup(conceptMap, code, path);
    return result.status === "mapped" && result.relationship !== "not-related-to" ? result.target : undefined;
  }

  unmapped(system: string, code: string, path: string): void {
    this.reportedFields.add(fieldOfPath(path));
    const { unmapped, replaced } = reportableCode(system, code, path);
    if (replaced) {
      // Counted once per distinct code reported, like codes that fit.
      const key = JSON.stringify([String(system), String(code), String(path)]);
      if (!this.unreportableSeen.has(key)) {
        this.unreportableSeen.add(key);
        this.unreportable.push(unmapped.system);
      }
    }
    const known = this.unmappedCodes.some(
      (u) => u.system === unmapped.system && u.code === unmapped.code && u.path === unmapped.path,
    );
    if (!known) this.unmappedCodes.push(unmapped);
  }

  /** Counts only for a field of the source record and a reason that is a code; otherwise disregarded. */
  ignore(field: string, reason: string): void {
    if (this.isField(field) && isReasonCode(reason)) this.ignored.set(field, reason);
  }

  reject(reason: string, field?: string): Rejected {
    const valid = isReasonCode(reason);
    // Only a field of the source record goes into the issue's path: never a value.
    const path = this.isField(field) ? [field] : [];
    this.rejection ??= valid
      ? { ...kitIssue(path, "adapter_rejected", `Rejected by the adapter: ${reason}`), reason }
      : kitIssue(
          path,
          "invalid_rejection_code",
          "Rejected by the adapter with a reason that is not a valid code",
        );
    return { reason: valid ? reason : "invalid" } as unknown as Rejected;
  }
}
