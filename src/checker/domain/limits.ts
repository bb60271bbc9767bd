/** Input limits: a 500-page report is about 1,5 million characters. */
export const MAX_TEXT_CHARS = 2_000_000;
export const MAX_OUTLINE_CHARS = 100_000;
export const DEFAULT_TIME_LIMIT_MS = 10_000;
/** At most this many TYPO findings, so that spelling never drowns the figures. */
export const MAX_TYPO_FINDINGS = 30;
/** Beyond this many findings a document is not a report with slips; the rest is cut with a notice. */
export const MAX_FINDINGS = 2000;
