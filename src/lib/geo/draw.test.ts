import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { INSETS, locatorSize, locatorSvg, provinceDrawing } from "./draw.ts";
import { neighbourCodes } from "./neighbours.ts";
import { UNITS } from "./province.ts";

/** The rings of SVG path data as the drawing writes it ("M12 30l4-3 5 0z…"), as absolute points. */
function rings(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  for (const [, x, y, rest] of d.matchAll(/M(-?\d+) (-?\d+)((?:l[-\d ]+)?)z/g)) {
    const ring: [number, number][] = [[Number(x), Number(y)]];
    const numbers = (rest ?? "").slice(1).match(/-?\d+/g)?.map(Number) ?? [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const [px, py] = ring.at(-1)!;
      ring.push([px + numbers[i]!, py + numbers[i + 1]!]);
    }
    out.push(ring);
  }
  return out;
}
/** Area enclosed by path data (shoelace; holes wound the other way subtract). */
const area = (d: string) =>
  Math.abs(
    rings(d).reduce(
      (sum, ring) =>
        sum + ring.reduce((s, [x, y], i) => s + x * ring[(i + 1) % ring.length]![1] - ring[(i + 1) % ring.length]![0] * y, 0) / 2,
      0,
    ),
  );

describe("the province map", () => {
  const map = provinceDrawing();

  it("draws every unit once, as short relative path data", () => {
    expect(map.units.map((u) => u.code).sort()).toEqual(UNITS.map((u) => u.id).sort());
    for (const u of map.units) expect(u.d, u.code).toMatch(/^(M-?\d+ -?\d+(l-?\d+(?:[ -]-?\d+|-\d+)*)?z)+$/);
  });

  it("keeps shared borders shared: neighbours meet on the same drawn points, simplified once", () => {
    const vertices = new Map(map.units.map((u) => [u.code, new Set(rings(u.d).flat().map(String))]));
    const apart: string[] = [];
    let pairs = 0;
    let along = 0;
    for (const [a, around] of neighbourCodes())
      for (const b of around) {
        const shared = [...vertices.get(a)!].filter((p) => vertices.get(b)!.has(p)).length;
        pairs++;
        if (shared === 0) apart.push(`${a}–${b}`);
        if (shared >= 2) along++;
      }
    expect(apart).toEqual([]);
    // All but the shortest borders (shorter than a drawing unit: they round to one point) keep a stretch.
    expect(along / pairs).toBeGreaterThan(0.98);
  });

  it("draws the inset's wards at its magnification (4×: 16× the area)", () => {
    const [inset] = map.insets;
    const ward = inset!.units.find((u) => u.code === "21025")!;
    const main = map.units.find((u) => u.code === "21025")!;
    expect(area(ward.d) / area(main.d)).toBeGreaterThan(16 * 0.7);
    expect(area(ward.d) / area(main.d)).toBeLessThan(16 * 1.3);
  });

  it("fits the drawing, and rings the one island", () => {
    for (const u of map.units) {
      expect(u.box[0], u.code).toBeGreaterThanOrEqual(0);
      expect(u.box[2], u.code).toBeLessThanOrEqual(map.width);
      expect(u.box[3], u.code).toBeLessThanOrEqual(map.height);
    }
    expect(map.islands.map((i) => i.code)).toEqual(["21548"]);
    const ring = map.islands[0]!;
    expect(ring.cx + ring.r).toBeLessThanOrEqual(map.width);
    expect(ring.cy - ring.r).toBeGreaterThanOrEqual(0);
  });

  it("shows each inset's wards inside its frame, and outlines on the main map the area it enlarges", () => {
    for (const inset of map.insets) {
      const spec = INSETS.find((i) => i.id === inset.id)!;
      for (const code of spec.codes)
        expect(
          inset.units.map((u) => u.code),
          `${inset.id} ${code}`,
        ).toContain(code);
      const { frame } = inset;
      expect(frame.x + frame.width).toBeLessThanOrEqual(map.width);
      expect(frame.y + frame.height).toBeLessThanOrEqual(map.height);
      // The wards' shapes on the main map lie within the outlined area.
      for (const code of spec.codes) {
        const box = map.units.find((u) => u.code === code)!.box;
        expect(box[0]).toBeGreaterThanOrEqual(inset.area[0]);
        expect(box[2]).toBeLessThanOrEqual(inset.area[2]);
      }
    }
  });

  it("places names where they fit: none crossing another, an inset or the island's ring", () => {
    const names = UNITS.map((u) => ({ code: u.id, text: u.properties!.name }));
    const labels = map.labels([{ text: "PHÍA TÂY", at: [300, 500], caps: true }, ...names], 34);
    expect(labels[0]).toEqual({ text: "PHÍA TÂY", x: 300, y: 500, caps: true });
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.length).toBeLessThan(names.length);
    const half = (text: string, caps?: boolean) => (text.length * (caps ? 0.82 : 0.6) * 34) / 2;
    const boxes = labels.map((l) => [l.x - half(l.text, l.caps), l.y - 25, l.x + half(l.text, l.caps), l.y + 25]);
    const crossing = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).filter((b) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!),
    );
    expect(crossing).toEqual([]);
    const ring = map.islands[0]!;
    for (const [x0, y0, x1, y1] of boxes) {
      expect(x1! < ring.cx - ring.r || x0! > ring.cx + ring.r || y1! < ring.cy - ring.r || y0! > ring.cy + ring.r).toBe(true);
      for (const { frame } of map.insets) expect(x1! <= frame.x || x0! >= frame.x + frame.width || y1! <= frame.y).toBe(true);
    }
  });
});

describe("locators", () => {
  it("one per unit, each a standalone SVG of the size the pages reserve, under 4 KB gzip", () => {
    const { width, height } = locatorSize();
    for (const u of UNITS) {
      const svg = locatorSvg(u.id)!;
      expect(svg, u.id).toMatch(
        new RegExp(
          `^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
        ),
      );
      expect(gzipSync(svg, { level: 9 }).length, u.id).toBeLessThanOrEqual(4096);
    }
  });

  it("marks the commune in the one dark colour, and rings it when it is small", () => {
    const fill = (svg: string) => [...svg.matchAll(/<path d="([^"]+)" fill="#0b5a80"\/>/g)].map((m) => m[1]);
    expect(fill(locatorSvg("21548")!)).toHaveLength(1);
    expect(locatorSvg("21548")).toContain("<circle"); // Lý Sơn
    expect(locatorSvg("21025")).toContain("<circle"); // Cẩm Thành, a city ward
    expect(locatorSvg("23641") ?? locatorSvg(UNITS.find((u) => u.properties!.name === "Ia Tơi")!.id)).not.toContain("<circle");
  });

  it("has none for a code without a shape", () => {
    expect(locatorSvg("99999")).toBeUndefined();
  });
});
