/**
 * npm run new:producer — creates content/producers/<slug>.md from a few answers in Vietnamese,
 * picking the kind and the locality from lists. Every answer can be given as a flag instead
 * (see --help); with --yes nothing is asked.
 */
import { join } from "node:path";
import {
  checks,
  entryChoices,
  PRODUCER_KIND_LABELS,
  producerMarkdown,
  takenSlugs,
  uniqueSlug,
} from "../src/node/content/new-entry.ts";
import { paths } from "../src/lib/routing/routes.ts";
import { FrontmatterError } from "../src/node/content/frontmatter.ts";
import { AnswerError, SOURCE_FLAGS, startForm, writeChecked } from "./ask.ts";

const FLAGS = {
  name: "Tên chủ thể, như trên quyết định (hợp tác xã, công ty, hộ kinh doanh…)",
  kind: "Loại chủ thể: hop-tac-xa, doanh-nghiep, ho-kinh-doanh, ca-nhan, chua-ro (chưa nguồn nào nêu)",
  locality: "Xã/phường/đặc khu (tên tệp trong content/localities)",
  address: "Địa chỉ hiện tại",
  phones: "Số điện thoại, cách nhau bằng dấu phẩy",
  ...SOURCE_FLAGS,
  content: "Thư mục nội dung (mặc định: content)",
} as const;

const { contentDir, form } = startForm("new:producer", FLAGS);
const phoneList = (v: string) =>
  v
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);

try {
  console.log("Tạo chủ thể sản xuất mới. Trả lời từng câu; Enter để bỏ qua câu không bắt buộc.\n");
  const name = (await form.text({ flag: "name", prompt: FLAGS.name, required: true, check: checks.name }))!;
  const kinds = Object.entries(PRODUCER_KIND_LABELS).map(([id, label]) => ({ id, label }));
  const kind = (await form.choose({ flag: "kind", prompt: "Loại chủ thể", required: true, choices: kinds }))!;
  const locality = await form.choose({
    flag: "locality",
    prompt: "Xã/phường/đặc khu",
    choices: entryChoices(contentDir, "localities"),
  });
  const address = await form.text({ flag: "address", prompt: FLAGS.address });
  const phones = await form.text({
    flag: "phones",
    prompt: FLAGS.phones,
    check: (v) => phoneList(v).map(checks.phone).find(Boolean) ?? null,
  });
  const { sourceTitle, sourceUrl } = await form.source();

  const slug = uniqueSlug(name, takenSlugs(contentDir, "producers"));
  const file = join(contentDir, "producers", `${slug}.md`);
  const text = producerMarkdown({
    name,
    kind,
    locality,
    address,
    phones: phones ? phoneList(phones) : [],
    sourceTitle,
    sourceUrl,
  });
  await writeChecked(
    form,
    contentDir,
    file,
    text,
    `  1. Mở tệp, viết câu chuyện của chủ thể; thêm email, website, ảnh khi có.
  2. npm run check:content — kiểm tra lỗi.
  3. npm start — xem trang tại http://localhost:4321/${paths.entry("vi", "producers", slug)}/`,
  );
} catch (error) {
  // A wrong answer, or a content file the lists are read from that cannot be read: say which, no stack.
  if (!(error instanceof AnswerError || error instanceof FrontmatterError)) throw error;
  console.error(`Lỗi: ${error.message}`);
  process.exit(2);
} finally {
  form.close();
}
