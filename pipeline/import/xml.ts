import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from './import-error';

/** A parsed XML element: attributes under `@_name`, text under `#text`, children by tag name. */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlNode[] | XmlValue[];

// Elements that may repeat in either format; always arrays so one and many read the same.
const REPEATING = new Set(['entry', 'category', 'link', 'item', 'wp:comment', 'wp:postmeta', 'wp:author']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  // Numeric character references (`&#39;`) are decoded only with this on.
  htmlEntities: true,
  isArray: (name) => REPEATING.has(name),
});

/** The text of an XML file in the encoding its BOM or declaration names (UTF-8 if none). */
export function decodeXml(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    throw new ImportError([`${fileName} is in an encoding this import cannot read: ${declared}`]);
  }
  return decoder.decode(bytes);
}

/** Parses an export, or throws an ImportError that says where the XML is broken. */
export function parseXml(text: string, fileName: string): XmlNode {
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) throw new ImportError([`${fileName} is empty, not an XML export`]);
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new ImportError([`${fileName} is not well-formed XML (line ${line}, column ${col}): ${msg}`]);
  }
  try {
    return parser.parse(source) as XmlNode;
  } catch (error) {
    throw new ImportError([`${fileName} could not be read as XML: ${(error as Error).message}`]);
  }
}

/** The text of an element (or of the first of several), trimmed; '' when absent. */
export function text(value: XmlValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return text(value[0]);
  return text(value['#text']);
}

export function attr(node: XmlNode | undefined, name: string): string {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value.trim() : '';
}

/** The child elements with a tag name, as a list (none, one or many). */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => (typeof v === 'string' ? { '#text': v } : (v as XmlNode)));
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}
