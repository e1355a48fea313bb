/** What zod cannot see: references between entries, sub-group membership and redirect clashes. */
import { fold } from "../../lib/values/fold.ts";
import { UNITS } from "../../lib/geo/province.ts";
import type { CollectionName } from "./files.ts";
import { lineOf, type ParsedEntry } from "./entry.ts";
import type { ContentProblem } from "./report.ts";

export interface Index {
  ids: Record<CollectionName, Set<string>>;
  subgroups: Map<string, Set<string>>;
  /** Old product slug → the product that first claims it in redirectFrom. */
  redirects: Map<string, string>;
}

export function checkReferences(entry: ParsedEntry, data: Record<string, unknown>, index: Index, problems: ContentProblem[]): void {
  const ref = (path: (string | number)[], collection: CollectionName, value: unknown) => {
    if (typeof value !== "string" || index.ids[collection].has(value)) return;
    problems.push({
      file: entry.file,
      line: lineOf(entry, path),
      field: path.join("."),
      message: `"${value}" không tồn tại trong content/${collection}/ — sửa cho đúng tên tệp (không có .md) hoặc tạo content/${collection}/${value}.md`,
    });
  };
  if (entry.collection === "products") {
    ref(["producer"], "producers", data["producer"]);
    ref(["locality"], "localities", data["locality"]);
    ref(["group"], "groups", data["group"]);
    const group = data["group"];
    const subgroup = data["subgroup"];
    if (
      typeof group === "string" &&
      typeof subgroup === "string" &&
      index.subgroups.has(group) &&
      !index.subgroups.get(group)?.has(subgroup)
    ) {
      const allowed = [...(index.subgroups.get(group) ?? [])].join(", ");
      problems.push({
        file: entry.file,
        line: lineOf(entry, ["subgroup"]),
        field: "subgroup",
        message: `phân nhóm "${subgroup}" không thuộc nhóm "${group}" — chọn một trong: ${allowed}`,
      });
    }
    const occasions = Array.isArray(data["occasions"]) ? data["occasions"] : [];
    occasions.forEach((o, i) => ref(["occasions", i], "occasions", o));
    const shops = Array.isArray(data["whereToBuy"]) ? data["whereToBuy"] : [];
    shops.forEach((s, i) =>
      ref(["whereToBuy", i, "locality"], "localities", (s as Record<string, unknown> | null)?.["locality"]),
    );
  }
  if (entry.collection === "producers") ref(["locality"], "localities", data["locality"]);
  if (entry.collection === "settings") ref(["tetOccasion"], "occasions", data["tetOccasion"]);
  if (entry.collection === "products" && Array.isArray(data["redirectFrom"])) {
    data["redirectFrom"].forEach((old, i) => {
      if (typeof old !== "string") return;
      const clash =
        old === entry.id || index.ids.products.has(old)
          ? `content/products/${old}.md vẫn đang dùng địa chỉ này`
          : index.redirects.get(old) !== entry.id
            ? `content/products/${index.redirects.get(old)}.md cũng khai báo "${old}" trong redirectFrom`
            : null;
      if (!clash) return;
      problems.push({
        file: entry.file,
        line: lineOf(entry, ["redirectFrom", i]),
        field: `redirectFrom.${i}`,
        message: `địa chỉ cũ "${old}" trùng với một trang đang có: ${clash} — chỉ ghi tên tệp cũ đã bỏ, không trùng sản phẩm nào khác`,
      });
    });
  }
  if (entry.collection === "occasions") {
    const picks = Array.isArray(data["picks"]) ? data["picks"] : [];
    picks.forEach((p, i) => ref(["picks", i], "products", p));
  }
}


/** Where the boundaries the maps draw are stored, named in the check's messages. */
const GEO_FILE = "data/geo/quang-ngai-2025.topo.json";

/**
 * Each locality's official code names one shape of the boundary data, and no two localities share
 * one: the maps find a locality's shape by its code alone. (A missing or malformed code is the
 * schema's to report.)
 */
export function checkLocalityCodes(entries: readonly ParsedEntry[], problems: ContentProblem[]): void {
  const codes = new Map(UNITS.map((u) => [u.id, u.properties?.name ?? ""]));
  const seen = new Map<string, string>();
  for (const entry of entries) {
    if (entry.collection !== "localities") continue;
    const code = entry.data["code"];
    if (typeof code !== "string" || !/^\d{5}$/.test(code)) continue;
    const line = lineOf(entry, ["code"]);
    if (!codes.has(code)) {
      const name = typeof entry.data["name"] === "string" ? fold(entry.data["name"]) : "";
      const likely = [...codes].filter(([, n]) => fold(n) === name).map(([c, n]) => `đơn vị "${n}" có mã "${c}"`);
      problems.push({
        file: entry.file,
        line,
        field: "code",
        message: `mã "${code}" không có trong dữ liệu ranh giới ${GEO_FILE} — chép đúng mã 5 chữ số của đơn vị trong Công văn 1027/CTK-CSCL${likely.length > 0 ? ` (trong dữ liệu, ${likely.join("; ")})` : ""}`,
      });
      continue;
    }
    const first = seen.get(code);
    if (first) {
      problems.push({
        file: entry.file,
        line,
        field: "code",
        message: `mã "${code}" trùng với ${first} — mỗi xã, phường, đặc khu có một mã riêng: sửa mã ở một trong hai tệp`,
      });
    } else seen.set(code, entry.file);
  }
}
