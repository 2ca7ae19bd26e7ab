/** Names that can reach an object's prototype when used as keys. Never used as field names. */
export const forbiddenKeys: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
