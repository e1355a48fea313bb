import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { codeHash, keepFile } from "./code-hash.ts";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A small project: package-lock.json, an entry module and what it imports; returns its root. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "ocop-code-hash-"));
  made.push(root);
  for (const [path, text] of Object.entries({ "package-lock.json": '{"lockfileVersion":3}', ...files })) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const FILES = {
  "src/node/card.ts": 'import { draw } from "./draw.ts";\nimport type { T } from "../lib/t.ts";\nexport const x = draw;\n',
  "src/node/draw.ts": 'export { colour } from "../lib/colour.ts";\nexport const draw = () => import("./late.ts");\n',
  "src/lib/colour.ts": 'export const colour = "#063a54";\n',
  "src/lib/t.ts": "export type T = 1;\n",
  "src/node/late.ts": "export const late = 1;\n",
  "src/node/unrelated.ts": "export const other = 1;\n",
};
// Each project is new, so each module is hashed anew (hashes are kept per file path).
const hashOf = (root: string) => codeHash(pathToFileURL(join(root, "src/node/card.ts")).href);

describe("codeHash", () => {
  it("is the same for the same code in another checkout", () => {
    expect(hashOf(project(FILES))).toBe(hashOf(project(FILES)));
  });

  it("changes with the module, anything it imports (re-exported, dynamic, type-only), and the lockfile", () => {
    const base = hashOf(project(FILES));
    for (const [path, text] of [
      ["src/node/card.ts", FILES["src/node/card.ts"] + "// changed\n"],
      ["src/lib/colour.ts", 'export const colour = "#063a55";\n'],
      ["src/node/late.ts", "export const late = 2;\n"],
      ["src/lib/t.ts", "export type T = 2;\n"],
      ["package-lock.json", '{"lockfileVersion":3,"packages":{"node_modules/sharp":{"version":"0.36.0"}}}'],
    ] as const)
      expect(hashOf(project({ ...FILES, [path]: text })), path).not.toBe(base);
  });

  it("ignores modules it does not import", () => {
    expect(hashOf(project({ ...FILES, "src/node/unrelated.ts": "export const other = 2;\n" }))).toBe(hashOf(project(FILES)));
  });
});

describe("keepFile", () => {
  it("writes the file whole under its name, creating its folder, and leaves no temporary file", () => {
    const root = project({});
    const file = join(root, "cache/a/b.json");
    keepFile(file, "{}");
    keepFile(file, '{"again":1}');
    expect(readFileSync(file, "utf8")).toBe('{"again":1}');
    expect(readdirSync(join(root, "cache/a"))).toEqual(["b.json"]);
  });
});
