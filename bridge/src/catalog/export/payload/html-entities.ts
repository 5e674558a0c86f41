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

const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,10});/gi;

/**
 * The references htmlspecialchars writes (all but &amp;), replaced without a callback: a stored description is
 * mostly these, and the callback pass below allocated a match per reference for each of them.
 */
const PLAIN: ReadonlyArray<readonly [string, string]> = [
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
  ['&#039;', "'"],
];

/**
 * Decodes HTML character references (numeric and the common named ones) in one logical pass: "&amp;lt;" becomes
 * "&lt;", never "<". Unknown names stay as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) {
    return text;
  }
  let out = text;
  for (const [entity, char] of PLAIN) {
    if (out.includes(entity)) {
      out = out.replaceAll(entity, char);
    }
  }
  if (!out.includes('&')) {
    return out;
  }
  return out.replace(ENTITY, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
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
