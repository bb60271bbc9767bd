import { CheckCircleTwoTone, CloseCircleTwoTone, QuestionCircleTwoTone } from '@ant-design/icons';
import { Collapse, Space, Tag, Typography } from 'antd';
import type { SubjectProfile } from '../../api/awards';

type Outlook = SubjectProfile['outlook'][number];

function verdict(o: Outlook) {
  if (o.eligible) return <Tag color="success">Đủ điều kiện đề nghị</Tag>;
  if (o.needsManualReview) return <Tag color="warning">Cần xem xét thủ công</Tag>;
  return <Tag color="default">Chưa đủ điều kiện{o.nextEligibleYear ? ` · sớm nhất năm thành tích ${o.nextEligibleYear}` : ''}</Tag>;
}

/** "Khả năng đề nghị tiếp theo": the engine's answer for the next merit awards, with the articles it cites. */
export function EligibilityOutlook({ outlook }: { outlook: Outlook[] }) {
  if (!outlook.length) return null;
  return (
    <div>
      <Typography.Title level={5}>Khả năng đề nghị khen thưởng tiếp theo</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        Xét theo quá trình khen thưởng trong sổ. Xếp loại hoàn thành nhiệm vụ, sáng kiến và kỷ luật không có trong sổ: hồ sơ đề nghị bổ sung khi xét.
      </Typography.Paragraph>
      <Collapse
        size="small"
        items={outlook.map((o) => ({
          key: o.award,
          label: (
            <Space wrap>
              <span>{o.awardName}</span>
              {verdict(o)}
            </Space>
          ),
          children: (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {o.reasons.map((r, i) => (
                <li key={i} style={{ listStyle: 'none', marginLeft: -18 }}>
                  <Space align="start">
                    {r.ok ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : r.verify ? <QuestionCircleTwoTone twoToneColor="#faad14" /> : <CloseCircleTwoTone twoToneColor="#ff4d4f" />}
                    <span>
                      {r.message}
                      {r.localSetting && <Tag style={{ marginLeft: 6 }}>Thiết lập địa phương</Tag>}
                    </span>
                  </Space>
                </li>
              ))}
            </ul>
          ),
        }))}
      />
    </div>
  );
}
