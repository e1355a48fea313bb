/** Text made safe inside XML or HTML, as element content or a double-quoted attribute value. Browser-safe. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
