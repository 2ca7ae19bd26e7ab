import type { z } from "zod";
import type { CodeOf } from "../concept-map/code-of.js";
import { type ConceptLookup, lookupCode } from "../concept-map/lookup.js";
import type { Adapter, ConceptMaps, TargetOf } from "../define-adapter.js";
import { type KitIssue, kitIssue } from "../issue.js";
import type { MapContext, Rejected } from "./map-context.js";
import type { UnmappedCode } from "./map-report.js";

/** One concept-map lookup made while mapping a record. Holds a source code: never log it. */
export interface LookupNote {
  readonly conceptMap: string;
  readonly system: string;
  readonly code: string;
  readonly path: string;
  readonly status: ConceptLookup["status"];
}

const reasonPattern = /^[a-z][a-z0-9_-]{0,63}$/;

/** The field a source path starts at: `flags` for `flags`, `/flags/2` or `flags[2]`. */
export const fieldOfPath = (path: string): string =>
  (path.startsWith("/") ? path.slice(1) : path).split(/[/[.]/)[0] ?? "";

/** The context `map` gets for one record, and what it collected. */
export class RecordContext<M extends ConceptMaps> implements MapContext<M> {
  readonly adapter: { readonly id: string; readonly version: string };
  readonly unmappedCodes: UnmappedCode[] = [];
  readonly ignored = new Map<string, string>();
  readonly lookups: LookupNote[] = [];
  /** Fields reported through `unmapped` or a lookup: accounted for. */
  readonly reportedFields = new Set<string>();
  rejection: KitIssue | undefined;

  constructor(private readonly definition: Pick<Adapter<z.ZodType, M>, "id" | "version" | "conceptMaps">) {
    this.adapter = { id: definition.id, version: definition.version };
  }

  lookup<N extends keyof M & string>(
    conceptMap: N,
    code: string,
    path: string,
  ): ConceptLookup<TargetOf<M[N]>> {
    const map = this.definition.conceptMaps[conceptMap];
    if (map === undefined) throw new Error("Unknown concept map name");
    const result = lookupCode(map, code) as ConceptLookup<TargetOf<M[N]>>;
    this.lookups.push({ conceptMap, system: map.source, code, path, status: result.status });
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
    const known = this.unmappedCodes.some((u) => u.system === system && u.code === code && u.path === path);
    if (!known) this.unmappedCodes.push({ system, code, path });
  }

  ignore(field: string, reason: string): void {
    this.ignored.set(String(field), String(reason));
  }

  reject(reason: string, field?: string): Rejected {
    const valid = typeof reason === "string" && reasonPattern.test(reason);
    const path = typeof field === "string" ? [field] : [];
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
