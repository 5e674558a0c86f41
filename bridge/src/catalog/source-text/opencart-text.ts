/**
 * Named references understood besides the htmlspecialchars ones. OpenCart never writes these itself, but texts
 * imported straight into its tables and the HTML of descriptions (once unescaped) carry them.
 */
const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['bdquo', '„'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['hellip', '…'],
  ['middot', '·'],
  ['bull', '•'],
  ['deg', '°'],
  ['times', '×'],
  ['copy', '©'],
  ['reg', '®'],
  ['trade', '™'],
  ['euro', '€'],
]);

/** Longest reference body looked at, "&" and ";" excluded ("#x10FFFF" is 8, "hellip" 6). */
const MAX_BODY = 10;

/** The character a reference body stands for ("amp", "#039", "#x41"); undefined when it is none. */
function referenced(body: string): string | undefined {
  if (body.charCodeAt(0) !== 35 /* # */) {
    return NAMED.get(body);
  }
  const hex = body[1] === 'x' || body[1] === 'X';
  const digits = body.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) {
    return undefined;
  }
  const code = Number.parseInt(digits, hex ? 16 : 10);
  // NUL, lone surrogate halves and numbers past Unicode are not characters: left as written.
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : undefined;
}

/**
 * A text as the merchant typed it. OpenCart passes every submitted field through htmlspecialchars before storing
 * it, so names read from its tables hold `&amp;` `&quot;` `&lt;` `&gt;` (and `&#039;` from other writers) where
 * the merchant wrote & " < > '. Decodes those, numeric references (`&#246;`, `&#xF6;`) and a few common named
 * ones, in ONE pass: "&amp;lt;" becomes "&lt;" (what was typed), never "<". Anything else stays as written.
 */
export function decodeOpencartText(stored: string): string {
  let at = stored.indexOf('&');
  if (at < 0) {
    return stored;
  }
  let out = '';
  let from = 0;
  while (at >= 0) {
    const end = stored.indexOf(';', at + 1);
    if (end < 0) {
      break;
    }
    const char = end - at - 1 <= MAX_BODY ? referenced(stored.slice(at + 1, end)) : undefined;
    if (char === undefined) {
      at = stored.indexOf('&', at + 1);
    } else {
      out += stored.slice(from, at) + char;
      from = end + 1;
      at = stored.indexOf('&', from);
    }
  }
  return out + stored.slice(from);
}
