/**
 * Photo checks: a product photo must be a file beside its entry, of a format the build can
 * convert, and large enough to look sharp on a phone.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { imageSize } from "image-size";
import { z } from "astro/zod";
import type { ImageHelper } from "../../schemas/shared.ts";

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg|tiff?)$/i;

/** Photos must be at least this many pixels on their long side to look sharp on a phone at 2×. */
const MIN_IMAGE_LONG_SIDE = 800;

/** Formats the build can turn into AVIF/WebP (what image-size calls them). */
const BUILD_FORMATS = new Set(["jpg", "png", "webp", "avif", "gif", "tiff", "svg"]);

/**
 * Reads a photo's real format and size from its bytes (not its name) and says what is wrong
 * with it, or returns null when the build can use it and it is large enough.
 */
function imageProblem(path: string, shown: string): string | null {
  const bytes = readFileSync(path);
  let info: { type?: string | undefined; width?: number | undefined; height?: number | undefined };
  try {
    info = imageSize(bytes);
  } catch {
    return `"${shown}" không phải tệp ảnh (nội dung không đọc được như JPEG, PNG, WebP hay AVIF) — chụp hoặc xuất lại ảnh dạng .jpg rồi chép đè tệp này`;
  }
  const type = info.type ?? "?";
  if (!BUILD_FORMATS.has(type)) {
    return `"${shown}" là ảnh dạng ${type.toUpperCase()}, trang web không dùng được — chuyển sang JPEG (.jpg) hoặc PNG rồi chép đè (trên iPhone: Cài đặt › Camera › Định dạng › Tương thích nhất)`;
  }
  if (type === "svg") return null;
  const long = Math.max(info.width ?? 0, info.height ?? 0);
  if (long < MIN_IMAGE_LONG_SIDE) {
    return `ảnh "${shown}" chỉ có ${info.width ?? 0}×${info.height ?? 0} px, quá nhỏ để hiển thị sắc nét — dùng ảnh gốc có cạnh dài ít nhất ${MIN_IMAGE_LONG_SIDE} px (ảnh chụp điện thoại đều đủ; đừng dùng ảnh chụp màn hình hay ảnh tải từ Zalo/Facebook)`;
  }
  return null;
}


/** Image helper for the check: a path relative to the entry that must exist and be an image. */
export function imageChecker(current: { path: string }): ImageHelper {
  return () =>
    z.string().superRefine((value, ctx) => {
      if (/^[a-z]+:/i.test(value) || value.startsWith("//")) {
        ctx.addIssue({
          code: "custom",
          message: `ảnh "${value}" là liên kết ngoài — chép tệp ảnh vào cạnh tệp .md và ghi "./ten-anh.jpg"`,
        });
        return;
      }
      if (!/^\.\.?\//.test(value)) {
        ctx.addIssue({
          code: "custom",
          message: `đường dẫn ảnh "${value}" phải bắt đầu bằng "./" — viết "./${value.replace(/^\/+/, "")}" (ảnh đặt cạnh tệp .md)`,
        });
        return;
      }
      const full = resolve(dirname(current.path), value);
      if (!existsSync(full)) {
        ctx.addIssue({
          code: "custom",
          message: `không tìm thấy tệp ảnh "${value}" — kiểm tra tên tệp (phân biệt hoa thường) và đặt ảnh cạnh tệp .md`,
        });
      } else if (!IMAGE_FILE.test(full)) {
        ctx.addIssue({ code: "custom", message: `"${value}" không phải tệp ảnh — dùng ảnh .jpg, .png, .webp hoặc .avif` });
      } else {
        const problem = imageProblem(full, value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }
    });
}

