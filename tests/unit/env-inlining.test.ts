/**
 * Page code never names Vite's env object as a whole (import.meta.env.* only). In a build Astro replaces a bare reference
 * with an object holding every environment variable whose name appears in the module's text (a
 * variable named "_" appears in any module), so the bundled code changed with the shell that ran
 * the build: a page's dependency hash changed, and Astro's incremental build rendered all 47,288
 * pages of a 10,000-product catalogue again instead of 968.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
/**
 * What Astro's vite-plugin-import-meta-env looks for in a module's text, comments included; a
 * string literal ending there (a define for another bundler) is let through.
 */
const BARE = /\bimport\.meta\.env\b(?![.'"])/;

describe("Vite's env object", () => {
  it("is read by property (import.meta.env.BASE_URL), never as a whole, in src/, comments included", () => {
    const files = readdirSync(join(ROOT, "src"), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.(ts|astro|mjs|js)$/.test(e.name) && !e.name.endsWith(".test.ts"))
      .map((e) => join(e.parentPath, e.name));
    expect(files.length).toBeGreaterThan(50);
    const bare = files.filter((file) => BARE.test(readFileSync(file, "utf8"))).map((file) => relative(ROOT, file));
    expect(bare).toEqual([]);
  });

  it("finds the patterns Astro inlines", () => {
    expect(BARE.test("const b = import.meta.env?.BASE_URL;")).toBe(true);
    expect(BARE.test("const env = import.meta.env;")).toBe(true);
    expect(BARE.test("if (import.meta.env.DEV) {}")).toBe(false);
    expect(BARE.test(`define: { "import.meta.env": "{}" }`)).toBe(false);
  });
});
