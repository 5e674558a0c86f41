import type { SampleCategory, Tri } from './catalogue';
import type { Random } from './random';

export type LanguageKey = keyof Tri;

/** A product name in one language, e.g. "Футболка Nike Классическая модель 0042". */
export function productName(
  leaf: SampleCategory,
  brand: string,
  adjective: Tri,
  serial: number,
  lang: LanguageKey,
) {
  const noun = leaf.noun?.[lang] ?? leaf.name[lang];
  return `${noun} ${brand} ${adjective[lang]} ${String(serial).padStart(4, '0')}`;
}

const PARAGRAPHS: Record<LanguageKey, readonly string[]> = {
  en: [
    'Made for daily use and built to last.',
    'Easy care: machine wash at 30 °C.',
    'Comes in a recyclable package.',
  ],
  ru: [
    'Создан для ежедневного использования и служит долго.',
    'Простой уход: машинная стирка при 30 °C.',
    'Поставляется в перерабатываемой упаковке.',
  ],
  tr: [
    'Günlük kullanım için tasarlandı ve uzun ömürlüdür.',
    'Kolay bakım: 30 °C makinede yıkama.',
    'Geri dönüştürülebilir ambalajda gelir.',
  ],
};

/**
 * An HTML description the way merchants write them in OpenCart's editor, stored HTML-escaped like OpenCart does.
 * Some carry markup Ozon does not accept (script, inline styles, tables), so the cleaner has real work.
 */
export function productDescription(name: string, random: Random, lang: LanguageKey): string {
  const paragraphs = PARAGRAPHS[lang];
  const parts = [`<p><b>${name}</b></p>`, `<ul>${paragraphs.map((p) => `<li>${p}</li>`).join('')}</ul>`];
  if (random.chance(0.2)) {
    parts.push('<p style="color:red">&nbsp;<span>Sale!</span></p><script>track()</script>');
  }
  if (random.chance(0.1)) {
    parts.push('<table><tr><td>A</td><td>B</td></tr></table>');
  }
  return escapeHtml(parts.join('\n'));
}

/** OpenCart stores descriptions escaped with htmlspecialchars. */
export function escapeHtml(html: string): string {
  return html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
