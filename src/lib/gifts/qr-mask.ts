/**
 * The mask of a QR code, chosen as uqr chooses it in half the time. uqr (a port of Nayuki's
 * generator) scores each of the 8 masks on its arrays of booleans, shifting a history array with
 * unshift() for every run of modules: 1.2 of the 1.4 ms it takes for a page's URL, and a build
 * makes two codes per product (one per language). Here the code is encoded once, unmasked, and
 * each mask is scored on one byte per module (0.57 ms, the encoding included); uqr then draws
 * the code with the chosen mask. The scoring follows Nayuki's getPenaltyScore() rule for rule
 * (ISO/IEC 18004, 7.8.3), and a test checks that the chosen mask is uqr's own choice.
 */
import { encode, QrCodeDataType } from "uqr";

/** The 8 mask patterns: true where a data module is inverted. */
const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** Error correction level M's two format bits. */
const ECC_M_FORMAT = 0;

/** Draws the two copies of the format bits for `mask` (level M) into the modules `m` of a size-`n` code. */
function drawFormatBits(m: Uint8Array, n: number, mask: number): void {
  const data = (ECC_M_FORMAT << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  const bits = ((data << 10) | rem) ^ 0x5412;
  const bit = (i: number) => (bits >>> i) & 1;
  const set = (x: number, y: number, v: number) => (m[y * n + x] = v);
  for (let i = 0; i <= 5; i++) set(8, i, bit(i));
  set(8, 7, bit(6));
  set(8, 8, bit(7));
  set(7, 8, bit(8));
  for (let i = 9; i < 15; i++) set(14 - i, 8, bit(i));
  for (let i = 0; i < 8; i++) set(n - 1 - i, 8, bit(i));
  for (let i = 8; i < 15; i++) set(8, n - 15 + i, bit(i));
  set(8, n - 8, 1);
}

/**
 * Penalties of one row or column: runs of 5 or more modules of one colour (rule 1) and
 * finder-like patterns, dark 1:1:3:1:1 with 4 light modules on a side (rule 3). The history of
 * the last seven run lengths is kept in locals, newest first; the light border lengthens the
 * line's first run and its end.
 */
function linePenalty(m: Uint8Array, start: number, step: number, n: number): number {
  let result = 0;
  let h0 = 0;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let h4 = 0;
  let h5 = 0;
  let h6 = 0;
  let colour = 0;
  let run = 0;
  // One pass more than the line: the end of the line closes the last run (and a dark run is
  // followed by the light border).
  for (let i = 0, at = start; i <= n + 1; i++, at += step) {
    let ended: number;
    if (i < n) {
      const v = m[at]!;
      if (v === colour) {
        run++;
        if (run === 5) result += 3;
        else if (run > 5) result++;
        continue;
      }
      ended = run;
      colour = v;
      run = 1;
    } else if (i === n) {
      if (!colour) continue;
      ended = run;
      colour = 0;
      run = 0;
    } else ended = run + n;
    h6 = h5;
    h5 = h4;
    h4 = h3;
    h3 = h2;
    h2 = h1;
    h1 = h0;
    h0 = h1 === 0 ? ended + n : ended;
    // After a light run (a dark one just ended: the new colour is dark, or the line ended).
    if (colour === 1 || i === n + 1) {
      const c = h1;
      if (c > 0 && h2 === c && h3 === c * 3 && h4 === c && h5 === c)
        result += ((h0 >= c * 4 && h6 >= c ? 1 : 0) + (h6 >= c * 4 && h0 >= c ? 1 : 0)) * 40;
    }
  }
  return result;
}

/** The penalty score of modules `m` (1 = dark) of a size-`n` code: lower is easier to read. */
export function penaltyScore(m: Uint8Array, n: number): number {
  let result = 0;
  for (let line = 0; line < n; line++) result += linePenalty(m, line * n, 1, n) + linePenalty(m, line, n, n);
  for (let y = 0; y < n - 1; y++)
    for (let x = 0; x < n - 1; x++) {
      const at = y * n + x;
      const c = m[at];
      if (c === m[at + 1] && c === m[at + n] && c === m[at + n + 1]) result += 3;
    }
  let dark = 0;
  for (const v of m) dark += v;
  const total = n * n;
  return result + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}

/** The mask (0–7) uqr would choose for `text` at level M: the lowest penalty, the first of equals. */
export function chooseMask(text: string): number {
  const { data, types, size: n } = encode(text, { ecc: "M", border: 0, maskPattern: 0 });
  const unmasked = new Uint8Array(n * n);
  const isData = new Uint8Array(n * n);
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      const at = y * n + x;
      isData[at] = types[y]![x] === QrCodeDataType.Data ? 1 : 0;
      unmasked[at] = (data[y]![x] ? 1 : 0) ^ (isData[at] && MASKS[0]!(x, y) ? 1 : 0);
    }
  let best = 0;
  let bestPenalty = Infinity;
  const m = new Uint8Array(n * n);
  for (let mask = 0; mask < 8; mask++) {
    const invert = MASKS[mask]!;
    for (let y = 0; y < n; y++)
      for (let x = 0; x < n; x++) {
        const at = y * n + x;
        m[at] = unmasked[at]! ^ (isData[at] && invert(x, y) ? 1 : 0);
      }
    drawFormatBits(m, n, mask);
    const penalty = penaltyScore(m, n);
    if (penalty < bestPenalty) {
      best = mask;
      bestPenalty = penalty;
    }
  }
  return best;
}
