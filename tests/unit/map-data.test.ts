/**
 * The catalogue's localities and the boundary data the maps draw (data/geo/) match one to one, by
 * official code: every locality has exactly one shape, and every shape is a locality's. (The
 * content check refuses an unknown or repeated code; this also catches a shape left without a
 * locality, which a partial fixture catalogue may have but the site may not.)
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCollection } from "../../src/node/content/files.ts";
import { UNITS } from "../../src/lib/geo/province.ts";
import { ROOT } from "../../scripts/lib/dist.ts";

const localities = readCollection(join(ROOT, "content"), "localities");

describe("localities and their shapes", () => {
  it("every locality has exactly one shape, found by its code", () => {
    const wrong = localities
      .map((l) => ({ file: l.file, shapes: UNITS.filter((u) => u.id === l.data["code"]).length }))
      .filter((l) => l.shapes !== 1);
    expect(wrong).toEqual([]);
  });

  it("every shape is exactly one locality's", () => {
    const wrong = UNITS.map((u) => ({
      code: u.id,
      name: u.properties?.name,
      localities: localities.filter((l) => l.data["code"] === u.id).map((l) => l.file),
    })).filter((u) => u.localities.length !== 1);
    expect(wrong).toEqual([]);
    expect(localities).toHaveLength(96);
  });
});
