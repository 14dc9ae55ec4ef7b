const BLOCKS =
  'p|div|h[1-6]|ul|ol|li|dl|dd|dt|blockquote|pre|table|thead|tbody|tfoot|tr|td|th|caption|figure|figcaption|hr|address|section|article|aside|header|footer|nav|form|fieldset|details|summary|iframe|script|style|noscript|object|embed';
const BLOCK_OPEN = new RegExp(`(<(?:${BLOCKS})[\\s/>])`, 'gi');
const BLOCK_CLOSE = new RegExp(`(</(?:${BLOCKS})>)`, 'gi');
const STARTS_AS_MARKUP = new RegExp(`^(</?(?:${BLOCKS})[\\s/>]|<!--|\\uE000)`, 'i');

/** `[caption …]<img …> Text[/caption]` → a figure with its caption, as WordPress renders it. */
function expandCaptions(html: string): string {
  return html.replace(/\[caption[^\]]*\]([\s\S]*?)\[\/caption\]/gi, (_, inner: string) => {
    const match = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
    if (!match) return `<figure>${inner.trim()}</figure>`;
    const caption = match[2]!.trim();
    return `<figure>${match[1]}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
  });
}

/**
 * WordPress stores classic-editor posts without paragraph tags and adds them when it renders
 * (`wpautop`): a blank line ends a paragraph, a single newline is a line break, and block
 * elements stand on their own. Markup blocks (including Gutenberg's `<!-- wp:… -->`) and `<pre>`
 * are left as they are.
 */
function addParagraphs(html: string): string {
  const preBlocks: string[] = [];
  const withoutPre = html.replace(/<pre\b[\s\S]*?<\/pre>/gi, (pre) => {
    preBlocks.push(pre);
    return `\n\n\uE000${preBlocks.length - 1}\uE000\n\n`;
  });
  return withoutPre
    .replace(/\r\n?/g, '\n')
    .replace(BLOCK_OPEN, '\n\n$1')
    .replace(BLOCK_CLOSE, '$1\n\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (STARTS_AS_MARKUP.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br />\n')}</p>`))
    .join('\n')
    .replace(/\uE000(\d+)\uE000/g, (_, i: string) => preBlocks[Number(i)]!);
}

/** A WordPress post body as the blog showed it, before sanitizing. */
export function renderWordPressBody(content: string): string {
  return addParagraphs(expandCaptions(content));
}
