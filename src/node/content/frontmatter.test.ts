import { parseFrontmatter as astroParse } from "astro/markdown";
import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "./frontmatter.ts";

const FILE = "content/products/x.md";

function read(text: string) {
  const result = parseFrontmatter(text, FILE);
  if (!result.ok) throw new Error(`unexpected problem: ${JSON.stringify(result.problem)}`);
  return result.frontmatter;
}

function problem(text: string) {
  const result = parseFrontmatter(text, FILE);
  if (result.ok) throw new Error(`expected a problem, read ${JSON.stringify(result.frontmatter.data)}`);
  return result.problem;
}

describe("the frontmatter reader ends where Astro ends", () => {
  // Each text is read here and by Astro's own parseFrontmatter (astro/markdown): same fields.
  const cases: Record<string, string> = {
    "a comment line of dashes inside the fields is not the end":
      "---\nname: Tỏi\n# ------ chứng nhận ------\noccasions:\n  - qua-tet\n---\n\nCâu chuyện.\n",
    'a value with " ---" in it is text': "---\nsummary: Mắm ngon --- ủ chượp 12 tháng ---\nname: Mắm\n---\nThân bài.\n",
    "a byte-order mark and CRLF line endings (Notepad)": "\uFEFF---\r\nname: Tỏi\r\nstars: 4\r\n---\r\nThân bài.\r\n",
    "blank lines before the opening delimiter": "\n\n---\nname: Tỏi\n---\n",
    "a closing delimiter with more dashes": "---\nname: Tỏi\n-----\nThân bài.\n",
    'a "---" line in the body is the body\'s': "---\nname: Tỏi\n---\nThân bài.\n\n---\n\nĐoạn sau.\n",
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      expect(read(text).data).toEqual(astroParse(text).frontmatter);
    });
  }

  it("gives the offset and the line where the fields begin, so writers keep everything around them", () => {
    const text = "\uFEFF\n---\nname: Tỏi\n---\nThân bài.\n";
    const fm = read(text);
    expect(text.slice(0, fm.start)).toBe("\uFEFF\n---");
    expect(text.slice(fm.start + fm.yaml.length)).toBe("---\nThân bài.\n");
    expect(fm.line).toBe(2);
  });

  it('reads a date as Astro does ("astro"), or as written (the default, for comparing with a sheet)', () => {
    const text = "---\nocop:\n  decisionDate: 2025-10-15\n---\n";
    expect(read(text).data).toEqual({ ocop: { decisionDate: "2025-10-15" } });
    const astro = parseFrontmatter(text, FILE, "astro");
    expect(astro.ok && astro.frontmatter.data).toEqual(astroParse(text).frontmatter);
    expect(astro.ok && astro.frontmatter.data).toEqual({ ocop: { decisionDate: new Date(Date.UTC(2025, 9, 15)) } });
  });

  it("keeps a date Astro would change as text, so the schema refuses it instead of publishing 2026-02-09", () => {
    const text = "---\ndecisionDate: 2025-13-40\nsigned: 2025-10-15T08:00:00Z\n---\n";
    expect(astroParse(text).frontmatter["decisionDate"]).toEqual(new Date(Date.UTC(2026, 1, 9)));
    const astro = parseFrontmatter(text, FILE, "astro");
    expect(astro.ok && astro.frontmatter.data).toEqual({ decisionDate: "2025-13-40", signed: "2025-10-15T08:00:00Z" });
  });

  it('a text field that looks like a date is a Date to Astro, and so to the "astro" reading: the schema sees what the build sees', () => {
    const astro = parseFrontmatter("---\nname: 2025-10-15\n---\n", FILE, "astro");
    expect(astro.ok && astro.frontmatter.data["name"]).toBeInstanceOf(Date);
  });
});

describe("a frontmatter it cannot read is a problem at a line, with a fix", () => {
  it("a missing closing quote: the line where the quote was opened", () => {
    const text = '---\nname: Tỏi\nsummary: "Tỏi cô đơn Lý Sơn\noccasions:\n  - qua-tet\n---\n';
    expect(problem(text)).toEqual({
      file: FILE,
      line: 3,
      field: "(YAML)",
      message: 'thiếu dấu " đóng: giá trị mở ngoặc ở dòng này chạy sang các dòng sau — thêm " ở cuối giá trị',
    });
    // Astro refuses it too: the build would stop on it.
    expect(() => astroParse(text)).toThrow();
  });

  it("a missing closing quote that runs into a later quoted value: still the line where it was opened", () => {
    const text = '---\nname: Tỏi\nsummary: "Tỏi cô đơn Lý Sơn\nstorage: mat\nwhereToBuy:\n  - phone: "0255 3822 111"\n---\n';
    expect(problem(text)).toMatchObject({ line: 3, field: "(YAML)", message: expect.stringMatching(/^thiếu dấu " đóng/) });
  });

  it("a duplicate key: the line of the second one, naming the key", () => {
    const text = "---\nname: Tỏi\nsummary: Tỏi Lý Sơn ngon\nname: Tỏi đen\n---\n";
    expect(problem(text)).toMatchObject({ line: 4, message: 'trường "name" ghi hai lần — xoá một trong hai dòng, giữ giá trị đúng' });
    expect(() => astroParse(text)).toThrow(/duplicated mapping key/);
  });

  it("other syntax errors at js-yaml's line, in the file's numbering", () => {
    expect(problem("\n---\nname: Tỏi\nocop:\n  stars: 4\n level: tinh\n---\n")).toMatchObject({ line: 6, field: "(YAML)" });
  });

  it("no frontmatter, an empty one, a list, or TOML", () => {
    expect(problem("Chỉ có thân bài.\n").message).toMatch(/thiếu phần đầu "---"/);
    expect(problem("---\n---\n").message).toMatch(/frontmatter trống/);
    expect(problem("---\n- a\n- b\n---\n").message).toMatch(/trường: giá trị/);
    expect(problem('+++\nname = "Tỏi"\n+++\n').message).toMatch(/TOML/);
  });
});
