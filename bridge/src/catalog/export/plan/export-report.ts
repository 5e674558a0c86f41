import { type ExportReport, exportReportSchema } from '../../../contract/export-report';

// The report's shape is the contract's (the panel shows it); the export's code keeps importing it from here.
export { type ExportReport, exportReportSchema, type QuotaView } from '../../../contract/export-report';

/** Reasons counted per run; past this many distinct codes the rest are not listed (the units still are). */
export const MAX_HELD_BACK_CODES = 30;

export const MAX_LISTED_CHANGES = 500;

/** An empty report. */
export function emptyReport(): ExportReport {
  return exportReportSchema.parse({});
}

/**
 * A copy of a report that counting a page may change while the last saved one stays as it was (the run goes back
 * to it when the page fails). Only counters and lists change, so only they are copied: a deep clone per page,
 * with its 500 listed changes, was a twentieth of a dry run's CPU time.
 */
export function copyReport(report: ExportReport): ExportReport {
  return {
    ...report,
    actions: { ...report.actions },
    quotaNeeded: { ...report.quotaNeeded },
    changes: [...report.changes],
    heldBack: report.heldBack.map((h) => ({ ...h })),
    settled: { ...report.settled },
  };
}
