import type { LogQuery } from '../../api/client';

/** The log filter as the URL hash keeps it (so a reload or a shared link shows the same entries). */
export interface LogFilter {
  level: '' | 'info' | 'warning' | 'error';
  kind: '' | 'api' | 'sync' | 'system';
  /** `datetime-local` values, in the browser's time zone. */
  from: string;
  to: string;
  text: string;
}

export const logLevels = ['info', 'warning', 'error'] as const;
export const logKinds = ['api', 'sync', 'system'] as const;

/** The filter from hash parameters; unknown values are dropped. */
export function filterFromParams(params: Readonly<Record<string, string>>): LogFilter {
  return {
    level: logLevels.find((l) => l === params.level) ?? '',
    kind: logKinds.find((k) => k === params.kind) ?? '',
    from: params.from ?? '',
    to: params.to ?? '',
    text: params.text ?? '',
  };
}

/** A local `datetime-local` value as an ISO instant; undefined when empty or unreadable. */
function instant(local: string): string | undefined {
  if (local === '') {
    return undefined;
  }
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** The server query for one page of the filter. */
export function queryOf(filter: LogFilter, before: number | undefined, limit: number): LogQuery {
  const from = instant(filter.from);
  const to = instant(filter.to);
  return {
    ...(filter.level ? { level: filter.level } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(filter.text.trim() ? { text: filter.text.trim() } : {}),
    ...(before ? { before } : {}),
    limit,
  };
}
