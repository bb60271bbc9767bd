import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json = ColumnType<unknown, string, string>;

export type CertificateKind = 'bang_khen' | 'giay_khen' | 'danh_hieu';

export interface CertificateTemplateTable {
  id: Generated<string>;
  owner_unit_id: string;
  name: string;
  kind: CertificateKind;
  page_size: Generated<'A4' | 'A3' | 'A5'>;
  orientation: Generated<'portrait' | 'landscape'>;
  layout: Json;
  is_default: Generated<boolean>;
  archived_at: NullableTs;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CertificateTable {
  id: Generated<string>;
  code: string;
  record_id: string;
  template_id: string | null;
  layout: Json;
  page_size: string;
  orientation: string;
  kind: CertificateKind;
  content: Json;
  replaces_id: string | null;
  reissue_kind: 'cap_doi' | 'cap_lai' | null;
  reissue_reason: string | null;
  replaced_at: NullableTs;
  issued_by: string | null;
  issued_at: Timestamp;
}

/** Tables of certificates (bằng, giấy khen) and their templates; merged into DB in schema.ts. */
export interface CertificateTables {
  certificate_template: CertificateTemplateTable;
  certificate: CertificateTable;
}
