/**
 * Kinds of documents and their abbreviations in the number/symbol, per Nghị định 30/2020/NĐ-CP
 * Phụ lục III (state bodies) and Hướng dẫn 36-HD/VPTW (Party bodies use the same letters).
 */
export interface DocType {
  code: string;
  name: string;
  /** Letters in the symbol; a Công văn has none (its symbol is the issuer and drafting unit). */
  abbr: string | null;
}

export const DOC_TYPES: readonly DocType[] = [
  { code: 'NQ', name: 'Nghị quyết', abbr: 'NQ' },
  { code: 'QD', name: 'Quyết định', abbr: 'QĐ' },
  { code: 'CT', name: 'Chỉ thị', abbr: 'CT' },
  { code: 'QC', name: 'Quy chế', abbr: 'QC' },
  { code: 'QYD', name: 'Quy định', abbr: 'QyĐ' },
  { code: 'TB', name: 'Thông báo', abbr: 'TB' },
  { code: 'HD', name: 'Hướng dẫn', abbr: 'HD' },
  { code: 'CTR', name: 'Chương trình', abbr: 'CTr' },
  { code: 'KH', name: 'Kế hoạch', abbr: 'KH' },
  { code: 'PA', name: 'Phương án', abbr: 'PA' },
  { code: 'DA', name: 'Đề án', abbr: 'ĐA' },
  { code: 'BC', name: 'Báo cáo', abbr: 'BC' },
  { code: 'BB', name: 'Biên bản', abbr: 'BB' },
  { code: 'TTR', name: 'Tờ trình', abbr: 'TTr' },
  { code: 'HDONG', name: 'Hợp đồng', abbr: 'HĐ' },
  { code: 'CV', name: 'Công văn', abbr: null },
  { code: 'CD', name: 'Công điện', abbr: 'CĐ' },
  { code: 'GM', name: 'Giấy mời', abbr: 'GM' },
  { code: 'KL', name: 'Kết luận', abbr: 'KL' },
  { code: 'ND', name: 'Nghị định', abbr: 'NĐ' },
  { code: 'TT', name: 'Thông tư', abbr: 'TT' },
  { code: 'TTLT', name: 'Thông tư liên tịch', abbr: 'TTLT' },
  { code: 'LUAT', name: 'Luật', abbr: null },
] as const;

export const docTypeByName = (name: string): DocType | undefined => DOC_TYPES.find((t) => t.name.toLowerCase() === name.toLowerCase());
export const docTypeByAbbr = (abbr: string): DocType | undefined => DOC_TYPES.find((t) => t.abbr === abbr);
