import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { OZON_CATALOGUE_REFRESH_JOB } from '../../../../bridge/src/contract/values';
import type { LeafRef, MappingSuggestions as Suggestions } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { PanelBox } from '../../components/PanelBox';
import { StatusLabel } from '../../components/StatusLabel';
import { usePanel } from '../../context';
import { useAction } from '../../hooks/use-action';
import { jobEnded, useJob } from '../../hooks/use-job';
import { LeafSearch } from './LeafSearch';

interface Props {
  readonly suggestions: Suggestions | undefined;
  /** The suggestions are being read again: the ones shown may already be accepted or outdated. */
  readonly refreshing: boolean;
  /** The mapping changed: read the categories and the suggestions again. */
  readonly onChanged: () => void;
}

type Leaf = LeafRef & { readonly name: string; readonly path: string };
type AttributeRow = Suggestions['attributes'][number];

const attributeKey = (a: AttributeRow): string => `${a.descriptionCategoryId}:${a.typeId}:${a.attributeId}`;
const percent = (score: number): string => `${Math.round(score * 100)}%`;

/**
 * Everything the mapping still lacks, proposed at once: an Ozon category for each unmapped store category, then
 * a source for each required attribute of the chosen types. The merchant unticks or changes the odd one and
 * accepts the rest in one step; accepting downloads the chosen types' attributes, whose proposals follow.
 */
export function MappingSuggestions({ suggestions, refreshing, onChanged }: Props) {
  const { api, t, config } = usePanel();
  const [changed, setChanged] = useState<ReadonlyMap<number, Leaf>>(new Map());
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [changing, setChanging] = useState<number | undefined>(undefined);
  // The download this box started; one the catalogue box started shows its progress there.
  const [started, setStarted] = useState<string | undefined>(undefined);
  const tracker = useJob(OZON_CATALOGUE_REFRESH_JOB, onChanged);
  const categories = (suggestions?.categories ?? []).flatMap((c) => {
    const leaf = changed.get(c.categoryId) ?? c.suggestion;
    return leaf ? [{ ...c, leaf }] : [];
  });
  const attributes = (suggestions?.attributes ?? []).filter((a) => a.suggestion !== null);
  const chosen = {
    categories: categories.filter((c) => !skipped.has(`c${c.categoryId}`)),
    attributes: attributes.filter((a) => !skipped.has(attributeKey(a))),
  };
  const accept = useAction(async () => {
    // What each refusal (`categories.<i>`, `rules.<i>`) is about, in the merchant's words.
    const labels: Record<string, string[]> = {
      categories: chosen.categories.map((c) => c.path),
      rules: chosen.attributes.map((a) => `${a.leafName}: ${a.name}`),
    };
    const answer = await api.mapping.accept({
      categories: chosen.categories.map((c) => ({
        categoryId: c.categoryId,
        descriptionCategoryId: c.leaf.descriptionCategoryId,
        typeId: c.leaf.typeId,
      })),
      rules: chosen.attributes.flatMap((a) =>
        a.suggestion
          ? [
              {
                descriptionCategoryId: a.descriptionCategoryId,
                typeId: a.typeId,
                attributeId: a.attributeId,
                rule: { source: a.suggestion.source },
              },
            ]
          : [],
      ),
    });
    if (answer.attributeJob) {
      setStarted(answer.attributeJob.jobId);
      tracker.track(answer.attributeJob.jobId);
    }
    setChanged(new Map());
    onChanged();
    return answer.refused.map((r) => {
      const [list = '', index = ''] = r.field.split('.');
      return `${labels[list]?.[Number(index)] ?? r.field}: ${r.message}`;
    });
  });
  const running = started !== undefined && tracker.job?.id === started && !jobEnded(tracker.job);
  if (categories.length + attributes.length === 0 && !running && !accept.result?.length) {
    return null;
  }
  const toggle = (key: string) =>
    setSkipped((s) => {
      const next = new Set(s);
      next.has(key) ? next.delete(key) : next.add(key);
      return next;
    });
  const tick = (key: string) => (
    <input
      type="checkbox"
      class="meschain-suggestion-use"
      checked={!skipped.has(key)}
      onChange={() => toggle(key)}
    />
  );
  const count = chosen.categories.length + chosen.attributes.length;
  return (
    <PanelBox
      title={t('mapping.suggestions')}
      icon="magic"
      body={false}
      id="meschain-suggestions"
      actions={
        <button
          type="button"
          class="btn btn-primary btn-sm"
          id="button-accept-suggestions"
          disabled={!config.canModify || accept.pending || running || refreshing || count === 0}
          onClick={() => accept.run()}
        >
          <i class="fa fa-check" /> {t('mapping.acceptSuggestions', { count })}
        </button>
      }
    >
      {accept.error || tracker.error || running || accept.result?.length ? (
        <div class="panel-body">
          <ErrorAlert error={accept.error ?? tracker.error} />
          {accept.result?.map((refusal) => (
            <div class="text-danger" key={refusal}>
              {refusal}
            </div>
          ))}
          {running ? <JobProgress job={tracker.job} id="meschain-suggestions-job" /> : null}
        </div>
      ) : null}
      <table class="table table-hover">
        <tbody>
          {categories.map((c) => (
            <Fragment key={c.categoryId}>
              <tr
                class="meschain-suggestion"
                data-category-id={c.categoryId}
                data-path={c.path}
                data-leaf={`${c.leaf.descriptionCategoryId}:${c.leaf.typeId}`}
              >
                <td>{tick(`c${c.categoryId}`)}</td>
                <td>{c.path}</td>
                <td>
                  <strong>{c.leaf.name}</strong>
                  <div class="small text-muted">{c.leaf.path}</div>
                  {c.suggestion && !changed.has(c.categoryId) ? (
                    <div class="small text-muted">
                      {c.suggestion.why
                        .map((w) => `${t(`mapping.reason.${w.reason}`)} ${percent(w.score)}`)
                        .join(' · ')}
                    </div>
                  ) : null}
                </td>
                <td class="text-right text-nowrap">
                  {changed.has(c.categoryId) || !c.suggestion ? null : (
                    <StatusLabel tone={c.suggestion.score >= 0.5 ? 'success' : 'warning'}>
                      {percent(c.suggestion.score)}
                    </StatusLabel>
                  )}{' '}
                  <button
                    type="button"
                    class="btn btn-default btn-xs meschain-suggestion-change"
                    onClick={() => setChanging(changing === c.categoryId ? undefined : c.categoryId)}
                  >
                    <i class="fa fa-pencil" /> {t('mapping.edit')}
                  </button>
                </td>
              </tr>
              {changing === c.categoryId ? (
                <tr>
                  <td colSpan={4} class="meschain-suggestion-search">
                    <LeafSearch
                      disabled={!config.canModify}
                      onPick={(ref, found) => {
                        setChanged((m) => new Map(m).set(c.categoryId, { ...ref, ...found }));
                        setChanging(undefined);
                      }}
                    />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
          {attributes.map((a) => (
            <tr key={attributeKey(a)} class="meschain-suggestion" data-attribute-id={a.attributeId}>
              <td>{tick(attributeKey(a))}</td>
              <td>
                {a.leafName}: <strong>{a.name}</strong>
              </td>
              <td>
                {t(
                  a.suggestion?.source.kind === 'option'
                    ? 'mapping.source.option'
                    : 'mapping.source.attribute',
                  {
                    name: a.suggestion?.label ?? '',
                  },
                )}
              </td>
              <td class="text-right">
                <StatusLabel tone="info">{percent(a.suggestion?.score ?? 0)}</StatusLabel>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PanelBox>
  );
}
