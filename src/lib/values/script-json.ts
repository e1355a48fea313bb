/**
 * Data as JSON for a `<script type="application/ld+json">` or `application/json` block: `<`, `>`
 * and `&` are written as \u escapes so no value can close the element or open a comment
 * (`</script>`, `<!--`), and U+2028/U+2029 likewise, so the text is also a valid JavaScript string.
 * JSON.parse reads the escaped text back to the same data.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
