import { appendFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeHash } from "./code-hash.ts";
import { ogCardKey, type OgCard } from "../cards/og-card.ts";

const ROOT = join(import.meta.dirname, "../../..");

/** A copy of this project's src/ with sharp and the font package "installed" at the given versions. */
function projectWith(versions: { sharp: string; font: string }, edit?: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), "ocop-code-hash-"));
  cpSync(join(ROOT, "src"), join(root, "src"), { recursive: true });
  for (const [name, version] of [
    ["sharp", versions.sharp],
    ["@fontsource/be-vietnam-pro", versions.font],
  ] as const) {
    mkdirSync(join(root, "node_modules", name), { recursive: true });
    writeFileSync(join(root, "node_modules", name, "package.json"), JSON.stringify({ name, version }));
  }
  edit?.(root);
  return root;
}

const card: OgCard = {
  title: "Tỏi Lý Sơn",
  otherName: "",
  kicker: "Sản phẩm · Products",
  subtitle: "Lý Sơn",
  stars: 4,
  artSvg: "<svg/>",
  siteName: "OCOP Quảng Ngãi",
};
const versions = { sharp: "0.34.0", font: "5.2.0" };

describe("cache keys follow the code that makes the cached file", () => {
  it("gives a card the same key while the renderer is unchanged", () => {
    expect(ogCardKey(card, projectWith(versions))).toBe(ogCardKey(card, projectWith(versions)));
    expect(ogCardKey({ ...card, stars: 5 }, projectWith(versions))).not.toBe(ogCardKey(card, projectWith(versions)));
  });

  it("changes a card's key when the renderer's source, a module it imports, or a package it uses changes", () => {
    const before = ogCardKey(card, projectWith(versions));
    const edited = (file: string) => (root: string) => appendFileSync(join(root, file), "\nexport const changed = 1;\n");
    expect(ogCardKey(card, projectWith(versions, edited("src/node/cards/og-card.ts")))).not.toBe(before);
    expect(ogCardKey(card, projectWith(versions, edited("src/node/cards/woff.ts")))).not.toBe(before);
    expect(ogCardKey(card, projectWith(versions, edited("src/lib/values/xml.ts")))).not.toBe(before);
    expect(ogCardKey(card, projectWith({ ...versions, sharp: "0.35.0" }))).not.toBe(before);
    expect(ogCardKey(card, projectWith({ ...versions, font: "5.3.0" }))).not.toBe(before);
  });

  it("leaves out modules the entry does not import", () => {
    const unrelated = (root: string) => appendFileSync(join(root, "src/lib/gifts/qr.ts"), "\n// changed\n");
    expect(codeHash(projectWith(versions, unrelated), "src/node/cards/og-card.ts")).toBe(
      codeHash(projectWith(versions), "src/node/cards/og-card.ts"),
    );
    expect(codeHash(projectWith(versions, unrelated), "src/node/cards/qr-files.ts")).not.toBe(
      codeHash(projectWith(versions), "src/node/cards/qr-files.ts"),
    );
  });
});
