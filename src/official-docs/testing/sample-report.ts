import type { RichDoc } from '../../shared/rich-text-types';
import type { OfficialDocument } from '../domain/model';
import { formatNumberSymbol } from '../domain/number-symbol';

/** Footnote texts of the sample, exported so tests can look for them in the DOCX and the PDF. */
export const SAMPLE_FOOTNOTES = [
  'Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng.',
  'Số liệu tổng hợp đến hết ngày 15/12/2024, chưa tính các trường hợp khen thưởng đột xuất.',
] as const;
export const SAMPLE_TABLE_FOOTNOTE = 'Tỷ lệ tính trên tổng số đơn vị đã đăng ký thi đua.';
export const SAMPLE_DATE_LINE = 'Cần Thơ, ngày 05 tháng 02 năm 2025';

const results: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Thực hiện ' },
        { type: 'text', text: 'Chỉ thị số 34-CT/TW', marks: [{ type: 'bold' }] },
        { type: 'footnote', attrs: { text: SAMPLE_FOOTNOTES[0] } },
        { type: 'text', text: ' và Luật Thi đua, khen thưởng năm 2022, các cơ quan, đơn vị, địa phương đã chủ động xây dựng kế hoạch, ' },
        { type: 'text', text: 'phát động thi đua gắn với nhiệm vụ chính trị', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'text', text: '; tổng số ' },
        { type: 'text', text: '1.236', marks: [{ type: 'underline' }] },
        { type: 'text', text: ' tập thể, cá nhân được đề nghị khen thưởng trong năm' },
        { type: 'footnote', attrs: { text: SAMPLE_FOOTNOTES[1] } },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Phong trào “Thi đua chung sức xây dựng nông thôn mới” được triển khai rộng khắp ở 100% xã, phường;' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển” thu hút 312 doanh nghiệp tham gia;' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” vận động được 45,5 tỷ đồng.' }] }] },
      ],
    },
  ],
};

/** A table typed in the editor: merged header cells (colspan, rowspan) as Tiptap stores them. */
const plan: RichDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Chỉ tiêu chủ yếu năm 2025:' }] },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', attrs: { rowspan: 2 }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung' }] }] },
            { type: 'tableHeader', attrs: { colspan: 2 }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Số lượng' }] }] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Năm 2024' }] }] },
            { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kế hoạch 2025' }] }] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Điển hình tiên tiến được biểu dương' }] }] },
            { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '215' }] }] },
            { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '250', marks: [{ type: 'bold' }] }] }] },
          ],
        },
      ],
    },
    {
      type: 'orderedList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đổi mới nội dung, hình thức tổ chức các phong trào thi đua.' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Nâng cao chất lượng công tác khen thưởng:' }] },
            {
              type: 'orderedList',
              content: [
                { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'khen thưởng kịp thời người lao động trực tiếp;' }] }] },
                { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'rút ngắn thời gian thẩm định hồ sơ.' }] }] },
              ],
            },
          ],
        },
      ],
    },
  ],
};

const filler = (topic: string) =>
  `Công tác ${topic} tiếp tục được quan tâm chỉ đạo, bảo đảm đúng quy trình, thủ tục, công khai, minh bạch; chất lượng thẩm định hồ sơ được nâng lên, thời gian giải quyết được rút ngắn so với năm trước. Các đơn vị đã kịp thời phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến, nhân tố mới, gương người tốt, việc tốt trên các lĩnh vực của đời sống xã hội, góp phần hoàn thành thắng lợi nhiệm vụ phát triển kinh tế - xã hội của thành phố.`;

