import { describe, expect, it } from "vitest";
import { OTHERS, PRODUCTS } from "../../../tests/fixtures/search/catalogue.ts";
import { EMPTY_STATE, pagefindQuery, parseState, serializeState, suggest, toggleFilter } from "./search-state.ts";

describe("search state in the URL", () => {
  it("round-trips query, filters and sort in a stable order", () => {
    const state = parseState("?sort=price&group=Th%E1%BB%B1c+ph%E1%BA%A9m&q=+t%E1%BB%8Fi+&stars=5&stars=4");
    expect(state).toEqual({ q: "tỏi", filters: { group: ["Thực phẩm"], stars: ["4", "5"] }, sort: "price" });
    expect(parseState(serializeState(state))).toEqual(state);
    expect(serializeState(state)).toBe("?q=t%E1%BB%8Fi&stars=4&stars=5&group=Th%E1%BB%B1c+ph%E1%BA%A9m&sort=price");
  });

  it("ignores unknown filters and sorts, and an empty state has no query string", () => {
    expect(parseState("?colour=red&sort=random")).toEqual(EMPTY_STATE);
    expect(serializeState(EMPTY_STATE)).toBe("");
  });

  it("toggles filter values on and off", () => {
    const on = toggleFilter(EMPTY_STATE, "locality", "Lý Sơn", true);
    expect(on.filters).toEqual({ locality: ["Lý Sơn"] });
    expect(toggleFilter(on, "locality", "Lý Sơn", false).filters).toEqual({});
  });
});

describe("what Pagefind is asked", () => {
  it("any value of one filter, all filters together, and the sort key", () => {
    const q = pagefindQuery({ q: "toi", filters: { stars: ["4", "5"], region: ["phía Đông"] }, sort: "stars" });
    expect(q).toEqual({
      term: "toi",
      options: { filters: { stars: { any: ["4", "5"] }, region: { any: ["phía Đông"] } }, sort: { stars: "desc" } },
    });
  });

  it("an empty query lists every page matching the filters", () => {
    expect(pagefindQuery({ ...EMPTY_STATE, filters: { group: ["Thực phẩm"] } }).term).toBeNull();
    expect(pagefindQuery({ ...EMPTY_STATE, q: "toi" }).options).toEqual({});
  });
});

describe("spelling suggestions", () => {
  const terms = ["Tỏi Lý Sơn", "Mạch nha", "Quế Trà Bồng", "Đường phèn"];
  it("suggest the closest names, compared without marks", () => {
    expect(suggest("toi ly sn", terms)).toEqual(["Tỏi Lý Sơn"]);
    expect(suggest("mach nah", terms)).toEqual(["Mạch nha"]);
    expect(suggest("duong phen", terms)).toEqual([]);
    expect(suggest("duong phem", terms)).toEqual(["Đường phèn"]);
  });
  it("suggest nothing for far-off or very short queries", () => {
    expect(suggest("xyzxyz", terms)).toEqual([]);
    expect(suggest("qu", terms)).toEqual([]);
  });
});

describe("“Did you mean” on the fixture catalogue, in both languages", () => {
  const vi = [...PRODUCTS.map((p) => p.name), ...OTHERS.map((o) => o.name)];
  const en = PRODUCTS.map((p) => p.en);
  it("a wrong letter in a Vietnamese name typed without marks: “toi an hoi” → Tỏi An Hải", () => {
    expect(suggest("toi an hoi", vi)[0]).toBe("Tỏi An Hải");
  });
  it("a wrong letter in an English name: “an hoi garlic” → An Hải garlic", () => {
    expect(suggest("an hoi garlic", en)[0]).toBe("An Hải garlic");
  });
  it("a name typed right is not suggested back", () => {
    expect(suggest("toi an hai", vi)).not.toContain("Tỏi An Hải");
  });
});
