/**
 * A yes/no answer as exports write it, the same answers `yesNoCell` accepts: `Y` or `N` as a
 * boolean, and a blank as `undefined`: not answered, which is not the same as "no". Anything
 * else is `null`, so a caller can tell a bad answer from a blank one.
 */
export function fromYesNo(text: string): boolean | undefined | null {
  if (text === "") return undefined;
  if (text === "Y") return true;
  if (text === "N") return false;
  return null;
}
