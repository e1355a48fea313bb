/**
 * The one Vietnamese fold: lower case, no tones or vowel marks, đ as d.
 * "Đường Mạch Nha" → "duong mach nha". Used to compare names as a reader would, not to show them.
 */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().trim();
}
