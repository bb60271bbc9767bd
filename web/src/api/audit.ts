import { useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../../src/shared/api/audit';
import { apiGet } from './client';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function useAudit(f: AuditFilter) {
  return useQuery({
    queryKey: ['audit', f],
    queryFn: () => apiGet<{ items: AuditEntry[]; total: number }>('/audit', { ...f }),
    placeholderData: (prev) => prev,
  });
}
