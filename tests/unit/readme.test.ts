/** The README's folder map and the code paths the README and docs/ name stay true to the tree. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(join(root, file), "utf8");
const readme = read("README.md");

/** Every path the "What is where" block names, built from each line's indentation (two spaces a level). */
export function folderMapPaths(markdown: string): string[] {
  const block = /## What is where\s+```\n([\s\S]*?)```/.exec(markdown)?.[1];
  if (!block) throw new Error("README: no ``` block under “## What is where”");
  const parents: string[] = [];
  const paths: string[] = [];
  for (const line of block.split("\n")) {
    const indent = line.length - line.trimStart().length;
    // Description column or its continuation lines: nothing to check.
    if (!line.trim() || indent >= 20) continue;
    const depth = indent / 2;
    const names = line.trim().split(/ {2,}/)[0]!.split(" ");
    parents.length = depth;
    for (const name of names) paths.push(join(...parents, name));
    parents.push(names[0]!);
  }
  return paths;
}

/** A path with `<slug>`-style placeholders stands for its folder, which must exist. */
const checkable = (path: string) => path.replace(/\/?[^/]*<[^>]+>.*$/, "") || ".";

/** Code spans that name a file or folder of the project (not dist/, not globs or placeholders' files). */
function codePaths(markdown: string): string[] {
  return [...markdown.matchAll(/`((?:src|scripts|tests|content|docs|public|\.github)\/[^`\s]*)`/g)]
    .map((m) => m[1]!.replace(/[:,.]$/, ""))
    .filter((p) => !p.includes("*"))
    .map(checkable);
}

describe("the README", () => {
  it("names in its folder map only paths that exist", () => {
    const paths = folderMapPaths(readme);
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.map(checkable).filter((p) => !existsSync(join(root, p)))).toEqual([]);
  });

  it("maps every folder of src/ and src/node/", () => {
    const mapped = new Set(
      folderMapPaths(readme).flatMap((p) => p.split("/").map((_, i, parts) => parts.slice(0, i + 1).join("/"))),
    );
    const folders = (dir: string) =>
      readdirSync(join(root, dir), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => `${dir}/${e.name}`);
    const missing = [...folders("src"), ...folders("src/node"), ...folders("src/lib")].filter((f) => !mapped.has(f));
    expect(missing).toEqual([]);
  });

  it("never points into a folder outside the project", () => {
    expect(readme).not.toMatch(/\.\.\/shared/);
  });
});

describe("code paths named in the README and docs/", () => {
  for (const file of ["README.md", "docs/architecture.md", "docs/deploy.md", "docs/performance.md"]) {
    it(`${file} names only files that exist`, () => {
      const paths = codePaths(read(file));
      expect(paths.filter((p) => !existsSync(join(root, p)))).toEqual([]);
    });
  }
});

describe("folderMapPaths", () => {
  it("joins nested names and splits names that share a line", () => {
    const md = "## What is where\n\n```\nsrc/  x\n  lib/   y\n    seo/ security/   z\n                        more\n```\n";
    expect(folderMapPaths(md)).toEqual(["src/", "src/lib/", "src/lib/seo/", "src/lib/security/"]);
  });
});
