import * as t from "io-ts";
import { childContext, isObject, ownValue } from "./context.js";
import { type CodedValidationError, fail, isCodedError } from "./failure.js";
import { checkingCodec } from "./leaf.js";

const noShapeMessage = "Does not match any of the allowed shapes";

/**
 * Whether a branch recognised the value's shape at the union's own level: no wrong type
 * there and no unknown property. Same rule as core's reading of zod's union issues.
 */
function isPlausible(errors: t.Errors, depth: number): boolean {
  return errors.every((error) => {
    if (!isCodedError(error)) return error.context.length > depth;
    const { code } = (error as CodedValidationError).issue;
    if (code === "invalid_type") return error.context.length > depth;
    if (code === "unrecognized_key") return error.context.length > depth + 1;
    return true;
  });
}

/** Codes zod reports without aborting: checks on a value of the right type, refinements, unknown keys. */
const continuable: ReadonlySet<string> = new Set([
  "invalid_format",
  "too_small",
  "too_big",
  "custom",
  "unrecognized_key",
]);

/** Whether every error of a branch is one zod would continue after: the value had the right kind. */
const isContinuable = (errors: t.Errors): boolean =>
  errors.every((error) => isCodedError(error) && !error.aborts && continuable.has(error.issue.code));

/**
 * The first branch that accepts the value, like `z.union`. When all fail, the errors of the
 * one branch whose value had the right kind (only format, range or refinement errors) say
 * what is wrong, as zod reports them; failing that, those of the one branch that recognised
 * the shape; otherwise one `invalid_union` error is reported at the union.
 */
export function union<const Cs extends readonly [t.Mixed, t.Mixed, ...t.Mixed[]]>(
  name: string,
  branches: Cs,
): t.Type<t.TypeOf<Cs[number]>> {
  return checkingCodec<t.TypeOf<Cs[number]>>(name, (u, c) => {
    const failed: t.Errors[] = [];
    for (const branch of branches) {
      const result = branch.validate(u, c);
      if (result._tag === "Right") return t.success(result.right);
      failed.push(result.left);
    }
    const continued = failed.filter(isContinuable);
    const [onlyContinued] = continued;
    if (continued.length === 1 && onlyContinued) return t.failures(onlyContinued);
    const plausible = failed.filter((errors) => isPlausible(errors, c.length));
    const [only] = plausible;
    return plausible.length === 1 && only ? t.failures(only) : fail(c, "invalid_union", noShapeMessage);
  });
}

/**
 * Objects told apart by the value of one property, like `z.discriminatedUnion`: the
 * branch for that value decides, and an unknown value is reported at the property.
 */
export function taggedUnion<Tag extends string, Branches extends Readonly<Record<string, t.Mixed>>>(
  name: string,
  tag: Tag,
  branches: Branches,
): t.Type<t.TypeOf<Branches[keyof Branches]>> {
  const codec: t.Type<t.TypeOf<Branches[keyof Branches]>> = checkingCodec(name, (u, c) => {
    if (!isObject(u)) return fail(c, "invalid_type", "Expected object");
    const value = ownValue(u, tag);
    const branch = typeof value === "string" && Object.hasOwn(branches, value) ? branches[value] : undefined;
    if (branch === undefined)
      return fail(childContext(c, tag, codec, value), "invalid_union", noShapeMessage);
    return branch.validate(u, c);
  });
  return codec;
}
