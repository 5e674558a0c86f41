import type { LeafAttribute, LeafAttributesResponse } from '../../api/client';
import type { MessageKey } from '../../i18n/en';

export type AttributeRule = NonNullable<LeafAttribute['rule']>;
export type ValueSource = AttributeRule['source'];
export type SourceChoice = LeafAttributesResponse['sources'][number];

type T = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** The editor's select value for a source: `attribute:12`, `field:model`, `fixed`, ... */
export function sourceKey(source: ValueSource | undefined): string {
  if (!source) {
    return '';
  }
  switch (source.kind) {
    case 'attribute':
      return `attribute:${source.attributeId}`;
    case 'option':
      return `option:${source.optionId}`;
    case 'field':
      return `field:${source.field}`;
    default:
      return source.kind;
  }
}

/** A source in words, e.g. `OpenCart attribute “Colour”`. */
export function describeSource(source: ValueSource, sources: readonly SourceChoice[], t: T): string {
  switch (source.kind) {
    case 'attribute':
    case 'option': {
      const id = source.kind === 'attribute' ? source.attributeId : source.optionId;
      const found = sources.find((s) => s.kind === source.kind && s.id === id);
      const name = found?.name ?? `#${id}`;
      return t(source.kind === 'attribute' ? 'mapping.source.attribute' : 'mapping.source.option', { name });
    }
    case 'manufacturer':
      return t('mapping.source.manufacturer');
    case 'field':
      return t('mapping.source.field', { field: source.field });
    case 'fixed':
      return t('mapping.source.fixed', { value: source.value });
    case 'none':
      return t('mapping.source.none');
  }
}
