import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { producerSchema } from "./producer.ts";
import { productSchema } from "./product.ts";

// Astro calls a collection's schema function once per entry, with an image helper that
// resolves paths against that entry's file. Making every field again for each entry cost more
// than checking the entries (10,000 products): only the images may be made per entry.
const helper = () => () => z.string();

describe.each([
  ["products", productSchema],
  ["producers", producerSchema],
] as const)("the %s schema, made once per entry", (_, schemaOf) => {
  it("shares every field but the images between entries", () => {
    const a = schemaOf(helper()).shape;
    const b = schemaOf(helper()).shape;
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const key of Object.keys(a) as (keyof typeof a)[])
      if (key === "images") expect(a[key], key).not.toBe(b[key]);
      else expect(a[key], key).toBe(b[key]);
  });

  it("keeps the images where the editors' forms show them, between the other fields", () => {
    const keys = Object.keys(schemaOf(helper()).shape);
    expect(keys.indexOf("images")).toBeGreaterThan(0);
    expect(keys.indexOf("images")).toBeLessThan(keys.length - 1);
  });
});
