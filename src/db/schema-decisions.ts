/** Tables of award decisions (quyết định khen thưởng); merged into DB in schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DecisionTables {}
