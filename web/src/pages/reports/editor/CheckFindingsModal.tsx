import { Button, Modal, Space, Typography } from 'antd';
import type { FindingView } from '../../../api/report-editor';
import { FindingTags, groupBySection } from './findingInfo';

/** Before submitting: what the checker found, by section; the unit fixes them or submits anyway. */
export function CheckFindingsModal(props: {
  open: boolean;
  findings: FindingView[];
  sections: { key: string; label: string }[];
  submitting: boolean;
  submitLabel: string;
  onFix: (firstSectionKey: string | null) => void;
  onSubmitAnyway: () => void;
}) {
  const groups = groupBySection(props.findings, props.sections);
  return (
    <Modal
      open={props.open}
      title="Báo cáo còn điểm cần xem lại"
      width={760}
      onCancel={() => props.onFix(null)}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={() => props.onFix(groups[0]?.key ?? null)}>Sửa lại</Button>
          <Button type="primary" danger loading={props.submitting} onClick={props.onSubmitAnyway}>
            Vẫn nộp
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>
        Hệ thống kiểm tra báo cáo tìm thấy <strong>{props.findings.length}</strong> điểm có thể chưa đúng (số liệu, phép tính, ngày tháng, trích dẫn, mục bỏ
        sót…). Bạn nên sửa trước khi {props.submitLabel.toLowerCase()}; nếu vẫn nộp, người duyệt sẽ thấy các điểm này.
      </Typography.Paragraph>
      <div style={{ maxHeight: '55vh', overflow: 'auto' }}>
        {groups.map((g) => (
          <section key={g.key} aria-label={g.label} style={{ marginBottom: 12 }}>
            <Typography.Text strong>{g.label}</Typography.Text>
            {g.items.map((f) => (
              <div key={f.key} style={{ padding: '6px 0 6px 12px', borderBottom: '1px solid #f5f5f5' }}>
                <Space size={4} wrap>
                  <FindingTags f={f} />
                </Space>
                <div>{f.message}</div>
                {f.suggestion && <Typography.Text type="secondary">Gợi ý: {f.suggestion}</Typography.Text>}
              </div>
            ))}
          </section>
        ))}
      </div>
    </Modal>
  );
}
