import { decodeOpencartText } from '../../source-text/opencart-text';

/** Escapes text for inclusion in HTML (quotes need nothing outside attributes, and no attribute is written). */
function escapeText(text: string): string {
  if (!/[&<>]/.test(text)) {
    return text;
  }
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Blocks: whitespace next to them is not meaningful. */
const BLOCK = new Set(['p', 'ul', 'ol', 'li', 'br']);
const WHITESPACE = /[\s\u00a0]+/g;
/** Text that needs decoding, escaping or whitespace folding (most text between tags needs none). */
const NEEDS_WORK = /[&<>]|[^\S ]| {2}/;
/** Tag strings made once, not per tag written. */
const OPENING = new Map<string, string>();
const CLOSING = new Map<string, string>();

function tagText(cache: Map<string, string>, tag: string, make: (tag: string) => string): string {
  let text = cache.get(tag);
  if (text === undefined) {
    text = make(tag);
    cache.set(tag, text);
  }
  return text;
}

function opening(tag: string): string {
  return `<${tag}>`;
}

function closing(tag: string): string {
  return `</${tag}>`;
}

/** Only whitespace (the characters `trim` removes), tested without making the trimmed copy. */
const BLANK = /^\s*$/;

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
export class HtmlOutput {
  readonly parts: string[] = [];
  private readonly open: OpenElement[] = [];
  /** The last thing written was a block tag (or nothing): leading whitespace of the next text is dropped. */
  private afterBlock = true;

  text(raw: string): void {
    let text = NEEDS_WORK.test(raw) ? escapeText(decodeOpencartText(raw).replace(WHITESPACE, ' ')) : raw;
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
    this.parts.push(tagText(OPENING, tag, opening));
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
    const html = this.parts.join('');
    // Line breaks at either end mean nothing; the regular expression only runs when there are some.
    return html.startsWith('<br>') || html.endsWith('<br>')
      ? html.replace(/^(<br>)+|(<br>)+$/g, '').trim()
      : html.trim();
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
    this.parts.push(tagText(CLOSING, element.tag, closing));
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
      if (!BLANK.test(this.parts[i] ?? '')) {
        return false;
      }
    }
    return true;
  }

  private endsWithSpace(): boolean {
    return (this.parts.at(-1) ?? '').endsWith(' ');
  }
}
