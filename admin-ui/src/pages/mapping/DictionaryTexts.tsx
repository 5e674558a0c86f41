import { useState } from 'preact/hooks';
import type { LeafAttribute, LeafRef } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusLabel } from '../../components/StatusLabel';
import { usePanel } from '../../context';
import { useAction } from '../../hooks/use-action';
import { useResource } from '../../hooks/use-resource';
import { DictionaryPicker } from './DictionaryPicker';

interface Props {
  readonly leaf: LeafRef;
  readonly attribute: LeafAttribute;
}

/**
 * The store's texts for one dictionary attribute (sizes, colours...) and the Ozon value each stands for: found
 * automatically, chosen by the merchant, or missing. A choice is remembered for every product with that text.
 */
export function DictionaryTexts({ leaf, attribute }: Props) {
  const { api, t, fmt, config } = usePanel();
  const texts = useResource(
    (signal) => api.mapping.texts(leaf, attribute.attributeId, { signal }),
    [leaf.descriptionCategoryId, leaf.typeId, attribute.attributeId],
  );
  const [picking, setPicking] = useState<string | undefined>(undefined);
  const choose = useAction(async (text: string, value: { id: number; value: string } | null) => {
    const answer = await api.mapping.choose({
      attributeId: attribute.attributeId,
      dictionaryId: attribute.dictionaryId,
      text,
      value,
    });
    setPicking(undefined);
    texts.reload();
    return answer;
  });
  const data = texts.data;
  return (
    <div class="meschain-dictionary-texts" data-attribute-id={attribute.attributeId}>
      <ErrorAlert error={texts.error ?? choose.error} />
      {data ? (
        <p class={data.unmatched > 0 ? 'text-danger' : 'text-success'}>
          {data.unmatched > 0
            ? t('mapping.textsUnmatched', { count: data.unmatched })
            : t('mapping.textsAllMatched')}
        </p>
      ) : null}
      {data && data.texts.length > 0 ? (
        <table class="table table-bordered table-condensed">
          <thead>
            <tr>
              <td>{t('mapping.storeText')}</td>
              <td class="text-right">{t('mapping.products')}</td>
              <td>{t('mapping.ozonValue')}</td>
            </tr>
          </thead>
          <tbody>
            {data.texts.map((entry) => (
              <tr
                key={entry.text}
                class="meschain-text-row"
                data-text={entry.text}
                data-matched={entry.match ? '1' : '0'}
              >
                <td>
                  <strong>{entry.text}</strong>
                </td>
                <td class="text-right">{fmt.number(entry.products)}</td>
                <td>
                  {entry.match ? (
                    <span>
                      <StatusLabel tone={entry.match.how === 'choice' ? 'success' : 'info'}>
                        {t(`mapping.match.${entry.match.how}`)}
                      </StatusLabel>{' '}
                      {entry.match.value}
                    </span>
                  ) : (
                    <StatusLabel tone="danger">{t('mapping.match.none')}</StatusLabel>
                  )}{' '}
                  {entry.match === null
                    ? entry.suggestions.slice(0, 3).map((s) => (
                        <button
                          type="button"
                          key={s.id}
                          class="btn btn-default btn-xs meschain-suggestion"
                          disabled={!config.canModify || choose.pending}
                          onClick={() => choose.run(entry.text, { id: s.id, value: s.value })}
                        >
                          {s.value}
                        </button>
                      ))
                    : null}{' '}
                  <button
                    type="button"
                    class="btn btn-link btn-xs meschain-pick-value"
                    disabled={!config.canModify}
                    onClick={() => setPicking(picking === entry.text ? undefined : entry.text)}
                  >
                    <i class="fa fa-search" /> {t('mapping.pickValue')}
                  </button>
                  {entry.match?.how === 'choice' ? (
                    <button
                      type="button"
                      class="btn btn-link btn-xs"
                      disabled={!config.canModify || choose.pending}
                      onClick={() => choose.run(entry.text, null)}
                    >
                      <i class="fa fa-times" /> {t('mapping.forgetChoice')}
                    </button>
                  ) : null}
                  {picking === entry.text ? (
                    <DictionaryPicker
                      id={`picker-text-${attribute.attributeId}`}
                      leaf={leaf}
                      attributeId={attribute.attributeId}
                      value={undefined}
                      onChange={(value) => value && choose.run(entry.text, value)}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
