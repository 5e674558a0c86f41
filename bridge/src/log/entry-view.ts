import type { LogEntryView, LogListItem } from '../contract/logs';
import type { LogRow } from './sync-log';

/** A stored entry as the contract answers it (the time as ISO text, as JSON would render the Date). */
export function logEntryView(row: LogRow): LogEntryView {
  return { ...row, at: row.at.toISOString() };
}

/** A line of the log list: the entry without its detail, and whether it has one to fetch. */
export function logListItem(row: LogRow): LogListItem {
  const { detail, ...rest } = logEntryView(row);
  return { ...rest, hasDetail: detail !== null };
}
