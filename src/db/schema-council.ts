/** Tables of council (Hội đồng TĐKT): members, sessions, ballots; merged into DB in schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CouncilTables {}
