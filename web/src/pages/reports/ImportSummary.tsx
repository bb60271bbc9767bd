import { Alert, Collapse, Typography } from 'antd';
import type { OutlineImportResponse } from '../../api/reports';

/** What the import understood: how many sections, which document the outline came with, and what to look at again. */
export function ImportSummary({ result, sectionCount }: { result: OutlineImportResponse; sectionCount: number }) {
  const { warnings, issues, citedDocument } = result;
  return (
    <div style={{ marginBottom: 16 }}>
      <Alert
        type={issues.length > 0 ? 'warning' : 'success'}
        showIcon
        title={
          `Đã nhận ${sectionCount} mục từ đề cương.` +
          (issues.length > 0 ? ` Có ${issues.length} lỗi cần sửa trước khi lưu (đánh dấu đỏ trong cấu trúc).` : ' Kiểm tra lại các mục rồi bấm “Lưu đề cương”.')
        }
        description={citedDocument ? `Đề cương kèm theo ${citedDocument}.` : undefined}
      />
      {warnings.length > 0 && (
        <Collapse
          size="small"
          style={{ marginTop: 8 }}
          items={[
            {
              key: 'warnings',
              label: `${warnings.length} dòng cần xem lại`,
              children: (
                <ul aria-label="Các dòng cần xem lại" style={{ margin: 0, paddingInlineStart: 18 }}>
                  {warnings.map((w, i) => (
                    <li key={i}>
                      <Typography.Text type="secondary">Dòng {w.line}:</Typography.Text> {w.message}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
