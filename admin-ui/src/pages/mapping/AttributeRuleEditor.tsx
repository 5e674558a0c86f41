import { useState } from 'preact/hooks';
import { productFields } from '../../../../bridge/src/contract/values';
import type { LeafAttribute, LeafRef } from '../../api/client';
import { usePanel } from '../../context';
import { DictionaryPicker, type DictionaryValue } from './DictionaryPicker';
import { type AttributeRule, type SourceChoice, sourceKey, type ValueSource } from './rule-text';

interface Props {
  readonly leaf: LeafRef;
  readonly attribute: LeafAttribute;
  readonly sources: readonly SourceChoice[];
  readonly saving: boolean;
  readonly onSave: (rule: AttributeRule | null) => void;
  readonly onCancel: () => void;
}

/** The source chosen in the select, or undefined for "not mapped" (and for `fixed`, built from the value). */
function sourceOf(key: string): ValueSource | undefined {
  const [kind, id = ''] = key.split(':', 2);
  if (kind === 'attribute' || kind === 'option') {
    const n = Number(id);
    if (Number.isInteger(n) && n > 0) {
      return kind === 'attribute' ? { kind, attributeId: n } : { kind, optionId: n };
    }
  }
  if (kind === 'field') {
    const field = productFields.find((f) => f === id);
    return field ? { kind: 'field', field } : undefined;
  }
  if (kind === 'manufacturer' || kind === 'none') {
    return { kind };
  }
  return undefined;
}

/** Edits one attribute's rule: where the value comes from, a fixed value, and a dictionary fallback. */
export function AttributeRuleEditor({ leaf, attribute, sources, saving, onSave, onCancel }: Props) {
  const { t } = usePanel();
  const current = attribute.rule ?? (attribute.suggestion ? { source: attribute.suggestion.source } : null);
  const [key, setKey] = useState(sourceKey(current?.source));
  const initialFixed = current?.source.kind === 'fixed' ? current.source : undefined;
  const [fixedText, setFixedText] = useState(initialFixed?.value ?? '');
  const [fixedValue, setFixedValue] = useState<DictionaryValue | undefined>(
    initialFixed?.dictionaryValueId
      ? { id: initialFixed.dictionaryValueId, value: initialFixed.value }
      : undefined,
  );
  const [fallback, setFallback] = useState<DictionaryValue | undefined>(attribute.rule?.fallback);
  const hasDictionary = attribute.dictionaryId > 0;

  const build = (): AttributeRule | null | undefined => {
    if (key === '') {
      return null;
    }
    let source: ValueSource | undefined;
    if (key === 'fixed') {
      if (hasDictionary) {
        source = fixedValue
          ? { kind: 'fixed', value: fixedValue.value, dictionaryValueId: fixedValue.id }
          : undefined;
      } else {
        source = fixedText.trim() ? { kind: 'fixed', value: fixedText.trim() } : undefined;
      }
    } else {
      source = sourceOf(key);
    }
    if (!source) {
      return undefined;
    }
    return hasDictionary && fallback && source.kind !== 'fixed' ? { source, fallback } : { source };
  };
  const rule = build();
  const pickerKey = `${attribute.attributeId}`;
  return (
    <div class="meschain-rule-editor well well-sm" data-attribute-id={attribute.attributeId}>
      <div class="form-group">
        <label class="control-label" for={`rule-source-${pickerKey}`}>
          {t('mapping.valueFrom')}
        </label>
        <select
          id={`rule-source-${pickerKey}`}
          class="form-control meschain-rule-source"
          value={key}
          onChange={(e) => setKey(e.currentTarget.value)}
        >
          <option value="">{t('mapping.source.unmapped')}</option>
          <optgroup label={t('mapping.group.attributes')}>
            {sources
              .filter((s) => s.kind === 'attribute')
              .map((s) => (
                <option value={`attribute:${s.id}`} key={`a${s.id}`}>
                  {s.name}
                </option>
              ))}
          </optgroup>
          <optgroup label={t('mapping.group.options')}>
            {sources
              .filter((s) => s.kind === 'option')
              .map((s) => (
                <option value={`option:${s.id}`} key={`o${s.id}`}>
                  {s.name}
                </option>
              ))}
          </optgroup>
          <optgroup label={t('mapping.group.product')}>
            <option value="manufacturer">{t('mapping.source.manufacturer')}</option>
            {productFields.map((field) => (
              <option value={`field:${field}`} key={field}>
                {t('mapping.source.field', { field })}
              </option>
            ))}
          </optgroup>
          <option value="fixed">{t('mapping.source.fixedChoice')}</option>
          <option value="none">{t('mapping.source.none')}</option>
        </select>
      </div>
      {key === 'fixed' ? (
        hasDictionary ? (
          <DictionaryPicker
            id={`picker-fixed-${pickerKey}`}
            leaf={leaf}
            attributeId={attribute.attributeId}
            value={fixedValue}
            onChange={setFixedValue}
          />
        ) : (
          <input
            type="text"
            class="form-control meschain-fixed-text"
            value={fixedText}
            placeholder={t('mapping.fixedValue')}
            onInput={(e) => setFixedText(e.currentTarget.value)}
          />
        )
      ) : null}
      {hasDictionary && key !== 'fixed' && key !== '' && key !== 'none' ? (
        <div class="form-group">
          <strong class="control-label">{t('mapping.fallback')}</strong>
          <DictionaryPicker
            id={`picker-fallback-${pickerKey}`}
            leaf={leaf}
            attributeId={attribute.attributeId}
            value={fallback}
            onChange={setFallback}
          />
          <div class="help-block">{t('mapping.fallbackHelp')}</div>
        </div>
      ) : null}
      <div class="text-right">
        <button type="button" class="btn btn-default btn-sm" onClick={onCancel}>
          {t('common.cancel')}
        </button>{' '}
        <button
          type="button"
          class="btn btn-primary btn-sm meschain-rule-save"
          disabled={saving || rule === undefined}
          onClick={() => rule !== undefined && onSave(rule)}
        >
          <i class={`fa ${saving ? 'fa-spinner fa-spin' : 'fa-save'}`} /> {t('common.save')}
        </button>
      </div>
    </div>
  );
}
