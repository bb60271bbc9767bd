/** The kinds of slips the checker reports (issue 6). */
export const CATEGORIES = ['ARITH', 'NUMFMT', 'DATE', 'DUP', 'REF', 'STRUCT', 'TYPO'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Severity = 'high' | 'medium' | 'low';

/** A finding as the rules produce it: offsets are UTF-16 indices into the normalised (NFC) text. */
export interface RawFinding {
  start: number;
  end: number;
  category: Category;
  severity: Severity;
  message: string;
  suggestion: string | null;
}

/** A finding as callers receive it: offsets are code points into the text exactly as received. */
export type Finding = RawFinding;

export interface CheckOptions {
  /** The report's outline (đề cương) as plain text; enables STRUCT. */
  outline?: string;
  /** The report's date (ISO); when absent it is read from the report's header. */
  date?: string;
  /** Wall-clock budget for one document; rules still running when it ends are skipped. */
  timeLimitMs?: number;
}

export interface CheckResult {
  findings: Finding[];
  /** Things the user should know about the run itself (encoding converted, time limit reached…). */
  notices: string[];
  /** The text the offsets refer to when it differs from the input in characters (legacy encoding converted 1:1). */
  convertedText?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