export function sampleReport(): OfficialDocument {
  return {
    parentBody: 'UBND thành phố Cần Thơ',
    issuingBody: 'Ban Thi đua - Khen thưởng',
    numberSymbol: formatNumberSymbol({ number: 5, typeAbbrev: 'BC', bodyAbbrev: 'BTĐKT' }),
    place: 'Cần Thơ',
    date: '2025-02-05',
    docTypeName: 'Báo cáo',
    title: 'Tổng kết công tác thi đua, khen thưởng năm 2024\nvà phương hướng, nhiệm vụ năm 2025',
    body: [
      {
        kind: 'paragraph',
        text: 'Căn cứ Kế hoạch số 249/KH-UBND ngày 21 tháng 12 năm 2023 của Ủy ban nhân dân thành phố về triển khai công tác thi đua, khen thưởng năm 2024, Ban Thi đua - Khen thưởng báo cáo kết quả như sau:',
      },
      { kind: 'heading', level: 1, numbering: 'I.', text: 'Kết quả thực hiện công tác thi đua, khen thưởng năm 2024' },
      { kind: 'heading', level: 2, numbering: '1.', text: 'Công tác tổ chức các phong trào thi đua' },
      { kind: 'heading', level: 3, numbering: 'a)', text: 'Các phong trào thi đua thường xuyên' },
      { kind: 'rich', doc: results },
      { kind: 'heading', level: 3, numbering: 'b)', text: 'Các phong trào thi đua theo chuyên đề' },
      { kind: 'paragraph', text: filler('tổ chức các phong trào thi đua theo chuyên đề') },
      { kind: 'heading', level: 2, numbering: '2.', text: 'Công tác khen thưởng' },
      { kind: 'paragraph', text: filler('khen thưởng') },
      {
        kind: 'table',
        table: {
          caption: 'Kết quả khen thưởng năm 2024',
          columns: [
            { label: 'Hình thức khen thưởng', widthPct: 56 },
            { label: 'Số lượng', align: 'right' },
            { label: 'Tỷ lệ (%)', align: 'right' },
          ],
          rows: [
            ['Huân chương Lao động', 12, 0.97],
            ['Bằng khen của Thủ tướng Chính phủ', 48, 3.88],
            ['Bằng khen của Chủ tịch UBND thành phố', 1176, 95.15],
          ],
          totalRow: ['Tổng cộng', 1236, 100],
          footnotes: [SAMPLE_TABLE_FOOTNOTE],
        },
      },
      { kind: 'paragraph', text: filler('thẩm định hồ sơ khen thưởng') },
      { kind: 'heading', level: 1, numbering: 'II.', text: 'Phương hướng, nhiệm vụ năm 2025' },
      { kind: 'paragraph', text: filler('thi đua, khen thưởng năm 2025') },
      { kind: 'rich', doc: plan },
      { kind: 'paragraph', text: filler('tuyên truyền, nhân rộng điển hình tiên tiến') },
      { kind: 'paragraph', text: 'Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng năm 2024 và phương hướng, nhiệm vụ năm 2025 của Ban Thi đua - Khen thưởng thành phố Cần Thơ./.' },
    ],
    recipients: ['Ban Thi đua - Khen thưởng Trung ương', 'Thường trực UBND thành phố', 'Sở Nội vụ', 'Lưu: VT, TĐKT'],
    signature: { prefix: 'KT.', authority: 'Trưởng ban', title: 'Phó Trưởng ban', signerName: 'Nguyễn Văn An' },
    appendices: [
      {
        title: 'Kết quả khen thưởng năm 2024 theo đơn vị',
        subtitle: '(Kèm theo Báo cáo số 05/BC-BTĐKT ngày 05 tháng 02 năm 2025 của Ban Thi đua - Khen thưởng)',
        table: {
          columns: [
            { label: 'STT', align: 'center', widthPct: 5 },
            { label: 'Đơn vị', widthPct: 19 },
            { label: 'Chiến sĩ thi đua cơ sở' },
            { label: 'Lao động tiên tiến' },
            { label: 'Tập thể lao động xuất sắc' },
            { label: 'Giấy khen' },
            { label: 'Bằng khen UBND thành phố' },
            { label: 'Cờ thi đua' },
            { label: 'Tổng số tiền thưởng (đồng)', widthPct: 14 },
          ],
          rows: [
            [1, 'Quận Ninh Kiều', 45, 1204, 12, 310, 62, 1, 1234567890],
            [2, 'Quận Bình Thủy', 31, 876, 8, 214, 40, null, 845000000.5],
            [3, 'Huyện Phong Điền', 28, 702, 6, 190, 35, 1, 612300000],
          ],
          totalRow: ['', 'Tổng cộng', 104, 2782, 26, 714, 137, 2, 2691867890.5],
          footnotes: ['Số tiền thưởng tính theo mức lương cơ sở 2.340.000 đồng.'],
        },
      },
    ],
  };
}
