import type { PanelApiError } from '../api/errors';
import { usePanel } from '../context';

/**
 * A failed call in OpenCart's alert style. The two errors a merchant can fix get their own words: the bridge
 * not running (with the command that starts it) and Ozon not configured (with a link to the settings).
 */
export function ErrorAlert({ error }: { error: PanelApiError | undefined }) {
  const { t, router } = usePanel();
  if (!error) {
    return null;
  }
  if (error.code === 'BRIDGE_UNAVAILABLE') {
    const command = t('error.bridgeCommand');
    const [before = '', after = ''] = t('error.bridgeUnavailable').split('{command}');
    return (
      <div class="alert alert-danger meschain-error" data-code={error.code}>
        <i class="fa fa-exclamation-circle" /> {before}
        <code>{command}</code>
        {after}
        {error.message ? <div class="small text-muted">{error.message}</div> : null}
      </div>
    );
  }
  if (error.code === 'OZON_NOT_CONFIGURED') {
    return (
      <div class="alert alert-warning meschain-error" data-code={error.code}>
        <i class="fa fa-exclamation-triangle" /> {t('error.notConfigured')}{' '}
        <a href={router.href('settings')} class="alert-link">
          {t('error.goToSettings')}
        </a>
      </div>
    );
  }
  const lead =
    error.code === 'VALIDATION_FAILED'
      ? t('error.validation')
      : error.code === 'BAD_RESPONSE'
        ? t('error.badResponse')
        : error.code === 'UNAUTHENTICATED'
          ? t('error.unauthenticated')
          : error.code === 'FORBIDDEN'
            ? t('error.forbidden')
            : '';
  return (
    <div class="alert alert-danger meschain-error" data-code={error.code}>
      <i class="fa fa-exclamation-circle" /> {lead} {error.message}
      {error.requestId ? (
        <div class="small text-muted">{t('error.requestId', { id: error.requestId })}</div>
      ) : null}
    </div>
  );
}
