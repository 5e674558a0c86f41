/** Languages the panel speaks; OpenCart's admin language decides which one. */
export const languages = ['en', 'ru', 'tr'] as const;
export type Language = (typeof languages)[number];

/** How the panel reaches the bridge: OpenCart's signed proxy, or the bridge itself (demo, development). */
export type TransportConfig =
  | { readonly kind: 'proxy'; readonly proxyUrl: string }
  | { readonly kind: 'direct'; readonly apiBase: string; readonly csrf: string };

/** Everything the host page tells the panel, read once from the mount element's data-* attributes. */
export interface PanelConfig {
  readonly transport: TransportConfig;
  readonly language: Language;
  /** False for OpenCart users with access but no modify permission: write buttons are disabled. */
  readonly canModify: boolean;
  /** The page asked for with OpenCart's &page=..., used when the URL has no hash route. */
  readonly initialPage: string;
  readonly moduleVersion: string;
  /** The store's OpenCart folder when the page knows it, for the command that starts the bridge ('' if not). */
  readonly opencartRoot: string;
  /** The module page already shows its own "bridge not running" notice (it found the bridge down). */
  readonly bridgeNoticeOnPage: boolean;
}

/** `ru-ru`, `ru`, `RU` → ru; anything unknown → en. */
export function languageOf(code: string | undefined): Language {
  const short = (code ?? '').slice(0, 2).toLowerCase();
  return languages.find((l) => l === short) ?? 'en';
}

/** Reads the mount element's dataset (see the extension's twig and the bridge's demo shell). */
export function readPanelConfig(data: Readonly<Record<string, string | undefined>>): PanelConfig {
  const proxyUrl = data.proxyUrl ?? '';
  const transport: TransportConfig =
    proxyUrl !== ''
      ? { kind: 'proxy', proxyUrl }
      : { kind: 'direct', apiBase: data.apiBase ?? '', csrf: data.csrf ?? '' };
  return {
    transport,
    language: languageOf(data.language),
    canModify: data.canModify !== '0',
    initialPage: data.page ?? '',
    moduleVersion: data.moduleVersion ?? '',
    opencartRoot: data.opencartRoot ?? '',
    bridgeNoticeOnPage: data.bridgeUp === '0',
  };
}
