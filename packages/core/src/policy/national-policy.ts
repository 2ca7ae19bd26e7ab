import nationalPolicyJson from "../../policy/national.json" with { type: "json" };
import { deepFreeze } from "../deep-freeze.js";
import type { Policy } from "./policy-schema.js";

/**
 * The national baseline policy, as data (also shipped as `policy/national.json`).
 * Compile it with `compilePolicy(nationalPolicy)`, adding a force's overlays if any.
 * It is checked against `Policy` and compiled in this package's tests, which is what
 * makes this cast safe.
 */
export const nationalPolicy: Policy = deepFreeze(nationalPolicyJson as unknown as Policy);
