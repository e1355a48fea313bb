/**
 * Commune names resolve as typed, for the whole province: one case for every current name in
 * content/localities, and one for every former unit of the 2025 merger table
 * (tests/fixtures/localities/former-units-2025.csv), in each spelling the table gives.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readImportContent } from "./content.ts";
import { LocalityResolver, localityLabel } from "./localities.ts";

const ROOT = join(import.meta.dirname, "../../..");
const resolver = new LocalityResolver(readImportContent(join(ROOT, "content")).localities);

interface FormerUnit {
  new_name: string;
  new_kind: string;
  former_type: string;
  former_name_resolution: string;
  former_name_gso: string;
  share: string;
  former_district: string;
}
const table = parse(readFileSync(join(ROOT, "tests/fixtures/localities/former-units-2025.csv")), {
  columns: true,
}) as FormerUnit[];

/** The locality a new unit of the table became: its name, exactly, in content/localities. */
function idOf(newName: string): string {
  const found = resolver.all.filter((l) => l.name === newName);
  expect(found, newName).toHaveLength(1);
  return found[0]!.id;
}

/** Every locality that took in part of a former unit (Trà Bùi went to two). */
function idsOf(unit: FormerUnit): string[] {
  const same = table.filter(
    (u) =>
      u.former_type === unit.former_type &&
      u.former_name_resolution === unit.former_name_resolution &&
      u.former_district === unit.former_district,
  );
  return [...new Set(same.map((u) => idOf(u.new_name)))].sort();
}

describe("the table and the catalogue", () => {
  it("name the same 96 units, and the table the 274 former ones", () => {
    expect(resolver.all).toHaveLength(96);
    expect(new Set(table.map((u) => u.new_name)).size).toBe(96);
    expect(table).toHaveLength(274);
  });
});

describe("every current name resolves to its own unit, as typed", () => {
  for (const l of resolver.all) {
    it(`${localityLabel(l)} → ${l.id}`, () => {
      for (const text of [l.name, localityLabel(l), l.id]) expect(resolver.current(text), text).toEqual([l]);
    });
  }
});

describe("every former unit of the table resolves to the unit that took it in", () => {
  for (const unit of table) {
    const spellings = [...new Set([unit.former_name_resolution, unit.former_name_gso])];
    for (const name of spellings) {
      const address = unit.former_type === "huyện" ? `huyện ${name}` : `${unit.former_type} ${name}, ${unit.former_district}`;
      const split = unit.share === "một phần" || unit.share === "phần còn lại" ? " (split: every unit that took a part)" : "";
      it(`${address} → ${unit.new_name}${split}`, () => {
        const want = split ? idsOf(unit) : [idOf(unit.new_name)];
        expect(
          resolver
            .former(address)
            .map((m) => m.locality.id)
            .sort(),
        ).toEqual(want);
      });
    }
  }
});

describe("names that differ only in their marks are different units; folded, they are ambiguous", () => {
  const cases: [string, string[], boolean][] = [
    ["Ba Tơ", ["ba-to"], false],
    ["Ba Tô", ["ba-to-2"], false],
    ["xã Ba Tô", ["ba-to-2"], false],
    ["Sơn Hà", ["son-ha"], false],
    ["Sơn Hạ", ["son-ha-2"], false],
    // "Tịnh" is no "tỉnh": the commune that kept its own former name.
    ["Tịnh Khê", ["tinh-khe"], false],
    ["xã Tịnh Khê", ["tinh-khe"], false],
    ["tinh khe", ["tinh-khe"], true],
    ["Đắk Rve", ["dak-rve"], true],
    ["Dak Rve", ["dak-rve"], true],
    ["Ba To", ["ba-to", "ba-to-2"], true],
    ["xa Son Ha", ["son-ha", "son-ha-2"], true],
  ];
  for (const [text, ids, folded] of cases) {
    it(`"${text}" → ${ids.join(" or ")}${folded ? " (folded)" : ""}`, () => {
      const match = resolver.currentMatch(text);
      expect(match.found.map((l) => l.id).sort()).toEqual(ids);
      expect(match.folded).toBe(folded);
    });
  }

  it("a former commune typed with its marks finds one unit; typed without them, both", () => {
    expect(resolver.former("xã Bình Thạnh, huyện Bình Sơn").map((m) => m.locality.id)).toEqual(["binh-son"]);
    expect(resolver.former("xã Bình Thanh, huyện Bình Sơn").map((m) => m.locality.id)).toEqual(["dong-son"]);
    expect(
      resolver
        .former("xa Binh Thanh, huyen Binh Son")
        .map((m) => m.locality.id)
        .sort(),
    ).toEqual(["binh-son", "dong-son"]);
    // The unit word settles a name two kinds of unit shared: thị trấn Đăk Hà, xã Đăk Hà (Tu Mơ Rông).
    expect(resolver.former("thị trấn Đăk Hà").map((m) => m.locality.id)).toEqual(["dak-ha"]);
    expect(resolver.former("xã Đăk Hà, huyện Tu Mơ Rông").map((m) => m.locality.id)).toEqual(["tu-mo-rong"]);
  });

  it("a district or a province typed where a commune goes is no commune", () => {
    expect(resolver.current("huyện Ba Tơ")).toEqual([]);
    expect(resolver.current("tỉnh Kon Tum")).toEqual([]);
  });
});

describe("an address that names only a former district", () => {
  const districts = [...new Set(table.map((u) => u.former_district))].filter((d) => d !== "huyện Lý Sơn");
  for (const district of districts) {
    it(`"${district}" is district-only, as the table writes it`, () => {
      expect(resolver.former(district)).toEqual([]);
      expect(resolver.districtOnly(district)).toBe(district);
    });
  }

  it("keeps a village and a province beside the district; anything that may be a commune is not district-only", () => {
    expect(resolver.districtOnly("huyện Kon Plông, tỉnh Kon Tum")).toBe("huyện Kon Plông");
    expect(resolver.districtOnly("thôn 1, huyện Nghĩa Hành, Quảng Ngãi")).toBe("huyện Nghĩa Hành");
    expect(resolver.districtOnly("xã Hành Thuận, huyện Nghĩa Hành")).toBeUndefined();
    expect(resolver.districtOnly("Hành Thuận, huyện Nghĩa Hành")).toBeUndefined();
    expect(resolver.districtOnly("huyện Không Có")).toBeUndefined();
    // Huyện Lý Sơn became one unit whole: it resolves.
    expect(resolver.former("huyện Lý Sơn").map((m) => m.locality.id)).toEqual(["ly-son"]);
  });
});
