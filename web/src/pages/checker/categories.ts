import type { CheckFinding } from '../../api/checker';

type Category = CheckFinding['category'];
type Severity = CheckFinding['severity'];

/** Names and colours of the checker's categories, as the page shows them. */
export const CATEGORY_INFO: Record<Category, { label: string; color: string; tag: string }> = {
  ARITH: { label: 'Số liệu, phép tính', color: '#ffccc7', tag: 'red' },
  NUMFMT: { label: 'Cách viết số', color: '#ffe7ba', tag: 'orange' },
  DATE: { label: 'Ngày tháng, năm', color: '#fff1b8', tag: 'gold' },
  DUP: { label: 'Lặp nội dung', color: '#d9f7be', tag: 'green' },
  REF: { label: 'Trích dẫn văn bản', color: '#bae0ff', tag: 'blue' },
  STRUCT: { label: 'Thiếu mục đề cương', color: '#efdbff', tag: 'purple' },
  TYPO: { label: 'Chính tả', color: '#f0f0f0', tag: 'default' },
};

export const SEVERITY_INFO: Record<Severity, { label: string; color: string }> = {
  high: { label: 'Cao', color: 'red' },
  medium: { label: 'Trung bình', color: 'orange' },
  low: { label: 'Thấp', color: 'default' },
};
