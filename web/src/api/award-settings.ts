import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LocalSettingsView } from '../../../src/shared/api/award-settings';
import { apiGet, apiPut } from './client';

export type { LocalSettingsView };

export interface CatalogueQuota {
  code: string;
  label: string;
  maxPercent: { value: number | null; localSetting?: boolean };
  base: string;
  citation: string;
}

export function useLocalSettings(unitId: string | undefined) {
  return useQuery({ queryKey: ['awards', 'local-settings', unitId], enabled: !!unitId, queryFn: () => apiGet<LocalSettingsView>(`/awards/local-settings/${unitId}`) });
}

export function useCatalogueQuotas() {
  return useQuery({ queryKey: ['awards', 'catalogue-quotas'], queryFn: () => apiGet<{ quotas: CatalogueQuota[] }>('/awards/catalogue').then((r) => r.quotas) });
}

export function useSaveLocalSettings(unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; sets: unknown[] }) => apiPut<LocalSettingsView>(`/awards/local-settings/${unitId}`, body),
    onSuccess: (v) => qc.setQueryData(['awards', 'local-settings', unitId], v),
  });
}
