import { Parser } from 'htmlparser2';
import { decodeOpencartText } from '../../source-text/opencart-text';
import { HtmlOutput } from './html-output';

/**
 * Tags Ozon renders in the description (attribute 4191). Everything else is unwrapped (its text kept), and the
 * elements below are dropped with their content: scripts and styles are never text, and tables or frames do
 * not survive Ozon's renderer in any readable form.
 */
const KEPT = new Set(['p', 'br', 'ul', 'ol', 'li', 'b', 'i']);
const RENAMED: ReadonlyMap<string, string> = new Map([
  ['strong', 'b'],
  ['em', 'i'],
]);
const DROPPED_WITH_CONTENT = new Set([
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
]);

/**
 * Turns the parser's events into `HtmlOutput` calls. The parser closes every element it opens exactly once
 * (explicitly, implied by another tag, or at the end), so counting opens and closes finds where a dropped
 * element ends, nested ones included.
 */
class CleaningHandler {
  private readonly out = new HtmlOutput();
  /** How deep inside a dropped element the parser is; 0 outside. */
  private dropDepth = 0;

  finish(): string {
    return this.out.finish();
  }

  onopentagname(tag: string): void {
    if (this.dropDepth > 0 || DROPPED_WITH_CONTENT.has(tag)) {
      this.dropDepth += 1;
      if (this.dropDepth === 1) {
        this.out.separator();
      }
      return;
    }
    const name = RENAMED.get(tag) ?? tag;
    if (KEPT.has(name)) {
      this.out.openTag(name);
    } else {
      this.out.separator();
    }
  }

  /** `implied`: closed by another tag or the end, not by its own end tag; such a close separates no words. */
  onclosetag(tag: string, implied: boolean): void {
    if (this.dropDepth > 0) {
      this.dropDepth -= 1;
      return;
    }
    const name = RENAMED.get(tag) ?? tag;
    if (KEPT.has(name)) {
      this.out.closeTag(name);
    } else if (!implied) {
      this.out.separator();
    }
  }

  ontext(text: string): void {
    if (this.dropDepth === 0) {
      this.out.text(text);
    }
  }
}

/**
 * Cleans an OpenCart description into the HTML Ozon accepts: OpenCart's htmlspecialchars storage undone, dropped
 * elements removed, every attribute stripped, only the kept tags left (balanced; strong and em as b and i),
 * whitespace and &nbsp; collapsed, empty elements removed. Tags nest as a browser's parser nests them, so
 * `<p>a<p>b` gives two paragraphs and a stray `</br>` a line break.
 */
export function cleanDescription(stored: string): string {
  const handler = new CleaningHandler();
  // Entities are left to HtmlOutput, which decodes the ones OpenCart texts carry, once. Attribute values are
  // read past (a ">" inside quotes does not end the tag) and never kept; comments, doctypes and processing
  // instructions give no event here. A parser per call costs nothing measurable against reusing one.
  new Parser(handler, { decodeEntities: false }).end(decodeOpencartText(stored));
  return handler.finish();
}
