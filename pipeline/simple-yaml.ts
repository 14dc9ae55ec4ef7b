/**
 * A fast reader for the YAML that front matter almost always is: one `key: value` per line, values
 * quoted or plain strings, or lists of them (flow `[a, "b"]` or block `- a`). It returns null for
 * anything else, including any plain value YAML would not read as a string (numbers, booleans, null
 * words), and the caller then parses with the full YAML parser: the answer is the same either way,
 * only faster for the common case (YAML parsing was a fifth of the time per article).
 */
export interface SimpleYaml {
  fields: Record<string, unknown>;
  /** 1-based line of each key. */
  keyLines: Record<string, number>;
}

const KEY_LINE = /^([A-Za-z_][\w-]*):(?: +(.*))?$/;
const BLOCK_ITEM = /^( *)- +(.*)$/;
// Plain scalars that are certainly strings: no indicator first, no `: ` or ` #`, no trailing `:`.
const SAFE_PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`](?:[^\t#:]|:(?! |$)|#(?<! #))*$/;
const CORE_NON_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?|0o[0-7]+|0x[\da-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const FLOW_PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}#:'"]*$/;

function scalar(raw: string, inFlow: boolean): string | null {
  const text = raw.trimEnd();
  if (text.startsWith('"')) {
    if (text.length < 2 || !text.endsWith('"')) return null;
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === 'string' ? value : null;
    } catch {
      return null;
    }
  }
  if (text.startsWith("'")) {
    const inner = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith("'") || inner.replace(/''/g, '').includes("'")) return null;
    return inner.replace(/''/g, "'");
  }
  if (!(inFlow ? FLOW_PLAIN : SAFE_PLAIN).test(text) || CORE_NON_STRING.test(text)) return null;
  return text;
}

function flowList(raw: string): string[] | null {
  const text = raw.trimEnd();
  if (!text.endsWith(']')) return null;
  const inner = text.slice(1, -1).trim();
  if (inner === '') return [];
  const items: string[] = [];
  // Items are quoted strings (which may hold commas) or plain words; anything else falls back.
  const item = /\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,"']*?)\s*(?:,|$)/gy;
  let at = 0;
  while (at < inner.length) {
    item.lastIndex = at;
    const m = item.exec(inner);
    if (!m || m[0] === '') return null;
    const value = scalar(m[1]!, true);
    if (value === null) return null;
    items.push(value);
    at = item.lastIndex;
    if (at === inner.length && inner.endsWith(',')) return null;
  }
  return items;
}

export function parseSimpleYaml(text: string): SimpleYaml | null {
  const lines = text.split(/\r?\n/);
  const fields: Record<string, unknown> = {};
  const keyLines: Record<string, number> = {};
  let list: string[] | null = null;
  let listIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const item = list && BLOCK_ITEM.exec(line);
    if (item) {
      // A deeper `- ` would continue the previous item's text in YAML, not start an item.
      if (listIndent === -1) listIndent = item[1]!.length;
      const value = scalar(item[2]!, false);
      if (value === null || item[1]!.length !== listIndent) return null;
      list!.push(value);
      continue;
    }
    const m = KEY_LINE.exec(line);
    if (!m || m[1]! in fields || m[1] === '__proto__') return null;
    const key = m[1]!;
    const raw = m[2]?.trimEnd() ?? '';
    keyLines[key] = i + 1;
    list = null;
    listIndent = -1;
    if (raw === '') {
      // `key:` alone is null, unless block list items follow.
      list = [];
      fields[key] = null;
      const next = lines.slice(i + 1).find((l) => l.trim() !== '' && !l.startsWith('#'));
      if (next !== undefined && BLOCK_ITEM.test(next)) fields[key] = list;
      else list = null;
      continue;
    }
    const value = raw.startsWith('[') ? flowList(raw) : scalar(raw, false);
    if (value === null) return null;
    fields[key] = value;
  }
  return { fields, keyLines };
}
