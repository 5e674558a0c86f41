import { useEffect, useState } from 'preact/hooks';
import { nextCheckDelay, SERVE_COMMAND, startCommandFor } from '../connection/start-command';
import { usePanel } from '../context';

/**
 * The one notice for a bridge that does not answer (widgets stay quiet about it), with the command that starts it
 * for this store when the page knows the store's folder. While the bridge is down it is asked again, less and
 * less often; when it answers, the pages load again by themselves.
 */
export function BridgeBanner() {
  const { api, config, connection, t } = usePanel();
  const error = connection.down.value;
  const [checking, setChecking] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const down = error !== undefined;
  useEffect(() => {
    if (!down) {
      return undefined;
    }
    const controller = new AbortController();
    let delay = nextCheckDelay(undefined);
    let timer: number | undefined;
    const schedule = (wait: number): void => {
      timer = window.setTimeout(run, wait);
    };
    const run = (): void => {
      setChecking(true);
      // The answer itself does not matter: the watched transport marks the bridge up or down.
      api.status({ signal: controller.signal }).then(
        () => setChecking(false),
        () => {
          if (!controller.signal.aborted) {
            setChecking(false);
            delay = nextCheckDelay(delay);
            schedule(delay);
          }
        },
      );
    };
    // "Try again" asks at once; otherwise the first check waits.
    schedule(attempt > 0 ? 0 : delay);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [api, down, attempt]);

  // The module page said it already, with the command, when it was rendered: one notice is enough.
  if (!error || (config.bridgeNoticeOnPage && !connection.reached.value)) {
    return null;
  }
  const command = startCommandFor(config.opencartRoot);
  /*
   * Through OpenCart, the proxy's answer is the module's own sentence in the admin's language: the address it
   * tried, this store's command, and where the Bridge URL field is (folded away below the panel) for a bridge on
   * another port. It says more than the panel could, so it goes first.
   */
  const proxyText = error.status === 503 && error.message !== '' ? error.message : undefined;
  return (
    <div
      class="alert alert-danger meschain-error meschain-bridge-banner"
      id="meschain-bridge-down"
      data-code={error.code}
    >
      <button
        type="button"
        class="btn btn-default btn-xs pull-right"
        id="button-bridge-retry"
        disabled={checking}
        onClick={() => setAttempt((n) => n + 1)}
      >
        <i class={`fa fa-refresh${checking ? ' fa-spin' : ''}`} /> {t('error.bridgeRetry')}
      </button>
      <i class="fa fa-exclamation-circle" /> <strong>{t('error.bridgeDown')}</strong>{' '}
      {proxyText ? (
        <span>{proxyText}</span>
      ) : command ? (
        <span>
          {t('error.bridgeStart')} <code>{command}</code>
        </span>
      ) : (
        <span>
          {t('error.bridgeStart')} <code>{SERVE_COMMAND}</code> {t('error.bridgeRootHint')}
        </span>
      )}
    </div>
  );
}
