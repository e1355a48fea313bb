import { describe, expect, it } from "vitest";
import { checks, uniqueSlug } from "./new-entry.ts";

describe("uniqueSlug", () => {
  it("makes an ASCII slug from a Vietnamese name, đ → d", () => {
    expect(uniqueSlug("Nước mắm Sa Huỳnh Đức Phổ", new Set())).toBe("nuoc-mam-sa-huynh-duc-pho");
  });
  it("adds -2, -3… when the slug is taken", () => {
    expect(uniqueSlug("Tỏi Lý Sơn", new Set(["toi-ly-son", "toi-ly-son-2"]))).toBe("toi-ly-son-3");
  });
  it("never returns an empty slug", () => {
    expect(uniqueSlug("???", new Set())).toBe("muc-moi");
  });
});

describe("answer checks", () => {
  it("accept good answers and explain bad ones", () => {
    expect(checks.date("2025-02-30")).toMatch(/YYYY-MM-DD/);
    expect(checks.date("2025-02-28")).toBeNull();
    expect(checks.stars("2")).toMatch(/3, 4 hoặc 5/);
    expect(checks.url("example.vn")).toMatch(/https:\/\//);
    expect(checks.phone("0905123456")).toBeNull();
  });
});
