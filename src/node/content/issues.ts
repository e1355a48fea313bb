/** Wording of schema problems: each zod issue becomes "what is wrong — how to fix", in Vietnamese. */
import { z } from "astro/zod";
import { fieldAt } from "./schema-fields.ts";

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(frontmatter)" : path.map(String).join(".");
}

/** A value as an editor wrote it, short enough for one line. */
function shown(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/**
 * Turns one zod issue into "what is wrong — how to fix". Messages written in the schemas
 * either already say both (with " — ") or state the rule, which then becomes the fix; zod's
 * own messages get the field's .describe() text as the fix.
 */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): { field: string; message: string } {
  const field = fieldName(issue.path);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    return {
      field: issue.keys.length === 1 ? [...issue.path, issue.keys[0]].map(String).join(".") : field,
      message: `trường ${keys} không có trong mẫu — kiểm tra chính tả hoặc xoá trường này (xem bảng trường trong docs/huong-dan-bien-tap.md)`,
    };
  }
  let value: unknown = data;
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  const description = fieldAt(schema, issue.path)?.description;
  if (value === undefined && issue.code !== "custom") {
    const hint = description ? ` (${description})` : "";
    return { field, message: `thiếu trường bắt buộc — thêm "${String(issue.path.at(-1))}:" vào frontmatter${hint}` };
  }
  if (issue.message.includes(" — ")) return { field, message: issue.message };
  const what =
    issue.code === "invalid_type" ? `sai kiểu dữ liệu (cần ${issue.expected})` : `giá trị ${shown(value)} không hợp lệ`;
  // Only zod's own wording (not a message written in the schema) needs the field's description as the fix.
  const own = z.config().localeError?.(issue as never);
  const isDefault = (typeof own === "string" ? own : own?.message) === issue.message;
  const how = isDefault && description ? `${issue.message}; ${description}` : issue.message;
  return { field, message: `${what} — ${how}` };
}

