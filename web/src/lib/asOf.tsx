import { useCallback } from 'react';
import { Link, useNavigate, useSearchParams, type LinkProps } from 'react-router';
import { isIsoDate, todayInVietnam } from '../../../src/shared/vi-date';

/**
 * The app-wide "Ngày xem dữ liệu": an ISO date kept in the URL search param `asOf`
 * so that views are shareable and survive reloads. Missing or invalid → today (Vietnam time).
 */
export function useAsOf() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('asOf');
  const explicit = raw !== null && isIsoDate(raw) ? raw : null;
  const asOf = explicit ?? todayInVietnam();

  const setAsOf = useCallback(
    (iso: string | null) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (iso) next.set('asOf', iso);
        else next.delete('asOf');
        return next;
      });
    },
    [setParams],
  );

  /** Appends the current asOf (if chosen explicitly) to an in-app path. */
  const withAsOf = useCallback(
    (to: string) => {
      if (!explicit) return to;
      const sep = to.includes('?') ? '&' : '?';
      return `${to}${sep}asOf=${explicit}`;
    },
    [explicit],
  );

  return { asOf, setAsOf, withAsOf, isToday: asOf === todayInVietnam() };
}

/** A router link that keeps the chosen asOf date. */
export function AsOfLink({ to, ...rest }: Omit<LinkProps, 'to'> & { to: string }) {
  const { withAsOf } = useAsOf();
  return <Link to={withAsOf(to)} {...rest} />;
}

export function useAsOfNavigate() {
  const navigate = useNavigate();
  const { withAsOf } = useAsOf();
  return useCallback((to: string) => navigate(withAsOf(to)), [navigate, withAsOf]);
}
