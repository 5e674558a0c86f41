import { ErrorAlert } from '../../components/ErrorAlert';
import { usePanel } from '../../context';
import { useResource } from '../../hooks/use-resource';

const LISTED = 10;

/** What the last dry run found: actions per kind, the quota it would use, the first planned changes. */
export function DryRunReport({ version }: { version: number }) {
  const { api, t, fmt, router } = usePanel();
  const runs = useResource((signal) => api.exports.runs({ mode: 'dry', limit: 1 }, { signal }), [version]);
  const run = runs.data?.items[0];
  if (runs.error) {
    return <ErrorAlert error={runs.error} />;
  }
  if (!run) {
    return null;
  }
  const { report } = run;
  const actions = Object.entries(report.actions).filter(([, n]) => (n ?? 0) > 0);
  return (
    <div id="meschain-dry-run-report">
      <h4>
        {t('products.lastDryRun')} <small>{fmt.dateTime(run.finishedAt ?? run.createdAt)}</small>
      </h4>
      <p>
        {t('products.dryRunSummary', {
          products: fmt.number(report.products),
          units: fmt.number(report.units),
        })}{' '}
        {actions.map(([action, n]) => (
          <a
            class="label label-default meschain-action"
            key={action}
            data-action={action}
            href={router.href('products', { dryRun: action })}
          >
            {action}: {fmt.number(n ?? 0)}
          </a>
        ))}
      </p>
      <p class="small">
        {t('products.quotaNeeded', {
          create: fmt.number(report.quotaNeeded.create),
          update: fmt.number(report.quotaNeeded.update),
        })}
        {report.quota
          ? ` ${t('products.quotaLeft', {
              create:
                report.quota.createLimit < 0
                  ? '∞'
                  : fmt.number(Math.max(0, report.quota.createLimit - report.quota.createUsed)),
              update:
                report.quota.updateLimit < 0
                  ? '∞'
                  : fmt.number(Math.max(0, report.quota.updateLimit - report.quota.updateUsed)),
            })}`
          : ''}
        {report.quotaNote ? <span class="text-warning"> {report.quotaNote}</span> : null}
      </p>
      {report.changes.length > 0 ? (
        <p class="small text-muted">
          {report.changes.slice(0, LISTED).map((change) => (
            <span key={`${change.productId}-${change.offerId}`} class="meschain-change">
              {change.action} <a href={router.href('products', { q: change.offerId })}>{change.offerId}</a>
              {'; '}
            </span>
          ))}
          {report.changes.length > LISTED
            ? t('products.moreChanges', { count: report.changes.length - LISTED })
            : null}
        </p>
      ) : null}
    </div>
  );
}
