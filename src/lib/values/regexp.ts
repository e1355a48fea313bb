/** `text` as a regular expression that matches it literally: paths from the config may hold `.`, `+` or `(`. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
