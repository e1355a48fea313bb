/**
 * The Sveltia CMS configuration (served as /admin/config.yml), generated from the zod schemas
 * at build time so the CMS cannot drift from what the content check accepts: every field with
 * a Vietnamese label and its .describe() text as help; references become pickers of entries.
 */
import { z } from "astro/zod";
import { groupSchema } from "../../schemas/group.ts";
import { localitySchema } from "../../schemas/locality.ts";
import { occasionSchema } from "../../schemas/occasion.ts";
import { pageSchema } from "../../schemas/page.ts";
import { producerSchema } from "../../schemas/producer.ts";
import { productSchema } from "../../schemas/product.ts";
import { BODY_ONLY_TRANSLATIONS, translationSchema } from "../../schemas/translation.ts";
import { fieldsOf, type Field, type FieldKind } from "../content/schema-fields.ts";
import { PRODUCT_KIND_IDS } from "../../schemas/lists.ts";
import { vi } from "../../i18n/vi.ts";

/** The image helper for the CMS: a marker the field reader reports as kind "image". */
const cmsImage = () => z.custom<string>();

export const CMS_COLLECTIONS: { name: string; label: string; singular: string; schema: z.ZodType; identifier: string }[] = [
  { name: "products", label: "Sản phẩm", singular: "sản phẩm", schema: productSchema(cmsImage), identifier: "name" },
  { name: "producers", label: "Chủ thể sản xuất", singular: "chủ thể", schema: producerSchema(cmsImage), identifier: "name" },
  { name: "localities", label: "Địa phương", singular: "địa phương", schema: localitySchema, identifier: "name" },
  { name: "groups", label: "Nhóm sản phẩm", singular: "nhóm", schema: groupSchema, identifier: "name" },
  { name: "occasions", label: "Dịp tặng quà", singular: "dịp", schema: occasionSchema, identifier: "name" },
  { name: "pages", label: "Trang thông tin OCOP", singular: "trang", schema: pageSchema, identifier: "title" },
];

/** Fields that name another entry: "collection.field" (list indexes dropped) → the collection they point to. */
export const REFERENCES: Record<string, string> = {
  "products.group": "groups",
  "products.producer": "producers",
  "products.locality": "localities",
  "products.occasions": "occasions",
  "products.whereToBuy.locality": "localities",
  "producers.locality": "localities",
  "occasions.picks": "products",
};

/** Short Vietnamese labels; the longer .describe() text becomes the help under the field. */
const LABELS: Record<string, string> = {
  name: "Tên",
  title: "Tiêu đề",
  summary: "Tóm tắt",
  group: "Nhóm sản phẩm",
  subgroup: "Phân nhóm",
  subgroups: "Phân nhóm",
  id: "Mã (tên không dấu)",
  producer: "Chủ thể sản xuất",
  locality: "Xã/phường/đặc khu",
  formerAddress: "Địa chỉ cũ",
  address: "Địa chỉ",
  ocop: "Chứng nhận OCOP",
  stars: "Số sao",
  level: "Cấp công nhận",
  decision: "Số quyết định",
  decisionDate: "Ngày quyết định",
  year: "Năm",
  expiryDate: "Ngày hết hạn",
  round: "Đợt đánh giá",
  score: "Điểm",
  evidence: "Mức bằng chứng",
  source: "Nguồn",
  price: "Giá",
  from: "Giá từ (đồng)",
  to: "Giá đến (đồng)",
  unit: "Đơn vị bán",
  netWeight: "Quy cách",
  weightGrams: "Khối lượng (gam)",
  shelfLifeDays: "Hạn sử dụng (ngày)",
  shelfLifeVerified: "Hạn sử dụng đã đối chiếu nhãn",
  storage: "Bảo quản",
  storageNote: "Ghi chú bảo quản",
  occasions: "Dịp tặng quà",
  images: "Ảnh",
  src: "Tệp ảnh",
  alt: "Mô tả ảnh",
  whereToBuy: "Nơi mua",
  phone: "Điện thoại",
  phones: "Điện thoại",
  map: "Bản đồ",
  featured: "Nổi bật",
  draft: "Bản nháp",
  updated: "Ngày cập nhật",
  retired: "Ngừng giới thiệu",
  date: "Ngày",
  reason: "Lý do",
  note: "Ghi chú",
  redirectFrom: "Địa chỉ cũ (tên tệp cũ)",
  sources: "Nguồn thông tin",
  url: "Địa chỉ web",
  kind: "Loại",
  contacts: "Liên hệ",
  email: "Email",
  website: "Trang web",
  facebook: "Facebook",
  founded: "Năm thành lập",
  exemplar: "Gương điển hình",
  awardedBy: "Cơ quan ghi nhận",
  region: "Khu vực",
  code: "Mã đơn vị hành chính",
  formerNames: "Tên cũ",
  order: "Thứ tự",
  picks: "Sản phẩm chọn lọc",
  searchTerms: "Từ khoá tìm kiếm",
  terms: "Từ khoá",
  nameContains: "Tên sản phẩm có cụm từ",
};

