/**
 * The one Vietnamese fold: lower case, no tones or vowel marks, đ as d.
 * "Đường Mạch Nha" → "duong mach nha". Used to compare names as a reader would, not to show them.
 */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().trim();
}

/** A name folded to letters and digits only ("Xã / Phường" → "xaphuong"): how names typed by people are matched. */
export function foldKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, "");
}
