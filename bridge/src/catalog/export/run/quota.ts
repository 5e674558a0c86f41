import { type OzonClient, OzonError } from '../../../ozon/client';
import type { ExportReport, QuotaView } from '../plan/export-report';
import type { QuotaLeft } from '../steps/send-imports';

/** Today's item quotas from /v4/product/info/limit, or null when Ozon cannot be asked. */
export async function readQuota(
  ozon: OzonClient | undefined,
  signal: AbortSignal,
): Promise<QuotaView | null> {
  if (!ozon) {
    return null;
  }
  try {
    const q = await ozon.products.uploadQuota({ signal });
    return {
      createLimit: q.daily_create.limit,
      createUsed: q.daily_create.usage,
      updateLimit: q.daily_update.limit,
      updateUsed: q.daily_update.usage,
      resetAt: q.daily_create.reset_at ?? '',
    };
  } catch (error) {
    if (error instanceof OzonError) {
      return null;
    }
    throw error;
  }
}

/** What is left of the quotas; -1 (unlimited) and an unreadable quota both mean no limit. */
export function quotaLeft(view: QuotaView | null): QuotaLeft {
  const left = (limit: number, used: number): number =>
    limit < 0 ? Number.POSITIVE_INFINITY : Math.max(0, limit - used);
  return view
    ? {
        create: left(view.createLimit, view.createUsed),
        update: left(view.updateLimit, view.updateUsed),
        resetAt: view.resetAt,
      }
    : { create: Number.POSITIVE_INFINITY, update: Number.POSITIVE_INFINITY, resetAt: '' };
}

/** The dry run's verdict on the quota, in words. */
export function quotaNote(report: ExportReport): string | null {
  const q = report.quota;
  if (!q) {
    return "Ozon's daily quota could not be read (Ozon not configured or not reachable)";
  }
  const left = quotaLeft(q);
  const over: string[] = [];
  if (report.quotaNeeded.create > left.create) {
    over.push(`${report.quotaNeeded.create} new products but ${left.create} creations left today`);
  }
  if (report.quotaNeeded.update > left.update) {
    over.push(`${report.quotaNeeded.update} updates but ${left.update} left today`);
  }
  return over.length > 0
    ? `Over Ozon's daily quota: ${over.join('; ')}. The rest is sent after ${q.resetAt}.`
    : null;
}
