/** An element of a parsed XML document. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
const name = "[A-Za-z_][\\w.-]*";
const tagPattern = new RegExp(`^<(/?)(${name})((?:\\s+${name}\\s*=\\s*"[^"]*")*)\\s*(/?)>$`);
const attributePattern = new RegExp(`(${name})\\s*=\\s*"([^"]*)"`, "g");

function decode(text: string, where: string): string {
  for (let i = text.indexOf("&"); i >= 0; i = text.indexOf("&", i + 1)) {
    entity.lastIndex = i;
    if (!entity.test(text)) throw new Error(`a bare & in ${where}`);
  }
  if (text.includes("<")) throw new Error(`a bare < in ${where}`);
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, "&");
}

/**
 * A tiny, strict XML well-formedness check for the JUnit report (no dependency): an optional
 * declaration, one root element, tags that nest and close, quoted attributes without
 * duplicates, and text and attribute values whose `&` and `<` are escaped. Comments, CDATA and
 * DOCTYPEs are refused, since the report never writes them. Throws on anything else.
 */
export function parseXml(text: string): XmlElement {
  const body = text.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, "");
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let at = 0;
  while (at < body.length) {
    const open = body.indexOf("<", at);
    const textEnd = open < 0 ? body.length : open;
    const between = body.slice(at, textEnd);
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      if (between.trim() !== "") throw new Error("text outside the root element");
    } else parent.text += decode(between, `the text of <${parent.name}>`);
    if (open < 0) break;
    const close = body.indexOf(">", open);
    if (close < 0) throw new Error("a tag that never closes");
    const tag = body.slice(open, close + 1);
    const match = tagPattern.exec(tag);
    if (match === null) throw new Error(`not a well-formed tag: ${tag}`);
    const [, slash, tagName = "", attributeText = "", selfClosing] = match;
    if (slash === "/") {
      if (attributeText !== "" || selfClosing === "/") throw new Error(`not a well-formed end tag: ${tag}`);
      const element = stack.pop();
      if (element?.name !== tagName) throw new Error(`</${tagName}> closes <${element?.name ?? "nothing"}>`);
    } else {
      if (root !== undefined && stack.length === 0) throw new Error("more than one root element");
      const attributes: Record<string, string> = {};
      for (const [, key = "", value = ""] of attributeText.matchAll(attributePattern)) {
        if (Object.hasOwn(attributes, key)) throw new Error(`attribute ${key} twice on <${tagName}>`);
        attributes[key] = decode(value, `attribute ${key} of <${tagName}>`);
      }
      const element: XmlElement = { name: tagName, attributes, children: [], text: "" };
      stack[stack.length - 1]?.children.push(element);
      root ??= element;
      if (selfClosing !== "/") stack.push(element);
    }
    at = close + 1;
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (root === undefined) throw new Error("no root element");
  return root;
}

/** The children of an element with the given name. */
export const childrenNamed = (element: XmlElement, tag: string): XmlElement[] =>
  element.children.filter((child) => child.name === tag);

/** An attribute read as a whole number; NaN when missing or not a number. */
export const countAttribute = (element: XmlElement, attribute: string): number => {
  const value = element.attributes[attribute];
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : Number.NaN;
};
