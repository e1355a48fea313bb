import { cpSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent } from "./check.ts";
import { formatProblem, type ContentProblem } from "./report.ts";
import { toSlug } from "../../lib/values/slug.ts";

const FIXTURES = join(import.meta.dirname, "../../../tests/fixtures");

/** A fresh copy of the valid fixture catalogue in a temporary folder; returns its content/ path. */
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function validCopy(): string {
  const root = mkdtempSync(join(tmpdir(), "ocop-check-"));
  made.push(root);
  cpSync(join(FIXTURES, "content"), join(root, "content"), { recursive: true });
  return join(root, "content");
}

/** Each bad fixture, the field the message must name, words of the fix it must give and (where checked) its line. */
const CASES: Record<string, { field: string; says: RegExp; line?: number }> = {
  "missing-name": { field: "name", says: /thiếu trường bắt buộc — thêm "name:"/ },
  "unknown-key": { field: "colour", says: /không có trong mẫu — kiểm tra chính tả hoặc xoá/ },
  "stars-out-of-range": { field: "ocop.stars", says: /3, 4 hoặc 5/ },
  "malformed-date": { field: "ocop.decisionDate", says: /YYYY-MM-DD/ },
  "expiry-before-decision": { field: "ocop.expiryDate", says: /phải sau ngày quyết định/ },
  "dangling-producer": { field: "producer", says: /không tồn tại trong content\/producers\// },
  "dangling-locality": { field: "locality", says: /không tồn tại trong content\/localities\// },
  "dangling-group": { field: "group", says: /không tồn tại trong content\/groups\// },
  "dangling-occasion": { field: "occasions.0", says: /không tồn tại trong content\/occasions\// },
  "invalid-phone": { field: "whereToBuy.0.phone", says: /không phải số điện thoại Việt Nam/ },
  "missing-image": { field: "images.0.src", says: /không tìm thấy tệp ảnh/ },
  "missing-alt": { field: "images.0.alt", says: /thêm "alt:"/ },
  "summary-too-long": { field: "summary", says: /quá 160 ký tự/ },
  "future-decision": { field: "ocop.decisionDate", says: /ở sau hôm nay .* — chép lại ngày ký trên quyết định/ },
  "script-source": { field: "sources.0.url", says: /bắt đầu bằng https:\/\/ \(hoặc http:\/\/\)/ },
  "ftp-source": { field: "sources.1.url", says: /bắt đầu bằng https:\/\/ \(hoặc http:\/\/\)/ },
  "http-map": { field: "whereToBuy.0.map", says: /Liên kết bản đồ phải bắt đầu bằng https:\/\// },
  "unknown-kind": {
    field: "kind",
    says: /loại sản phẩm "toi-lyson" không có trong danh sách — chọn một trong: toi, toi-den, .*, diem-du-lich$/,
  },
  "body-foreign-image": {
    field: "(nội dung)",
    says: /ảnh "https:\/\/example\.vn\/anh\/vuon-toi\.jpg" lấy từ trang khác .* — tải ảnh về, đặt cạnh tệp \.md rồi viết !\[mô tả\]\(\.\/vuon-toi\.jpg\)/,
    line: 34,
  },
  "body-root-link": {
    field: "(nội dung)",
    says: /liên kết "\/nhom-san-pham\/thuc-pham\/" bắt đầu bằng "\/" .*BASE_PATH.* — viết "\.\.\/\.\.\/nhom-san-pham\/thuc-pham\/" \(tương đối với trang này\) hoặc địa chỉ đầy đủ/,
    line: 34,
  },
};

describe("checkContent", () => {
  it("accepts the valid fixture catalogue", () => {
    expect(checkContent(validCopy())).toEqual([]);
  });

  it("has a fixture for every case", () => {
    const files = readdirSync(join(FIXTURES, "bad")).map((f) => f.replace(/^products--|\.md$/g, ""));
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`reports ${name} with the file, the field and the fix`, () => {
      const dir = validCopy();
      const target = join(dir, "products", "san-pham-mau.md");
      copyFileSync(join(FIXTURES, "bad", `products--${name}.md`), target);
      writeFileSync(join(dir, "products", "anh.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
      const problems = checkContent(dir);
      const hit = problems.find((p) => p.field === expected.field);
      expect(hit, problems.map(formatProblem).join("\n")).toBeDefined();
      expect(hit?.file).toBe("content/products/san-pham-mau.md");
      expect(hit?.line).toBeGreaterThan(1);
      if (expected.line) expect(hit?.line).toBe(expected.line);
      expect(hit?.message).toMatch(expected.says);
    });
  }

  it('reads a "# ------" comment line inside the frontmatter as a comment, as Astro does, not as its end', () => {
    const dir = validCopy();
    const target = join(dir, "products", "san-pham-mau.md");
    writeFileSync(target, readFileSync(target, "utf8").replace("sources:", "# ------ nguồn ------\nsources:"));
    expect(checkContent(dir).map(formatProblem)).toEqual([]);
  });

  it("reports a file it cannot read at the line to fix, and nothing about missing fields", () => {
    const dir = validCopy();
    const target = join(dir, "products", "san-pham-mau.md");
    writeFileSync(target, readFileSync(target, "utf8").replace("summary: Một", 'summary: "Một'));
    expect(checkContent(dir).map(formatProblem)).toEqual([
      'content/products/san-pham-mau.md:3 — (YAML) — thiếu dấu " đóng: giá trị mở ngoặc ở dòng này chạy sang các dòng sau — thêm " ở cuối giá trị',
    ]);
  });

  it("reads a file saved with a byte-order mark (Notepad) or Windows line endings, with the right line numbers", () => {
    const dir = validCopy();
    const target = join(dir, "products", "san-pham-mau.md");
    const text = readFileSync(target, "utf8");
    writeFileSync(target, `\uFEFF${text}`);
    expect(checkContent(dir)).toEqual([]);
    writeFileSync(target, `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    expect(checkContent(dir)).toEqual([]);
    // An error in a CRLF file still names its own line.
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.startsWith("summary:"));
    lines[at] = "summary: ngắn";
    writeFileSync(target, lines.join("\r\n"));
    const [hit] = checkContent(dir);
    expect(hit?.field).toBe("summary");
    expect(hit?.line).toBe(at + 1);
  });

  it("reports a non-ASCII file name and suggests the ASCII slug", () => {
    const dir = validCopy();
    copyFileSync(join(dir, "products", "san-pham-mau.md"), join(dir, "products", "Tỏi-Lý-Sơn-đen.md"));
    const problems = checkContent(dir);
    expect(problems.map(formatProblem).join("\n")).toMatch(
      /content\/products\/Tỏi-Lý-Sơn-đen\.md:1 — \(tên tệp\) — .*"toi-ly-son-den\.md"/,
    );
  });

  it("reports two files that would share one URL", () => {
    const dir = validCopy();
    renameSync(join(dir, "products", "san-pham-mau.md"), join(dir, "products", "San-Pham-Mau.md"));
    copyFileSync(join(dir, "products", "San-Pham-Mau.md"), join(dir, "products", "san-pham-mau.md"));
    expect(checkContent(dir).some((p) => /trùng đường dẫn/.test(p.message))).toBe(true);
  });

  it("reports every error of a file at once, in line order", () => {
    const dir = validCopy();
    const target = join(dir, "products", "san-pham-mau.md");
    writeFileSync(target, "---\nname: X\nsummary: ngắn\ngroup: khong-co\nmau: do\n---\n");
    const problems = checkContent(dir).filter((p) => p.file.endsWith("san-pham-mau.md"));
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(["name", "summary", "group", "mau", "sources"]));
    expect(problems.map((p) => p.line)).toEqual([...problems.map((p) => p.line)].sort((a, b) => a - b));
  });

  it("reports a translation that matches no entry", () => {
    const dir = validCopy();
    copyFileSync(join(dir, "translations/en/products/san-pham-mau.md"), join(dir, "translations/en/products/khong-co.md"));
    expect(checkContent(dir).some((p) => p.file.endsWith("en/products/khong-co.md"))).toBe(true);
  });

  it("accepts a place's translation with only a body, and reports one whose place does not exist", () => {
    const dir = validCopy();
    const place = readdirSync(join(dir, "localities"))[0]!;
    mkdirSync(join(dir, "translations/en/localities"));
    writeFileSync(join(dir, "translations/en/localities", place), "---\n---\n\nA commune.\n");
    writeFileSync(join(dir, "translations/en/localities/khong-co.md"), "---\n---\n\nNo such place.\n");
    const problems = checkContent(dir).filter((p) => p.file.includes("translations/en/localities/"));
    expect(problems.map((p) => [p.file, p.field])).toEqual([["content/translations/en/localities/khong-co.md", "(tên tệp)"]]);
  });

  it("reports a field in a place's translation, whose name is never translated, with its line and the fix", () => {
    const dir = validCopy();
    const place = readdirSync(join(dir, "localities"))[0]!;
    mkdirSync(join(dir, "translations/en/localities"));
    writeFileSync(join(dir, "translations/en/localities", place), "---\nname: Ly Son Island\n---\n\nA commune.\n");
    const problems = checkContent(dir).filter((p) => p.file.includes("translations/en/localities/"));
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([[`content/translations/en/localities/${place}`, 2, "name"]]);
    expect(problems[0]?.message).toMatch(/chỉ có phần thân.*xoá trường "name"/);
  });
});

describe("Markdown bodies", () => {
  /** The fixture product (or `file`) with `body` in place of its story; returns the body problems. */
  function withBody(body: string, file = "products/san-pham-mau.md", windows = false): ContentProblem[] {
    const dir = validCopy();
    const target = join(dir, file);
    const text = readFileSync(target, "utf8");
    const head = text.slice(0, text.indexOf("\n---\n") + 5);
    const whole = `${head}\n${body}`;
    writeFileSync(target, windows ? `\uFEFF${whole.replace(/\n/g, "\r\n")}` : whole);
    return checkContent(dir).filter((p) => p.field === "(nội dung)");
  }
  const bodyStart = (file = "products/san-pham-mau.md") => {
    const text = readFileSync(join(FIXTURES, "content", file), "utf8");
    return text.slice(0, text.indexOf("\n---\n") + 5).split("\n").length + 1;
  };

  it("accepts relative links, anchors, full URLs, mail and phone links, and photos beside the file", () => {
    const body = [
      "[Sản phẩm khác](../san-pham-khac/) · [mục](#cach-dung) · [tin](https://example.vn/tin) · <https://example.vn>",
      "[thư](mailto:a@example.vn) · [gọi](tel:0255382211) · ![Ảnh](./anh.jpg) · https://example.vn/tu-dong",
    ].join("\n\n");
    expect(withBody(body)).toEqual([]);
  });

  it("reports every foreign image and root-relative URL, references resolved, at its own line", () => {
    const body = [
      "Đoạn mở đầu.", // +0
      "", // +1
      "![Ảnh](//cdn.example.vn/a.png) và ![Ảnh][xa]", // +2: two images
      "", // +3
      "[Trang chủ](/) · [Nhóm][nhom] · ![Logo](/logo.png)", // +4: a link, a reference link, an image
      "", // +5
      "[xa]: https://example.vn/anh.jpg", // +6
      "[nhom]: /nhom-san-pham/thuc-pham/?trang=2#dau", // +7
    ].join("\n");
    const at = bodyStart();
    const found = withBody(body).map((p) => [p.line, p.message.slice(0, p.message.indexOf(" — "))]);
    expect(found).toEqual([
      [at + 2, expect.stringMatching(/^ảnh "\/\/cdn\.example\.vn\/a\.png" lấy từ trang khác/)],
      [at + 2, expect.stringMatching(/^ảnh "https:\/\/example\.vn\/anh\.jpg" lấy từ trang khác/)],
      [at + 4, expect.stringMatching(/^liên kết "\/" bắt đầu bằng "\/"/)],
      [at + 4, expect.stringMatching(/^liên kết "\/nhom-san-pham\/thuc-pham\/\?trang=2#dau"/)],
      [at + 4, expect.stringMatching(/^ảnh "\/logo\.png" bắt đầu bằng "\/"/)],
    ]);
    const fixes = withBody(body).map((p) => p.message.slice(p.message.indexOf(" — ") + 3));
    expect(fixes).toEqual([
      "tải ảnh về, đặt cạnh tệp .md rồi viết ![mô tả](./a.png)",
      "tải ảnh về, đặt cạnh tệp .md rồi viết ![mô tả](./anh.jpg)",
      'viết "../../" (tương đối với trang này) hoặc địa chỉ đầy đủ "https://…"',
      'viết "../../nhom-san-pham/thuc-pham/?trang=2#dau" (tương đối với trang này) hoặc địa chỉ đầy đủ "https://…"',
      "đặt ảnh cạnh tệp .md rồi viết ![mô tả](./logo.png)",
    ]);
  });

  it("leaves code alone: a URL in a code block or code span is text, not a link", () => {
    expect(withBody("```\n![x](https://example.vn/a.jpg) [y](/z/)\n```\n\nViết `[y](/z/)` như vậy là sai.\n")).toEqual([]);
  });

  it("counts lines right in a file with a byte-order mark and Windows line endings", () => {
    const [hit] = withBody("Một.\n\n[Sai](/san-pham/x/)\n", "products/san-pham-mau.md", true);
    expect(hit?.line).toBe(bodyStart() + 2);
  });

  it("suggests a link relative to the English page for an English translation", () => {
    const [hit] = withBody("See [the list](/en/products/).\n", "translations/en/products/san-pham-mau.md");
    expect(hit?.file).toBe("content/translations/en/products/san-pham-mau.md");
    expect(hit?.line).toBe(bodyStart("translations/en/products/san-pham-mau.md"));
    expect(hit?.message).toContain('viết "../" (tương đối với trang này)');
  });

  it("does not read settings bodies: no page shows them", () => {
    expect(withBody("[Giới thiệu](/ocop/gioi-thieu/)\n", "settings/lien-he.md")).toEqual([]);
  });
});

describe("photos", () => {
  /** The fixture product with one photo, copied from tests/fixtures/images/<file> beside it. */
  function withPhoto(file: string): string {
    const dir = validCopy();
    copyFileSync(join(FIXTURES, "images", file), join(dir, "products", file));
    const target = join(dir, "products", "san-pham-mau.md");
    writeFileSync(
      target,
      readFileSync(target, "utf8").replace("sources:", `images:\n  - src: ./${file}\n    alt: Ảnh sản phẩm mẫu\nsources:`),
    );
    return dir;
  }
  const imageErrors = (dir: string) => checkContent(dir).filter((p) => p.field === "images.0.src");

  it("accepts a photo at least 800 px on its long side", () => {
    expect(checkContent(withPhoto("anh-du-lon.jpg"))).toEqual([]);
  });
  it("rejects a photo too small to look sharp, naming the file, its size and the minimum", () => {
    const [hit] = imageErrors(withPhoto("anh-qua-nho.jpg"));
    expect(hit?.message).toMatch(/"\.\/anh-qua-nho\.jpg" chỉ có 600×400 px.* — .*ít nhất 800 px/);
    expect(hit?.line).toBeGreaterThan(1);
  });
  it("rejects a file that is not an image whatever its name", () => {
    expect(imageErrors(withPhoto("khong-phai-anh.jpg"))[0]?.message).toMatch(/"\.\/khong-phai-anh\.jpg" không phải tệp ảnh/);
  });
  it("asks for ./ before a photo's file name, as the build resolves it", () => {
    const dir = withPhoto("anh-du-lon.jpg");
    const target = join(dir, "products", "san-pham-mau.md");
    writeFileSync(target, readFileSync(target, "utf8").replace("src: ./anh-du-lon.jpg", "src: anh-du-lon.jpg"));
    expect(imageErrors(dir)[0]?.message).toMatch(/phải bắt đầu bằng "\.\/" — viết "\.\/anh-du-lon\.jpg"/);
  });
  it("rejects an image format the build cannot convert, read from the bytes", () => {
    expect(imageErrors(withPhoto("anh-bmp-doi-ten.jpg"))[0]?.message).toMatch(/dạng BMP.* — chuyển sang JPEG/);
  });
});

describe("retiring and renaming", () => {
  function edit(dir: string, add: string): void {
    const target = join(dir, "products", "san-pham-mau.md");
    writeFileSync(target, readFileSync(target, "utf8").replace("sources:", `${add}\nsources:`));
  }
  it("accepts a retired product with its date and reason", () => {
    const dir = validCopy();
    edit(dir, "retired:\n  date: 2026-01-15\n  reason: mat-chung-nhan\n  note: Hết hạn, chưa đánh giá lại.");
    expect(checkContent(dir)).toEqual([]);
  });
  it("rejects an unknown retirement reason and a missing date", () => {
    const dir = validCopy();
    edit(dir, "retired:\n  reason: het-hang");
    expect(checkContent(dir).map((p) => p.field)).toEqual(expect.arrayContaining(["retired.date", "retired.reason"]));
  });
  it("accepts an old slug kept as a redirect", () => {
    const dir = validCopy();
    edit(dir, "redirectFrom:\n  - ten-cu");
    expect(checkContent(dir)).toEqual([]);
  });
  it("rejects an old slug that is still a live product's URL", () => {
    const dir = validCopy();
    copyFileSync(join(dir, "products", "san-pham-mau.md"), join(dir, "products", "san-pham-khac.md"));
    edit(dir, "redirectFrom:\n  - san-pham-khac");
    const hit = checkContent(dir).find((p) => p.field === "redirectFrom.0");
    expect(hit?.file).toBe("content/products/san-pham-mau.md");
    expect(hit?.message).toMatch(/"san-pham-khac" trùng với một trang đang có: content\/products\/san-pham-khac\.md/);
  });
  it("rejects one old slug claimed by two products", () => {
    const dir = validCopy();
    edit(dir, "redirectFrom:\n  - ten-cu");
    copyFileSync(join(dir, "products", "san-pham-mau.md"), join(dir, "products", "san-pham-khac.md"));
    expect(checkContent(dir).filter((p) => p.field === "redirectFrom.0")).toHaveLength(1);
  });
});

describe("locality codes (the key of each locality's shape on the maps)", () => {
  /** The fixture's Lý Sơn with its code line replaced by `line` ("" drops it). */
  function withCode(line: string, dir = validCopy()): string {
    const target = join(dir, "localities", "ly-son.md");
    writeFileSync(target, readFileSync(target, "utf8").replace(/^code: .*\n/m, line ? `${line}\n` : ""));
    return dir;
  }
  const codeProblems = (dir: string) => checkContent(dir).filter((p) => p.field === "code");

  it("accepts the fixture's code, which names a shape of data/geo/", () => {
    expect(codeProblems(validCopy())).toEqual([]);
  });

  it("reports a locality without a code, with the file, the line and what to write", () => {
    const [hit, ...rest] = codeProblems(withCode(""));
    expect(rest).toEqual([]);
    expect(formatProblem(hit!)).toMatch(/^content\/localities\/ly-son\.md:\d+ — code — thiếu trường bắt buộc — thêm "code:" .*Công văn 1027/);
  });

  it("reports a code written as a number or with the wrong number of digits", () => {
    expect(codeProblems(withCode("code: 21548"))[0]?.message).toMatch(/viết trong ngoặc kép — sửa thành code: "\d{5}"/);
    expect(codeProblems(withCode('code: "2154"'))[0]?.message).toMatch(/đúng 5 chữ số/);
  });

  it("reports a code the boundary data does not know, on its line, and names the code of a unit of the same name", () => {
    const dir = withCode('code: "99999"');
    const [hit, ...rest] = codeProblems(dir);
    expect(rest).toEqual([]);
    const lines = readFileSync(join(dir, "localities", "ly-son.md"), "utf8").split("\n");
    expect(hit?.file).toBe("content/localities/ly-son.md");
    expect(hit?.line).toBe(lines.indexOf('code: "99999"') + 1);
    expect(hit?.message).toMatch(/mã "99999" không có trong dữ liệu ranh giới data\/geo\/.* — .*đơn vị "Lý Sơn" có mã "21548"/);
  });

  it("reports two localities with one code, naming the other file", () => {
    const dir = validCopy();
    const other = join(dir, "localities", "ly-son-2.md");
    writeFileSync(other, readFileSync(join(dir, "localities", "ly-son.md"), "utf8").replace("name: Lý Sơn", "name: Lý Sơn Hai"));
    const hits = codeProblems(dir);
    expect(hits).toHaveLength(1);
    expect(formatProblem(hits[0]!)).toMatch(/^content\/localities\/ly-son\.md:\d+ — code — mã "21548" trùng với content\/localities\/ly-son-2\.md — /);
  });
});

describe("toSlug", () => {
  it("drops diacritics and maps đ to d", () => {
    expect(toSlug("Tỏi đen Lý Sơn DORI")).toBe("toi-den-ly-son-dori");
    expect(toSlug("Đông trùng hạ thảo – Sonita!")).toBe("dong-trung-ha-thao-sonita");
  });
});
