import { decodeEntities, decodeOpencartText, escapeText } from './html-entities';

/**
 * Tags Ozon renders in the description (attribute 4191). Everything else is unwrapped (its text kept), and the
 * elements below are dropped with their content: scripts and styles are never text, and tables or frames do
 * not survive Ozon's renderer in any readable form.
 */
const KEPT = new Set(['p', 'br', 'ul', 'ol', 'li', 'b', 'strong', 'i', 'em']);
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
const VOID = new Set(['br']);
/** Blocks: whitespace next to them is not meaningful. */
const BLOCK = new Set(['p', 'ul', 'ol', 'li', 'br']);

const HAS_DROPPED = new RegExp(`<\\/?(${DROPPED_WITH_CONTENT.join('|')})\\b`, 'i');
const DROP = new RegExp(`<(${DROPPED_WITH_CONTENT.join('|')})\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>`, 'gi');
const DROP_UNCLOSED = new RegExp(`<\\/?(${DROPPED_WITH_CONTENT.join('|')})\\b[^>]*>`, 'gi');
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>|([^<]+)|(<)/g;

function normaliseText(raw: string): string {
  return escapeText(decodeEntities(raw).replace(/[\s\u00a0]+/g, ' '));
}

/**
 * Cleans an OpenCart description into the HTML Ozon accepts: OpenCart's htmlspecialchars storage undone, dropped
 * elements removed, every attribute stripped, only the kept tags left (balanced), whitespace and &nbsp;
 * collapsed, empty paragraphs removed.
 */
export function cleanDescription(stored: string): string {
  const decoded = decodeOpencartText(stored);
  const html = HAS_DROPPED.test(decoded) ? decoded.replace(DROP, ' ').replace(DROP_UNCLOSED, ' ') : decoded;
  const out: string[] = [];
  const open: string[] = [];
  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawName, , text, stray] = match;
    if (text !== undefined) {
      out.push(normaliseText(text));
      continue;
    }
    if (stray !== undefined) {
      out.push('&lt;');
      continue;
    }
    const name = rawName?.toLowerCase();
    if (name === undefined) {
      continue; // a comment
    }
    const tag = name === 'strong' ? 'b' : name === 'em' ? 'i' : name;
    if (!KEPT.has(tag)) {
      // Unwrapped; a block-level wrapper (div, h1...) still separates words.
      out.push(' ');
      continue;
    }
    if (VOID.has(tag)) {
      out.push('<br>');
      continue;
    }
    if (closing) {
      const at = open.lastIndexOf(tag);
      if (at < 0) {
        continue;
      }
      while (open.length > at) {
        out.push(`</${open.pop()}>`);
      }
      continue;
    }
    open.push(tag);
    out.push(`<${tag}>`);
  }
  while (open.length > 0) {
    out.push(`</${open.pop()}>`);
  }
  return tidy(out.join(''));
}

const SPACE_AROUND_BLOCK = new RegExp(`\\s*(</?(?:${[...BLOCK].join('|')})>)\\s*`, 'g');
const EMPTY_ELEMENT = /<(p|li|b|i|ul|ol)>\s*<\/\1>/;
const EMPTY_ELEMENTS = /<(p|li|b|i|ul|ol)>\s*<\/\1>/g;

function tidy(html: string): string {
  let result = html.replace(/ {2,}/g, ' ').replace(SPACE_AROUND_BLOCK, '$1');
  // Empty elements left after dropping their content, repeated until none is left (<p><b> </b></p>).
  while (EMPTY_ELEMENT.test(result)) {
    result = result.replace(EMPTY_ELEMENTS, '');
  }
  return result.replace(/^(<br>)+|(<br>)+$/g, '').trim();
}
