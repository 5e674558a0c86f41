import type { ComponentChildren } from 'preact';

export type Tone = 'default' | 'primary' | 'success' | 'info' | 'warning' | 'danger';

/** A Bootstrap 3 label (label label-success ...). */
export function StatusLabel({ tone, children }: { tone: Tone; children: ComponentChildren }) {
  return <span class={`label label-${tone}`}>{children}</span>;
}

/** The tone of a log level. */
export function levelTone(level: 'info' | 'warning' | 'error'): Tone {
  return level === 'error' ? 'danger' : level === 'warning' ? 'warning' : 'info';
}
