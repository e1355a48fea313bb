/**
 * Runs the content check before Astro reads any content, so `astro build` and `astro dev`
 * stop with the same file:line messages as `npm run check:content`, and nothing half-valid
 * is ever published. Also warns when a site on a real domain would send corrections to a
 * reserved (example) mail domain.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { checkContent } from "../content/check.ts";
import { CONTACT_SETTINGS_ID, readData } from "../content/files.ts";
import { formatReport } from "../content/report.ts";
import { addPhaseTime } from "../pipeline/build-phases.ts";
import { isReservedDomain } from "../../lib/routing/correction.ts";

export default function contentCheck(): AstroIntegration {
  return {
    name: "ocop:content-check",
    hooks: {
      "astro:config:setup": ({ config, logger }) => {
        const dir = fileURLToPath(new URL("./content/", config.root));
        const start = performance.now();
        const problems = checkContent(dir);
        addPhaseTime("content check", start);
        if (problems.length > 0) {
          throw new Error(`${formatReport(problems)}\n\nSửa các lỗi trên rồi build lại (fix the errors above and build again).`);
        }
        logger.info("content OK");
        const file = `settings/${CONTACT_SETTINGS_ID}.md`;
        const email = String(readData(`${dir}${file}`)?.["email"] ?? "");
        const site = config.site ? new URL(config.site).hostname : "localhost";
        if (isReservedDomain(email.split("@")[1] ?? "") && !isReservedDomain(site)) {
          logger.warn(
            `content/${file}: email "${email}" là địa chỉ ví dụ, không nhận được thư — ghi hộp thư thật của nhóm biên tập trước khi đưa trang lên ${site} (corrections would go to an example address)`,
          );
        }
      },
    },
  };
}
