import { productLifecycleStates } from '../../../../bridge/src/contract/values';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusLabel } from '../../components/StatusLabel';
import { usePanel } from '../../context';
import { useResource } from '../../hooks/use-resource';
import { stateTone } from '../products/product-filter';
import { OfferDetail } from './OfferDetail';

/** Offers with a refusal, a held price or a value still to send, longest waiting first. */
export function ProblemOffers({ version }: { version: number }) {
  const { api, t } = usePanel();
  const list = useResource((signal) => api.offers.list({ problems: '1' }, { signal }), [version]);
  return (
    <div id="meschain-problem-offers">
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 ? <p class="text-muted">{t('offers.noProblems')}</p> : null}
      {list.data?.items.map((offer) => {
        const state = productLifecycleStates.find((s) => s === offer.state);
        return (
          <div key={`${offer.productId}:${offer.variantKey}`} class="meschain-problem-offer">
            <p>
              {state ? <StatusLabel tone={stateTone[state]}>{t(`state.${state}`)}</StatusLabel> : null}{' '}
              <strong class="meschain-break">{offer.offerId}</strong> · {offer.name}{' '}
              <span class="text-muted">#{offer.productId}</span>
            </p>
            <OfferDetail offer={offer} />
          </div>
        );
      })}
    </div>
  );
}
