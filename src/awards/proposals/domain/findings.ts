/** What the automatic check of a dossier says, per nominee or for the whole dossier. */
export type Severity = 'block' | 'warning' | 'info';

export interface DossierFinding {
  /** Stable across re-checks of an unchanged problem: an override covers findings by key. */
  key: string;
  code: string;
  severity: Severity;
  nomineeId: string | null;
  message: string;
}

export const finding = (code: string, severity: Severity, nomineeId: string | null, message: string, extra = ''): DossierFinding => ({
  key: `${code}:${nomineeId ?? '-'}${extra ? `:${extra}` : ''}`,
  code,
  severity,
  nomineeId,
  message,
});

export const blocking = (fs: readonly DossierFinding[]) => fs.filter((f) => f.severity === 'block');

/**
 * Whether a recorded override still covers the blocking findings: it covers the problems seen when
 * it was granted, so a problem that appears afterwards blocks again.
 */
export function uncoveredBlocking(fs: readonly DossierFinding[], overriddenKeys: readonly string[] | null): DossierFinding[] {
  const covered = new Set(overriddenKeys ?? []);
  return blocking(fs).filter((f) => !covered.has(f.key));
}
