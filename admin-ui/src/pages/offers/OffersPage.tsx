import { useState } from 'preact/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PanelBox } from '../../components/PanelBox';
import { usePanel } from '../../context';
import { useResource } from '../../hooks/use-resource';
import { HeldPrices } from './HeldPrices';
import { ProblemOffers } from './ProblemOffers';
import { RulesForm } from './RulesForm';
import { SummaryBox } from './SummaryBox';
import { SyncPanel } from './SyncPanel';

/**
 * Stock and prices on Ozon: what needs the merchant first (the summary, held price changes, offers with
 * problems), then the reconciliation buttons, then the rules.
 */
export function OffersPage() {
  const { api, t } = usePanel();
  // Bumped whenever something may have moved the figures: a decision, a saved rule, a job's end.
  const [version, setVersion] = useState(0);
  const bump = (): void => setVersion((v) => v + 1);
  const summary = useResource((signal) => api.offers.summary({ signal }), [version]);
  return (
    <div id="meschain-offers">
      <PanelBox
        title={t('offers.title')}
        icon="exchange"
        actions={
          <button type="button" class="btn btn-default btn-sm" title={t('common.refresh')} onClick={bump}>
            <i class={`fa fa-refresh${summary.loading ? ' fa-spin' : ''}`} />
          </button>
        }
      >
        <ErrorAlert error={summary.error} />
        {summary.data ? <SummaryBox summary={summary.data} /> : null}
        <SyncPanel onEnd={bump} />
      </PanelBox>
      <PanelBox title={t('offers.heldTitle')} icon="pause-circle">
        <HeldPrices version={version} onDecided={bump} />
      </PanelBox>
      <PanelBox title={t('offers.problems')} icon="exclamation-triangle">
        <ProblemOffers version={version} />
      </PanelBox>
      <RulesForm onSaved={bump} />
    </div>
  );
}
