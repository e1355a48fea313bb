/**
 * npm run new:producer — creates content/producers/<slug>.md from a few answers in Vietnamese,
 * picking the kind and the locality from lists. Every answer can be given as a flag instead
 * (see --help); with --yes nothing is asked.
 */
import { checks, entryChoices, PRODUCER_KIND_LABELS, producerMarkdown } from "../src/node/content/new-entry.ts";
import { runNewEntry, SOURCE_FLAGS } from "./lib/ask.ts";

const FLAGS = {
  name: "Tên chủ thể, như trên quyết định (hợp tác xã, công ty, hộ kinh doanh…)",
  kind: "Loại chủ thể: hop-tac-xa, doanh-nghiep, ho-kinh-doanh, ca-nhan, chua-ro (chưa nguồn nào nêu)",
  locality: "Xã/phường/đặc khu (tên tệp trong content/localities)",
  address: "Địa chỉ hiện tại",
  phones: "Số điện thoại, cách nhau bằng dấu phẩy",
  ...SOURCE_FLAGS,
  content: "Thư mục nội dung (mặc định: content)",
} as const;

const phoneList = (v: string) =>
  v
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);

await runNewEntry({
  command: "new:producer",
  collection: "producers",
  flags: FLAGS,
  intro: "Tạo chủ thể sản xuất mới.",
  firstStep: "Mở tệp, viết câu chuyện của chủ thể; thêm email, website, ảnh khi có.",
  async ask(form, contentDir) {
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
    const text = producerMarkdown({
      name,
      kind,
      locality,
      address,
      phones: phones ? phoneList(phones) : [],
      sourceTitle,
      sourceUrl,
    });
    return { name, text };
  },
});
