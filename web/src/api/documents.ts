import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateDocumentBody,
  DocumentView,
  ParsedCitation,
  UpdateDocumentBody,
  docTypesResponse,
} from '../../../src/shared/api/documents';
import { apiGet, apiPatch, apiPost } from './client';

export type { CreateDocumentBody, DocumentView, ParsedCitation, UpdateDocumentBody };
export type DocTypeOption = z.infer<typeof docTypesResponse>['items'][number];

export interface DocumentListParams {
  q?: string;
  docType?: string;
  year?: number;
  page: number;
  pageSize: number;
}

/** Kinds of documents with their abbreviations; they never change while the app runs. */
export function useDocTypes() {
  return useQuery({
    queryKey: ['documents', 'types'],
    queryFn: () => apiGet<{ items: DocTypeOption[] }>('/documents/types').then((r) => r.items),
    staleTime: Infinity,
  });
}

/** One page of the sổ văn bản, filtered on the server. */
export function useDocuments(p: DocumentListParams) {
  return useQuery({
    queryKey: ['documents', 'list', p.q ?? '', p.docType ?? null, p.year ?? null, p.page, p.pageSize],
    queryFn: () =>
      apiGet<{ items: DocumentView[]; total: number }>('/documents', {
        q: p.q,
        docType: p.docType,
        year: p.year,
        page: p.page,
        pageSize: p.pageSize,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useDocument(id: string | null) {
  return useQuery({
    queryKey: ['documents', 'detail', id],
    queryFn: () => apiGet<DocumentView>(`/documents/${id}`),
    enabled: !!id,
  });
}

function useInvalidateDocuments() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['documents', 'list'] }),
      qc.invalidateQueries({ queryKey: ['documents', 'detail'] }),
    ]);
}

export function useCreateDocument() {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: (b: CreateDocumentBody) => apiPost<DocumentView>('/documents', b),
    onSuccess: invalidate,
  });
}

export function useUpdateDocument(id: string) {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: (b: UpdateDocumentBody) => apiPatch<DocumentView>(`/documents/${id}`, b),
    onSuccess: invalidate,
  });
}

/** Splits a pasted citation into fields for the user to review (nothing is saved). */
export function useParseCitation() {
  return useMutation({
    mutationFn: (text: string) => apiPost<ParsedCitation>('/documents/parse-citation', { text }),
  });
}
