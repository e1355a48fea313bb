import { describe, expect, it } from "vitest";
import { useTranslations } from "../../i18n/index.ts";
import { contentFile, correctionHref, isReservedDomain } from "./correction.ts";

const target = {
  email: "bien-tap@vi-du.vn",
  name: "Tỏi cô đơn Lý Sơn & mật ong?",
  url: "https://vi-du.vn/san-pham/toi-co-don-ly-son/",
  file: contentFile("products", "toi-co-don-ly-son"),
};

describe("correctionHref", () => {
  it("addresses the team and carries the name, the URL and the file, decoded back exactly", () => {
    const href = correctionHref(target, useTranslations("vi"));
    const url = new URL(href);
    expect(url.protocol).toBe("mailto:");
    expect(url.pathname).toBe("bien-tap@vi-du.vn");
    // "&" and "?" in a name must not end the subject or start a new field.
    expect([...new URLSearchParams(url.search).keys()]).toEqual(["subject", "body"]);
    const subject = decodeURIComponent(/subject=([^&]*)/.exec(href)![1]!);
    const body = decodeURIComponent(/body=([^&]*)/.exec(href)![1]!);
    expect(subject).toContain("Tỏi cô đơn Lý Sơn & mật ong?");
    expect(body).toContain("https://vi-du.vn/san-pham/toi-co-don-ly-son/");
    expect(body).toContain("content/products/toi-co-don-ly-son.md");
    expect(body).not.toMatch(/[^\r]\n/);
  });
  it("writes no raw space, line break or non-ASCII character into the href", () => {
    for (const locale of ["vi", "en"] as const) {
      expect(correctionHref(target, useTranslations(locale))).toMatch(/^mailto:bien-tap@vi-du\.vn\?subject=[\x21-\x7e]+$/);
    }
  });
});

describe("isReservedDomain", () => {
  it("knows the example and test names no mail reaches", () => {
    for (const host of ["ocop-quangngai.example", "a.test", "x.invalid", "localhost", "example.com", "mail.example.org"])
      expect(isReservedDomain(host), host).toBe(true);
  });
  it("accepts real names, including ones that only contain the word", () => {
    for (const host of ["vi-du.vn", "quangngai.gov.vn", "example-shop.vn", "testing.com"])
      expect(isReservedDomain(host), host).toBe(false);
  });
});
