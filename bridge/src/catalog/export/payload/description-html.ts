import { decodeEntities, decodeOpencartText, escapeText } from './html-entities';

/**
 * Tags Ozon renders in the description (attribute 4191). Everything else is unwrapped (its text kept), and the
 * elements below are dropped with their content: scripts and styles are never text, and tables or frames do
 * not survive Ozon's renderer in any readable form.
 */
const KEPT = new Set(['p', 'br', 'ul', 'ol', 'li', 'b', 'i']);
const RENAMED: Readonly<Record<string, string>> = { strong: 'b', em: 'i' };
const OPENING: Readonly<Record<string, string>> = Object.fromEntries([...KEPT].map((t) => [t, `<${t}>`]));
const CLOSING: Readonly<Record<string, string>> = Object.fromEntries([...KEPT].map((t) => [t, `</${t}>`]));
/** Blocks: whitespace next to them is not meaningful. */
const BLOCK = new Set(['p', 'ul', 'ol', 'li', 'br']);
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
const WHITESPACE = /[\s\u00a0]+/g;
/** Text that needs decoding, escaping or whitespace folding (most text between tags needs none). */
const NEEDS_WORK = /[&<>]|[^\S ]| {2}/;

/** An open kept element and where its opening tag sits in the output. */
interface OpenElement {
  readonly tag: string;
  readonly at: number;
}

/**
 * Builds the cleaned HTML part by part, tidying as it goes (one pass, few intermediate strings: this runs for
 * every product of a 100,000-product export): whitespace collapsed to single spaces and dropped next to block
 * tags, elements left empty removed, tags balanced.
 */
class Output {
  readonly parts: string[] = [];
  private readonly open: OpenElement[] = [];
  /** The last thing written was a block tag (or nothing): leading whitespace of the next text is dropped. */
  private afterBlock = true;

  text(raw: string): void {
    let text = NEEDS_WORK.test(raw) ? escapeText(decodeEntities(raw).replace(WHITESPACE, ' ')) : raw;
    if (text.startsWith(' ') && (this.afterBlock || this.endsWithSpace())) {
      text = text.slice(1);
    }
    if (text !== '') {
      this.parts.push(text);
      this.afterBlock = false;
    }
  }

  /** A tag that is not kept still separates words. */
  separator(): void {
    if (!this.afterBlock && !this.endsWithSpace()) {
      this.parts.push(' ');
    }
  }

  openTag(tag: string): void {
    this.beforeTag(tag);
    if (tag === 'br') {
      this.parts.push('<br>');
      this.afterBlock = true;
      return;
    }
    this.open.push({ tag, at: this.parts.length });
    this.parts.push(OPENING[tag] ?? `<${tag}>`);
    this.afterBlock = BLOCK.has(tag);
  }

  closeTag(tag: string): void {
    let index = this.open.length - 1;
    while (index >= 0 && this.open[index]?.tag !== tag) {
      index -= 1;
    }
    if (index < 0) {
      return;
    }
    while (this.open.length > index) {
      this.closeLast();
    }
  }

  finish(): string {
    while (this.open.length > 0) {
      this.closeLast();
    }
    return this.parts
      .join('')
      .replace(/^(<br>)+|(<br>)+$/g, '')
      .trim();
  }

  private closeLast(): void {
    const element = this.open.pop();
    if (!element) {
      return;
    }
    this.beforeTag(element.tag);
    // Nothing but whitespace since it opened: the element is dropped (its empty children went before it).
    if (this.onlyWhitespaceAfter(element.at)) {
      this.parts.length = element.at;
      this.afterBlock = this.parts.length === 0 || (this.parts.at(-1) ?? '').endsWith('>');
      return;
    }
    this.parts.push(CLOSING[element.tag] ?? `</${element.tag}>`);
    this.afterBlock = BLOCK.has(element.tag);
  }

  private beforeTag(tag: string): void {
    if (BLOCK.has(tag) && this.endsWithSpace()) {
      const last = this.parts.length - 1;
      const trimmed = (this.parts[last] ?? '').replace(/ $/, '');
      if (trimmed === '') {
        this.parts.length = last;
      } else {
        this.parts[last] = trimmed;
      }
    }
  }

  private onlyWhitespaceAfter(at: number): boolean {
    for (let i = at + 1; i < this.parts.length; i++) {
      if ((this.parts[i] ?? '').trim() !== '') {
        return false;
      }
    }
    return true;
  }

  private endsWithSpace(): boolean {
    return (this.parts.at(-1) ?? '').endsWith(' ');
  }
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isLetterOrDigit(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57);
}

/**
 * The tag starting at `lt` ("<p class=x>", "</B>"): its lower-case name, whether it closes, and where it ends.
 * Undefined when "<" starts no tag (a letter must follow, and a ">" must come).
 */
function readTag(html: string, lt: number): { name: string; closing: boolean; end: number } | undefined {
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
  return { name: html.slice(start, stop).toLowerCase(), closing, end: gt + 1 };
}

/**
 * Cleans an OpenCart description into the HTML Ozon accepts: OpenCart's htmlspecialchars storage undone, dropped
 * elements removed, every attribute stripped, only the kept tags left (balanced; strong and em as b and i),
 * whitespace and &nbsp; collapsed, empty elements removed.
 */
export function cleanDescription(stored: string): string {
  const decoded = decodeOpencartText(stored);
  const html = HAS_DROPPED.test(decoded) ? decoded.replace(DROP, ' ').replace(DROP_UNCLOSED, ' ') : decoded;
  const out = new Output();
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
    const name = RENAMED[tag.name] ?? tag.name;
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
