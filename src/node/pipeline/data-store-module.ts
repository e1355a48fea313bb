/**
 * Astro's content data store reaches the build as one module, `export default JSON.parse("…")`,
 * whose string literal is the whole store (every product's rendered story). V8 compiles a string
 * literal of more than a few million characters far more slowly than its length would say, and it
 * compiles this module again whenever any content changed. The same data written as many small
 * literals joined at run time compiles in a fraction of the time and parses to the same value.
 * Node only (build time).
 */

/** The module's shape as Astro writes it (astro/dist/content/vite-plugin-content-virtual-mod.js). */
const PREFIX = "export default JSON.parse(";
const SUFFIX = ")";

/** Characters per literal: well below the length where V8's compile time stops growing in step. */
export const PART_LENGTH = 1 << 20;

/**
 * Where a JSON string literal's text may be cut at or before `cut`: where the escape sequence
 * that spans `cut` begins (`\\"`, `\\\\`, `\\n`, `\\u00e1`…), else `cut`.
 */
function escapeStartBefore(text: string, cut: number): number {
  // Nor between the halves of a surrogate pair: a half alone is no text a file can hold.
  if (/[\uD800-\uDBFF]/.test(text[cut - 1]!)) return cut - 1;
  for (let p = cut - 1; p >= Math.max(0, cut - 5); p--) {
    if (text[p] !== "\\") continue;
    // A backslash starts an escape when an even number of backslashes precede it.
    let run = 0;
    while (p - run - 1 >= 0 && text[p - run - 1] === "\\") run++;
    if (run % 2 === 1) continue;
    const length = text[p + 1] === "u" ? 6 : 2;
    return p + length > cut ? p : cut;
  }
  return cut;
}

/** Whether every `"` in a literal's text is escaped: the text is one literal's, not `"a" + "b"`. */
function allQuotesEscaped(text: string): boolean {
  for (let q = text.indexOf('"'); q >= 0; q = text.indexOf('"', q + 1)) {
    let run = 0;
    while (q - run - 1 >= 0 && text[q - run - 1] === "\\") run++;
    if (run % 2 === 0) return false;
  }
  return true;
}

/**
 * The data store module with its one string literal cut into literals of at most about
 * `partLength` characters, joined when the module runs; undefined when the module is not in the
 * shape above (another Astro version, say), which is then left as it is. The literal's text is
 * cut where no escape sequence is, so no copy of the store is parsed or made.
 */
export function splitDataStoreModule(code: string, partLength = PART_LENGTH): string | undefined {
  if (!code.startsWith(PREFIX) || !code.endsWith(SUFFIX)) return undefined;
  const literal = code.slice(PREFIX.length, -SUFFIX.length);
  if (literal.length < 2 || !literal.startsWith('"') || !literal.endsWith('"')) return undefined;
  const text = literal.slice(1, -1);
  if (!allQuotesEscaped(text)) return undefined;
  if (text.length <= partLength) return code;
  const parts: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + partLength, text.length);
    if (end < text.length) {
      end = escapeStartBefore(text, end);
      // An escape or a surrogate pair at the very start of a part longer than the part: take it whole.
      if (end <= start) end = start + (text[start] !== "\\" ? 2 : text[start + 1] === "u" ? 6 : 2);
    }
    parts.push(`"${text.slice(start, end)}"`);
    start = end;
  }
  return `${PREFIX}[${parts.join(",")}].join("")${SUFFIX}`;
}
