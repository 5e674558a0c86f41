import { decodeOpencartText } from '../../source-text/opencart-text';
import { HtmlOutput } from './html-output';

/**
 * Tags Ozon renders in the description (attribute 4191). Everything else is unwrapped (its text kept), and the
 * elements below are dropped with their content: scripts and styles are never text, and tables or frames do
 * not survive Ozon's renderer in any readable form.
 */
const KEPT = new Set(['p', 'br', 'ul', 'ol', 'li', 'b', 'i']);
/** A Map, not an object: a tag name sliced out of the text is no internalised key, and an object lookup with it
 * went through V8's string table for every tag of every description. */
const RENAMED: ReadonlyMap<string, string> = new Map([
  ['strong', 'b'],
  ['em', 'i'],
]);
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'iframe',
  'table',
  'noscript',
  'object',
  'embed',
  'svg',
  'head',
  'title',
];
const HAS_DROPPED = new RegExp(`<\\/?(${DROPPED_WITH_CONTENT.join('|')})\\b`, 'i');
const DROP = new RegExp(`<(${DROPPED_WITH_CONTENT.join('|')})\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>`, 'gi');
const DROP_UNCLOSED = new RegExp(`<\\/?(${DROPPED_WITH_CONTENT.join('|')})\\b[^>]*>`, 'gi');

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isLetterOrDigit(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57);
}

/** The last tag `readTag` read: one object reused, not one per tag of every description. */
interface Tag {
  name: string;
  closing: boolean;
  end: number;
}
const lastTag: Tag = { name: '', closing: false, end: 0 };

/**
 * The tag starting at `lt` ("<p class=x>", "</B>"): its lower-case name, whether it closes, and where it ends,
 * in `lastTag` (valid until the next call). Undefined when "<" starts no tag (a letter must follow, and a ">"
 * must come).
 */
function readTag(html: string, lt: number): Tag | undefined {
  const closing = html.charCodeAt(lt + 1) === 47; // '/'
  const start = lt + (closing ? 2 : 1);
  if (!isLetter(html.charCodeAt(start))) {
    return undefined;
  }
  let stop = start + 1;
  while (stop < html.length && isLetterOrDigit(html.charCodeAt(stop))) {
    stop += 1;
  }
  const gt = html.indexOf('>', stop);
  if (gt < 0) {
    return undefined;
  }
  lastTag.name = html.slice(start, stop).toLowerCase();
  lastTag.closing = closing;
  lastTag.end = gt + 1;
  return lastTag;
}

/**
 * Cleans an OpenCart description into the HTML Ozon accepts: OpenCart's htmlspecialchars storage undone, dropped
 * elements removed, every attribute stripped, only the kept tags left (balanced; strong and em as b and i),
 * whitespace and &nbsp; collapsed, empty elements removed.
 */
export function cleanDescription(stored: string): string {
  const decoded = decodeOpencartText(stored);
  const html = HAS_DROPPED.test(decoded) ? decoded.replace(DROP, ' ').replace(DROP_UNCLOSED, ' ') : decoded;
  const out = new HtmlOutput();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const end = lt < 0 ? html.length : lt;
    if (end > i) {
      out.text(html.slice(i, end));
    }
    if (lt < 0) {
      break;
    }
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const tag = readTag(html, lt);
    if (tag === undefined) {
      out.text('<');
      i = lt + 1;
      continue;
    }
    i = tag.end;
    const name = RENAMED.get(tag.name) ?? tag.name;
    if (!KEPT.has(name)) {
      out.separator();
    } else if (tag.closing) {
      out.closeTag(name);
    } else {
      out.openTag(name);
    }
  }
  return out.finish();
}
