/**
 * Reports: what is open, due soon and overdue, each executor's record of on-time
 * completion, and the periodic summary to controllers. The rows and records are pure
 * functions of the stored protocols, their state, the config and `now`; loading them
 * and mailing the summary are the shell around them.
 */
export type { ExecutorRecord, ReportController, ReportKind, ReportQuery, ReportRow, ReportSource, RowOccurrence, RowState } from './types.js';
export { OPERATOR_KEY } from './types.js';
export { ReportError } from './report-error.js';
export { reportRows } from './report-rows.js';
export { controllerFilter, executorFilter, isDueSoon, selectRows, sortRows } from './select.js';
export { executorRecords } from './executor-record.js';
export { BOM, csvDocument, csvField, recordsCsv, rowsCsv } from './csv.js';
export { formatRecords, formatRows } from './table.js';
export { loadReport, loadReportSources } from './load-report.js';
export { controllerSummaries, summarySubject, type ControllerSummary } from './controller-summary.js';
export { runControllerSummary, summaryMailId, type SummaryRun } from './send-controller-summary.js';
