import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OZON_CATALOGUE_REFRESH_JOB } from '../../../../bridge/src/contract/values';
import type { LeafAttribute, LeafAttributesResponse, LeafRef } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { PanelBox } from '../../components/PanelBox';
import { StatusLabel } from '../../components/StatusLabel';
import { usePanel } from '../../context';
import { useAction } from '../../hooks/use-action';
import { jobEnded, useJob } from '../../hooks/use-job';
import { useResource } from '../../hooks/use-resource';
import { AttributeRuleEditor } from './AttributeRuleEditor';
import { DictionaryTexts } from './DictionaryTexts';
import { type AttributeRule, describeSource } from './rule-text';

const COLUMNS = 3;

interface Props {
  readonly leaf: LeafRef;
  readonly onCacheChanged: () => void;
}

/** Ozon's attributes of one category with the rule each takes its value by; required ones first. */
export function AttributeMapping({ leaf, onCacheChanged }: Props) {
  const { api, t, config } = usePanel();
  const loaded = useResource(
    (signal) => api.mapping.attributes(leaf, { signal }),
    [leaf.descriptionCategoryId, leaf.typeId],
  );
  const [data, setData] = useState<LeafAttributesResponse | undefined>(undefined);
  useEffect(() => setData(loaded.data), [loaded.data]);
  const [editing, setEditing] = useState<number | undefined>(undefined);
  const [texts, setTexts] = useState<number | undefined>(undefined);
  const [showAll, setShowAll] = useState(false);
  const save = useAction(async (attributeId: number, rule: AttributeRule | null) => {
    const answer = await api.mapping.setRules(leaf, [{ attributeId, rule }]);
    setData(answer);
    setEditing(undefined);
    return answer;
  });
  const tracker = useJob(OZON_CATALOGUE_REFRESH_JOB, () => {
    loaded.reload();
    onCacheChanged();
  });
  const fetchAttributes = useAction(async () => {
    const started = await api.mapping.refresh({ tree: false, leaves: [leaf] });
    tracker.track(started.jobId);
    return started;
  });
  const running = tracker.job !== undefined && !jobEnded(tracker.job);

  const attributes = data?.attributes ?? [];
  const shown = showAll ? attributes : attributes.filter((a) => a.isRequired || a.ruleOrigin === 'merchant');
  const requiredMissing = attributes.filter((a) => a.isRequired && a.rule === null).length;
  const cell = (attribute: LeafAttribute) =>
    attribute.rule ? (
      <span>
        <StatusLabel tone={attribute.ruleOrigin === 'merchant' ? 'success' : 'info'}>
          {t(attribute.ruleOrigin === 'merchant' ? 'mapping.origin.merchant' : 'mapping.origin.default')}
        </StatusLabel>{' '}
        {describeSource(attribute.rule.source, data?.sources ?? [], t)}
        {attribute.rule.fallback ? (
          <div class="small text-muted">
            {t('mapping.fallbackShort', { value: attribute.rule.fallback.value })}
          </div>
        ) : null}
      </span>
    ) : attribute.suggestion ? (
      <span class="text-muted">
        <StatusLabel tone="warning">{t('mapping.origin.unmapped')}</StatusLabel>{' '}
        {t('mapping.suggested', {
          source: describeSource(attribute.suggestion.source, data?.sources ?? [], t),
        })}
      </span>
    ) : (
      <StatusLabel tone={attribute.isRequired ? 'danger' : 'default'}>
        {t('mapping.origin.unmapped')}
      </StatusLabel>
    );

  return (
    <PanelBox
      title={t('mapping.attributesOf', { name: data?.leaf.name ?? '…' })}
      icon="tags"
      body={false}
      id="meschain-attributes"
      actions={
        <button
          type="button"
          class="btn btn-default btn-xs"
          id="button-fetch-attributes"
          disabled={!config.canModify || running || fetchAttributes.pending}
          onClick={() => fetchAttributes.run()}
        >
          <i class={`fa fa-download${running ? ' fa-spin' : ''}`} /> {t('mapping.fetchAttributes')}
        </button>
      }
    >
      <div class="panel-body">
        <ErrorAlert error={loaded.error ?? save.error ?? fetchAttributes.error ?? tracker.error} />
        {tracker.job && !jobEnded(tracker.job) ? <JobProgress job={tracker.job} /> : null}
        {data && !data.attributesCached ? (
          <div class="alert alert-warning" id="meschain-attributes-missing">
            <i class="fa fa-exclamation-triangle" /> {t('mapping.attributesNotCached')}
          </div>
        ) : null}
        {data?.attributesCached ? (
          <p>
            {requiredMissing > 0 ? (
              <span class="text-danger" id="meschain-required-missing">
                <i class="fa fa-exclamation-circle" />{' '}
                {t('mapping.requiredMissing', { count: requiredMissing })}
              </span>
            ) : (
              <span class="text-success">
                <i class="fa fa-check-circle" /> {t('mapping.requiredDone')}
              </span>
            )}{' '}
            <label class="pull-right small">
              <input
                type="checkbox"
                checked={showAll}
                onChange={(e) => setShowAll(e.currentTarget.checked)}
              />{' '}
              {t('mapping.showOptional', { count: attributes.length })}
            </label>
          </p>
        ) : null}
      </div>
      {data?.attributesCached ? (
        <table class="table table-bordered table-hover" id="meschain-attribute-table">
          <thead>
            <tr>
              <td>{t('mapping.attribute')}</td>
              <td>{t('mapping.valueFrom')}</td>
              <td class="text-right" />
            </tr>
          </thead>
          <tbody>
            {shown.map((attribute) => (
              <Fragment key={attribute.attributeId}>
                <tr
                  class="meschain-attribute"
                  data-attribute-id={attribute.attributeId}
                  data-required={attribute.isRequired ? '1' : '0'}
                >
                  <td title={attribute.description}>
                    {attribute.isRequired ? <span class="text-danger">* </span> : null}
                    <strong>{attribute.name}</strong>
                    <div class="small text-muted">
                      {attribute.type}
                      {attribute.dictionaryId > 0 ? ` · ${t('mapping.dictionary')}` : ''}
                      {attribute.isCollection ? ` · ${t('mapping.collection')}` : ''}
                    </div>
                  </td>
                  <td class="meschain-rule-cell">{cell(attribute)}</td>
                  <td class="text-right text-nowrap">
                    {attribute.dictionaryId > 0 &&
                    attribute.rule &&
                    attribute.rule.source.kind !== 'fixed' &&
                    attribute.rule.source.kind !== 'none' ? (
                      <button
                        type="button"
                        class="btn btn-default btn-xs meschain-texts-toggle"
                        onClick={() =>
                          setTexts(texts === attribute.attributeId ? undefined : attribute.attributeId)
                        }
                      >
                        <i class="fa fa-book" /> {t('mapping.storeValues')}
                      </button>
                    ) : null}{' '}
                    <button
                      type="button"
                      class="btn btn-primary btn-xs meschain-rule-edit"
                      disabled={!config.canModify}
                      onClick={() =>
                        setEditing(editing === attribute.attributeId ? undefined : attribute.attributeId)
                      }
                    >
                      <i class="fa fa-pencil" /> {t('mapping.edit')}
                    </button>
                  </td>
                </tr>
                {texts === attribute.attributeId ? (
                  <tr>
                    <td colSpan={COLUMNS}>
                      <DictionaryTexts leaf={leaf} attribute={attribute} />
                    </td>
                  </tr>
                ) : null}
                {editing === attribute.attributeId ? (
                  <tr>
                    <td colSpan={COLUMNS}>
                      <AttributeRuleEditor
                        leaf={leaf}
                        attribute={attribute}
                        sources={data.sources}
                        saving={save.pending}
                        onSave={(rule) => save.run(attribute.attributeId, rule)}
                        onCancel={() => setEditing(undefined)}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : null}
    </PanelBox>
  );
}
