import { useMovements } from '../../api/movements';
import { useRegistrations, type RegistrationSummary } from '../../api/registrations';

/** Years a registration may name: those of the movement's period (the server refuses others). */
export function useYearOptions(movementId: string | null | undefined) {
  const m = useMovements().data?.find((x) => x.id === movementId);
  if (!m) return [];
  const from = Number(m.periodFrom.slice(0, 4));
  const to = Number(m.periodTo.slice(0, 4));
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => ({ value: from + i, label: String(from + i) }));
}

/** The unit's existing registration for the movement and year: there can be only one, so the form points to it early. */
export function useDuplicate(p: { movementId?: string | null; unitId?: string | null; year?: number | null } | null): RegistrationSummary | undefined {
  const ready = !!p?.movementId && !!p.unitId && !!p.year;
  const found = useRegistrations({ movementId: p?.movementId ?? undefined, unitId: p?.unitId ?? undefined, year: p?.year ?? undefined }, ready);
  // A result kept from other choices while the new one loads is not a duplicate of these.
  return ready && !found.isPlaceholderData ? found.data?.[0] : undefined;
}
