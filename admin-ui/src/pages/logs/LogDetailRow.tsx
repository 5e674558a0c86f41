import { ErrorAlert } from '../../components/ErrorAlert';
import { usePanel } from '../../context';
import { useResource } from '../../hooks/use-resource';

/** The entry's recorded request/response (already redacted by the bridge), loaded when the row is opened. */
export function LogDetailRow({ id, columns }: { id: number; columns: number }) {
  const { api, t } = usePanel();
  const detail = useResource((signal) => api.logs.detail(id, { signal }), [id]);
  const value = detail.data?.entry.detail;
  return (
    <tr class="meschain-log-detail" data-log-id={id}>
      <td colSpan={columns}>
        <ErrorAlert error={detail.error} />
        {detail.loading && !detail.data ? <i class="fa fa-spinner fa-spin" /> : null}
        {detail.data ? (
          value === null || value === undefined ? (
            <span class="text-muted">{t('logs.noDetail')}</span>
          ) : (
            <pre class="meschain-json">{JSON.stringify(value, null, 2)}</pre>
          )
        ) : null}
      </td>
    </tr>
  );
}
