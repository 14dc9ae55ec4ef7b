/** Characters XML 1.0 forbids (most C0 controls, U+FFFE/FFFF, unpaired surrogates). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text that any XML document can hold. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Plain text as HTML (Atom's `type="html"` fields), so a title like `<script>` stays text. */
export function escapeHtml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * HTML that can sit in a CDATA section: the feed library escapes only the first `]]>`, and a
 * second would end the section early. `]]&gt;` means the same in HTML text and attributes.
 */
export function cdataSafe(html: string): string {
  return xmlSafe(html).replaceAll(']]>', ']]&gt;');
}

/** Root-relative links and images (`/2008/06/x`) made absolute, since a feed is read away from the site. */
export function absoluteLinks(html: string, siteUrl: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)/g, (_, attribute: string) => `${attribute}="${siteUrl}/`);
}
