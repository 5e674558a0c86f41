import type { OzonSettings } from '../contract/ozon-settings';
import type { StoreDb } from '../db/connection';
import type { SyncLog } from '../log/sync-log';
import { type CallRecord, createOzonClient, type OzonClient, type OzonClientOptions } from '../ozon/client';
import { DomainError } from '../shared/domain-error';
import { readOzonSettings } from './store';

export type SettingsClientOptions = Omit<OzonClientOptions, 'clientId' | 'apiKey' | 'baseUrl'> & {
  /** When given (and no `onCall`), every HTTP attempt is written to the merchant's log as an `api` entry. */
  readonly log?: SyncLog | undefined;
};

/** One call record as a log entry: the record carries no header or body, so no credential can reach the log. */
export function callRecordToLogEntry(record: CallRecord): Parameters<SyncLog['write']>[0] {
  const failed = record.status === 0 || record.status >= 400 || record.failure !== undefined;
  const outcome = record.failure ?? `HTTP ${record.status}`;
  const ozon = record.ozonMessage ? `: ${record.ozonMessage}` : '';
  return {
    level: failed ? (record.retry?.again ? 'warning' : 'error') : record.itemErrorCount ? 'warning' : 'info',
    kind: 'api',
    message: `${record.path} ${outcome}${record.attempt > 1 ? ` (attempt ${record.attempt})` : ''}${ozon}`,
    entity: 'ozon-operation',
    entityId: record.operation,
    detail: record,
    durationMs: Math.round(record.durationMs),
    httpStatus: record.status,
  };
}

/**
 * An Ozon client for the stored credentials. Throws OZON_NOT_CONFIGURED (409) when the Client-Id or Api-Key
 * is missing, so every route that needs Ozon answers the same way and the panel can send the merchant to the
 * settings page.
 */
export function ozonClientForSettings(
  settings: OzonSettings,
  options: SettingsClientOptions = {},
): OzonClient {
  if (settings.clientId === '' || settings.apiKey === '') {
    throw new DomainError(
      'OZON_NOT_CONFIGURED',
      'Ozon Client-Id and Api-Key are not set yet: enter them on the settings page',
    );
  }
  const { log, ...clientOptions } = options;
  const onCall =
    clientOptions.onCall ??
    (log
      ? (record: CallRecord) => {
          log.write(callRecordToLogEntry(record)).catch(() => {
            // The log is best effort: a full disk must not fail the Ozon call it describes.
          });
        }
      : undefined);
  return createOzonClient({
    ...clientOptions,
    clientId: settings.clientId,
    apiKey: settings.apiKey,
    baseUrl: settings.apiUrl,
    onCall,
  });
}

/** Reads the stored settings and builds their client (see `ozonClientForSettings`). */
export async function createOzonClientFromSettings(
  store: StoreDb,
  options: SettingsClientOptions = {},
): Promise<OzonClient> {
  return ozonClientForSettings(await readOzonSettings(store), options);
}
