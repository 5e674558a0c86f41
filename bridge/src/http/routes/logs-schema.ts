import type { LogRow } from '../../log/sync-log';

/** One line of the log list; the request/response detail is fetched on demand from GET /logs/:id. */
export type LogListItem = Omit<LogRow, 'detail'> & { hasDetail: boolean };

/** GET /api/v1/logs: newest first; pass `nextBefore` as `before` for the next (older) page, null at the end. */
export interface LogListBody {
  items: LogListItem[];
  nextBefore: number | null;
}

/** GET /api/v1/logs/:id: one entry with its detail, redacted again on the way out. */
export interface LogDetailBody {
  entry: LogRow;
}

/** GET /api/v1/logs/activity: entries per minute and level over the last `minutes`, oldest first, gaps filled. */
export interface LogActivityBody {
  kind: LogRow['kind'] | null;
  bucketSeconds: number;
  buckets: Array<{ at: string; info: number; warning: number; error: number }>;
}
