import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { overviewResponse } from '../../../src/shared/api/audit';
import { apiGet } from './client';

export type Overview = z.infer<typeof overviewResponse>;

export interface Health {
  status: 'ok';
  db: 'pglite' | 'postgres';
  version: string;
}

export function useOverview(asOf: string) {
  return useQuery({ queryKey: ['stats', 'overview', asOf], queryFn: () => apiGet<Overview>('/stats/overview', { asOf }) });
}

export function useHealth() {
  return useQuery({ queryKey: ['health'], queryFn: () => apiGet<Health>('/health'), staleTime: 10 * 60_000 });
}
