import type { ConnectionCheck } from '../../api/client';
import { usePanel } from '../../context';

/** What /v1/roles said: expiry and roles when the key works, Ozon's own words when it does not. */
export function ConnectionResult({ check }: { check: ConnectionCheck }) {
  const { t, fmt } = usePanel();
  if (!check.ok) {
    const message =
      check.status === 0
        ? t('settings.checkUnreachable', { url: check.apiUrl, message: check.message })
        : t('settings.checkFailed', {
            status: check.status,
            code: check.ozonCode ? `, ${check.ozonCode}` : '',
            message: check.message,
          });
    return (
      <div class="alert alert-danger" id="meschain-connection-result" data-ok="0">
        <i class="fa fa-times-circle" /> {message}
      </div>
    );
  }
  const expired = check.daysLeft !== null && check.daysLeft < 0;
  const tone = expired
    ? 'alert-danger'
    : check.daysLeft !== null && check.daysLeft < 14
      ? 'alert-warning'
      : 'alert-success';
  return (
    <div class={`alert ${tone}`} id="meschain-connection-result" data-ok="1">
      <p>
        <i class="fa fa-check-circle" />{' '}
        {expired
          ? t('settings.checkExpired', { days: -(check.daysLeft ?? 0) })
          : check.expiresAt && check.daysLeft !== null
            ? t('settings.checkOk', { date: fmt.date(check.expiresAt), days: check.daysLeft })
            : t('settings.checkOkNoExpiry')}
      </p>
      {check.roles.length > 0 ? (
        <p>
          <strong>{t('settings.checkRoles')}:</strong>{' '}
          {check.roles.map((role) => (
            <span
              class="label label-default meschain-role"
              key={role.name}
              title={t('settings.checkMethods', { count: role.methods })}
            >
              {role.name}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
