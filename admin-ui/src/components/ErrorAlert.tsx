import type { PanelApiError } from '../api/errors';
import { usePanel } from '../context';

/**
 * A failed call in OpenCart's alert style. Ozon not configured gets a link to the settings; the bridge not running
 * is left to the panel's one BridgeBanner (five widgets failing alike would otherwise say it five times).
 */
export function ErrorAlert({ error }: { error: PanelApiError | undefined }) {
  const { t, router } = usePanel();
  if (!error) {
    return null;
  }
  if (error.code === 'BRIDGE_UNAVAILABLE') {
    // Said once for the whole panel, by BridgeBanner.
    return null;
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
