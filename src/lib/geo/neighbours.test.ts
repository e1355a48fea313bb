import { describe, expect, it } from "vitest";
import { neighbourCodes } from "./neighbours.ts";
import { UNIT_CODES } from "./province.ts";

describe("neighbourCodes", () => {
  const map = neighbourCodes();

  it("has every unit, and is symmetric: b borders a whenever a borders b", () => {
    expect([...map.keys()].sort()).toEqual([...UNIT_CODES].sort());
    const oneWay = [...map].flatMap(([a, around]) => around.filter((b) => !map.get(b)?.includes(a)).map((b) => `${a}→${b}`));
    expect(oneWay).toEqual([]);
  });

  it("gives the island no neighbour and every mainland unit at least one, never itself", () => {
    expect([...map].filter(([, around]) => around.length === 0).map(([code]) => code)).toEqual(["21548"]); // Lý Sơn
    expect([...map].filter(([code, around]) => around.includes(code))).toEqual([]);
  });

  it("finds the wards of the former Quảng Ngãi city side by side", () => {
    // Cẩm Thành and Nghĩa Lộ; Cẩm Thành and Trương Quang Trọng.
    expect(map.get("21025")).toEqual(expect.arrayContaining(["21028", "21172"]));
  });
});
