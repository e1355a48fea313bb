/**
 * How the province map shades its communes by their number of products: "none" apart, then up to
 * three classes cut at the thirds of the non-zero counts, so the shades spread whatever the size
 * of the catalogue (a few products each today, dozens at a thousand products). Pure.
 */

/** A class of counts, `from`–`to` inclusive, and its shade: 0 (none) to 3 (darkest). */
export interface Shade {
  from: number;
  to: number;
  shade: 0 | 1 | 2 | 3;
}

/** The shades of the given counts, in order from none to most. */
export function shadesOf(counts: readonly number[]): Shade[] {
  const some = counts.filter((n) => n > 0).sort((a, b) => a - b);
  const out: Shade[] = [{ from: 0, to: 0, shade: 0 }];
  if (some.length === 0) return out;
  const at = (q: number) => some[Math.floor(q * (some.length - 1))]!;
  const cuts = [...new Set([at(1 / 3), at(2 / 3), some.at(-1)!])];
  const shades: Record<number, Shade["shade"][]> = { 1: [3], 2: [1, 3], 3: [1, 2, 3] };
  let from = 1;
  cuts.forEach((to, i) => {
    out.push({ from, to, shade: shades[cuts.length]![i]! });
    from = to + 1;
  });
  return out;
}

/** The shade of one count among `shades` (from shadesOf over every count). */
export function shadeOf(count: number, shades: readonly Shade[]): Shade["shade"] {
  return shades.find((s) => count >= s.from && count <= s.to)?.shade ?? shades.at(-1)!.shade;
}
