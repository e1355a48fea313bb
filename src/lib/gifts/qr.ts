/** QR codes as small SVG files, made at build (no script in the browser). */
import { encode } from "uqr";
import { escapeXml } from "../values/xml.ts";

/** An SVG QR code of `text`: one path, dark modules as 1×1 squares, with a 4-module quiet zone. */
export function qrSvg(text: string): string {
  const { data } = encode(text, { ecc: "M", border: 4 });
  const size = data.length;
  let d = "";
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><title>${escapeXml(text)}</title><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}