/** Labels for a field where its name alone says too little ("kind" of a product, not of a producer). */
const PATH_LABELS: Record<string, string> = {
  "products.kind": "Loại sản phẩm (hình minh hoạ)",
  "groups.kind": "Loại sản phẩm tiêu biểu",
  "groups.subgroups.kind": "Loại sản phẩm mặc định",
};

/** Fields that pick a kind of product: offered by name ("Tỏi đen"), stored as its id. */
const KIND_FIELDS = new Set(Object.keys(PATH_LABELS));

type CmsField = Record<string, unknown>;

function widget(type: FieldKind, path: string): CmsField {
  if (KIND_FIELDS.has(path))
    return { widget: "select", options: PRODUCT_KIND_IDS.map((id) => ({ label: vi[`kind.${id}`], value: id })) };
  const target = REFERENCES[path];
  if (target) {
    const display = target === "pages" ? "title" : "name";
    return {
      widget: "relation",
      collection: target,
      value_field: "{{slug}}",
      search_fields: [display],
      display_fields: [display],
      ...(type.kind === "list" && { multiple: true }),
    };
  }
  switch (type.kind) {
    case "string":
      return {
        widget: path.endsWith(".summary") ? "text" : "string",
        ...(type.maxLength !== undefined && { maxlength: type.maxLength }),
      };
    case "number":
      return { widget: "number", value_type: type.int ? "int" : "float" };
    case "boolean":
      return { widget: "boolean" };
    case "date":
      return { widget: "datetime", time_format: false, format: "YYYY-MM-DD", date_format: "DD/MM/YYYY" };
    case "image":
      return { widget: "image" };
    case "select":
      return { widget: "select", options: type.options };
    case "keyvalue":
      return { widget: "keyvalue" };
    case "object":
      return { widget: "object", fields: type.fields.map((f) => cmsField(f, path)) };
    case "list": {
      const of = type.of;
      if (of.kind === "object") return { widget: "list", fields: of.fields.map((f) => cmsField(f, path)) };
      return { widget: "list" };
    }
  }
}

function cmsField(field: Field, parent: string): CmsField {
  const path = `${parent}.${field.name}`;
  return {
    name: field.name,
    label: PATH_LABELS[path] ?? LABELS[field.name] ?? field.name,
    ...widget(field.type, path),
    required: field.required,
    ...(field.description && { hint: field.description }),
  };
}

const BODY: CmsField = {
  name: "body",
  label: "Nội dung (câu chuyện)",
  widget: "markdown",
  required: false,
  hint: "Phần thân của trang: câu chuyện, cách làm, nguồn gốc. Viết đoạn văn ngắn.",
};

interface CmsOptions {
  /** GitHub repository "owner/name" the CMS commits to. */
  repo: string;
  branch: string;
  /** Public site URL with base path, for "view on site" links. */
  siteUrl: string;
}

export function cmsConfig(options: CmsOptions): Record<string, unknown> {
  const common = {
    extension: "md",
    format: "frontmatter",
    create: true,
    // Photos live beside the Markdown file and are written "./photo.jpg", as the build expects.
    media_folder: "",
    public_folder: ".",
  };
  const collections: Record<string, unknown>[] = CMS_COLLECTIONS.map((c) => ({
    name: c.name,
    label: c.label,
    label_singular: c.singular,
    folder: `content/${c.name}`,
    identifier_field: c.identifier,
    slug: `{{${c.identifier}}}`,
    ...common,
    fields: [...fieldsOf(c.schema).map((f) => cmsField(f, c.name)), BODY],
  }));
  // Every collection has its English translations, in content/translations/en/<collection>/.
  for (const { name, label } of CMS_COLLECTIONS) {
    const bodyOnly = BODY_ONLY_TRANSLATIONS.has(name);
    collections.push({
      name: `en-${name}`,
      label: `English: ${label}`,
      label_singular: "bản dịch",
      description: bodyOnly
        ? "Bản dịch tiếng Anh của phần mô tả. Tên xã, phường giữ nguyên tiếng Việt. Tên tệp phải trùng tên tệp của mục tiếng Việt."
        : "Bản dịch tiếng Anh: chỉ chữ (tên, tóm tắt, câu chuyện), không có dữ kiện. Tên tệp phải trùng tên tệp của mục tiếng Việt.",
      folder: `content/translations/en/${name}`,
      // A body-only translation has no name to list it by: its file name is the place's.
      ...(bodyOnly ? { summary: "{{filename}}" } : { identifier_field: name === "pages" ? "title" : "name" }),
      slug: { template: "{{slug}}", editable: true },
      ...common,
      fields: [
        ...(bodyOnly ? [] : fieldsOf(translationSchema).map((f) => cmsField(f, "translations"))),
        { ...BODY, label: "Body (English text)" },
      ],
    });
  }
  return {
    backend: { name: "github", repo: options.repo, branch: options.branch },
    site_url: options.siteUrl,
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    media_folder: "public/uploads",
    collections,
  };
}
