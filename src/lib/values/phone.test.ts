import { describe, expect, it } from "vitest";
import { parsePhone, telHref, zaloHref } from "./phone.ts";

describe("parsePhone", () => {
  it("accepts a mobile number written with spaces and makes tel: and Zalo links", () => {
    const phone = parsePhone("0905 123 456");
    expect(phone).toEqual({ display: "0905 123 456", e164: "+84905123456", mobile: true });
    expect(telHref(phone!)).toBe("tel:+84905123456");
    expect(zaloHref(phone!)).toBe("https://zalo.me/84905123456");
  });
  it("accepts +84 and 84 prefixes and dots", () => {
    expect(parsePhone("+84 935.111.222")?.e164).toBe("+84935111222");
    expect(parsePhone("84935111222")?.e164).toBe("+84935111222");
  });
  it("accepts landlines of former Quảng Ngãi (0255) and Kon Tum (0260) as non-mobile", () => {
    expect(parsePhone("0255 3822 111")).toEqual({ display: "0255 3822 111", e164: "+842553822111", mobile: false });
    expect(parsePhone("02603 862 123")?.mobile).toBe(false);
  });
  it("rejects numbers that are not Vietnamese phones", () => {
    for (const bad of ["12345", "0105123456", "090512345", "09051234567", "abc", ""]) expect(parsePhone(bad)).toBeNull();
  });
});
