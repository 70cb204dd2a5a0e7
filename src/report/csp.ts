/**
 * Whole HTML documents with a strict Content-Security-Policy: nothing loads from anywhere, and
 * only the page's own inline stylesheet and script (allowed by SHA-256 hash) apply.
 */

import { escapeHtml } from "./escape";

/** Base64 SHA-256 of the UTF-8 bytes of `text`, as CSP hash sources want it (Web Crypto: browsers and Node 20). */
export async function sha256Base64(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  let binary = "";
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export interface HtmlDocumentParts {
  title: string;
  style: string;
  /** Omitted: the policy allows no script at all. */
  script?: string;
  /** Trusted markup (built with escaped text). */
  body: string;
}

/** A complete `<!doctype html>` page; `style` and `script` must not contain their closing tags. */
export async function htmlDocument(parts: HtmlDocumentParts): Promise<string> {
  for (const [name, code, closing] of [
    ["style", parts.style, "</style"],
    ["script", parts.script ?? "", "</script"],
  ] as const) {
    if (code.toLowerCase().includes(closing)) throw new Error(`the report's ${name} contains ${closing}`);
  }
  const styleHash = await sha256Base64(parts.style);
  const scriptSource = parts.script === undefined ? "'none'" : `'sha256-${await sha256Base64(parts.script)}'`;
  const policy = [
    "default-src 'none'",
    `style-src 'sha256-${styleHash}'`,
    `script-src ${scriptSource}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${parts.style}</style>`,
    "</head>",
    "<body>",
    parts.body,
    parts.script === undefined ? "" : `<script>${parts.script}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
