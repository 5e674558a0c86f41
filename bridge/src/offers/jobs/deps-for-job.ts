import type { JobContext } from '../../jobs/define';
import { DomainError } from '../../shared/domain-error';
import { offerDepsSource } from '../offer-services';
import type { OfferDeps } from '../shared/offer-deps';

/** The offers wing's dependencies for a job; a job cannot run without Ozon credentials. */
export async function depsForJob<P, C>(ctx: JobContext<P, C>): Promise<OfferDeps> {
  const deps = await offerDepsSource(ctx.services, ctx.jobId)();
  if (!deps) {
    throw new DomainError(
      'OZON_NOT_CONFIGURED',
      'Ozon Client-Id and Api-Key are not set yet: enter them on the settings page',
    );
  }
  return { ...deps, signal: ctx.signal };
}
