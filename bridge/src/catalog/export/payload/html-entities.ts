const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  bull: '•',
  middot: '·',
  euro: '€',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bdquo: '„',
};

/** What htmlspecialchars writes, by the text after the "&". */
const BASIC: Readonly<Record<string, string>> = {
  'lt;': '<',
  'gt;': '>',
  'quot;': '"',
  '#039;': "'",
  'amp;': '&',
};

/**
 * Decodes HTML character references (numeric and the common named ones) in one pass: "&amp;lt;" becomes
 * "&lt;", never "<". Unknown names stay as written. Scanned by hand, not by a replace callback: descriptions are
 * mostly references (every tag is stored as &lt;…&gt;), and a callback allocated a match for each of them.
 */
export function decodeEntities(text: string): string {
  let at = text.indexOf('&');
  if (at < 0) {
    return text;
  }
  const parts: string[] = [];
  let from = 0;
  while (at >= 0) {
    const end = text.indexOf(';', at + 1);
    if (end < 0 || end - at > 12) {
      at = text.indexOf('&', at + 1);
      continue;
    }
    const body = text.slice(at + 1, end + 1);
    const decoded = BASIC[body] ?? decodeOther(body);
    if (decoded !== undefined) {
      parts.push(text.slice(from, at), decoded);
      from = end + 1;
    }
    at = text.indexOf('&', decoded === undefined ? at + 1 : end + 1);
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** A numeric reference or a named one from the table ("#8381;", "laquo;"); undefined when it is neither. */
function decodeOther(body: string): string | undefined {
  const name = body.slice(0, -1);
  if (name[0] === '#') {
    const hex = name[1] === 'x' || name[1] === 'X';
    const digits = name.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9a-f]{1,6}$/i : /^[0-9]{1,7}$/).test(digits)) {
      return undefined;
    }
    const code = Number.parseInt(digits, hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return /^[a-z][a-z0-9]{1,10}$/i.test(name) ? NAMED[name.toLowerCase()] : undefined;
}

/**
 * Undoes OpenCart's storage escaping: every text a merchant types goes through htmlspecialchars before it is
 * saved, so a description `<p>` is stored as `&lt;p&gt;` and a name "A & B" as "A &amp; B".
 */
export function decodeOpencartText(stored: string): string {
  return decodeEntities(stored);
}

/** Escapes text for inclusion in HTML. */
export function escapeText(text: string): string {
  if (!/[&<>]/.test(text)) {
    return text;
  }
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
