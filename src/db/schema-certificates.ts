/** Tables of certificates (bằng, giấy khen) and their templates; merged into DB in schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CertificateTables {}
