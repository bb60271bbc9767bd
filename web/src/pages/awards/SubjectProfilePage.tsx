import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Form, Input, Modal, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatViDate } from '../../../../src/shared/vi-date';
import { useRevokeRecord, useSubjectProfile, type RecordView } from '../../api/awards';
import { formatViDateTime } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';
import { SOURCE_LABELS } from './labels';
import { RecordModal } from './RecordModal';
import { EligibilityOutlook } from './EligibilityOutlook';

const LEVEL_COLORS: Record<RecordView['level'], string> = { nha_nuoc: 'red', bo_tinh: 'volcano', huyen: 'gold', co_so: 'blue' };

function RecordLine({ r, canManage, onRevoke }: { r: RecordView; canManage: boolean; onRevoke: (r: RecordView) => void }) {
  const decision = [r.decisionNumber && `Quyết định số ${r.decisionNumber}`, r.decisionDate && `ngày ${formatViDate(r.decisionDate)}`, r.decidingAuthority && `của ${r.decidingAuthority}`].filter(Boolean).join(' ');
  return (
    <div style={{ opacity: r.revoked ? 0.65 : 1 }}>
      <Space wrap size={[8, 4]}>
        <Typography.Text strong delete={!!r.revoked}>
          {r.year} · {r.awardName}
        </Typography.Text>
        <Tag color={LEVEL_COLORS[r.level]}>{r.levelLabel}</Tag>
        {r.category === 'danh_hieu' && <Tag>Danh hiệu thi đua</Tag>}
        {r.roundKind !== 'thuong_xuyen' && <Tag color="purple">{r.roundLabel}</Tag>}
        {r.revoked && <Tag color="default">Đã thu hồi</Tag>}
      </Space>
      {decision && <div>{decision}</div>}
      <Typography.Text type="secondary">
        Đơn vị trình: {r.unit.name}
        {r.movement && ` · Phong trào: ${r.movement.name}`} · {SOURCE_LABELS[r.source]}
      </Typography.Text>
      {r.note && <div>{r.note}</div>}
      {r.revoked && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 4 }}
          title={`Thu hồi ngày ${formatViDateTime(r.revoked.at)}: ${r.revoked.reason}`}
          description={r.revoked.basis ? `Căn cứ: ${r.revoked.basis}` : undefined}
        />
      )}
      {canManage && !r.revoked && (
        <div>
          <Button size="small" danger type="link" style={{ paddingInline: 0 }} onClick={() => onRevoke(r)}>
            Thu hồi…
          </Button>
        </div>
      )}
    </div>
  );
}

function RevokeModal({ record, onClose }: { record: RecordView | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string; basis: string }>();
  const revoke = useRevokeRecord();
  const feedback = useFeedback();
  async function submit() {
    if (!record) return;
    const body = await form.validateFields();
    revoke.mutate(
      { id: record.id, body },
      {
        onSuccess: () => {
          feedback.success(`Đã ghi việc thu hồi ${record.awardName} năm ${record.year}.`);
          form.resetFields();
          onClose();
        },
        onError: (e) => feedback.error(e, { form }),
      },
    );
  }
  return (
    <Modal open={!!record} title="Thu hồi khen thưởng" okText="Thu hồi" okButtonProps={{ danger: true }} cancelText="Hủy" confirmLoading={revoke.isPending} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      {record && (
        <Typography.Paragraph>
          {record.awardName} năm {record.year}. Bản ghi không bị xóa: nó được đánh dấu đã thu hồi, kèm lý do và căn cứ, và không còn được tính trong thống kê.
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label="Lý do thu hồi" rules={[{ required: true, whitespace: true, message: 'Nhập lý do thu hồi.' }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="basis" label="Căn cứ (điều luật, quyết định thu hồi)" rules={[{ required: true, whitespace: true, message: 'Nhập căn cứ thu hồi.' }]}>
          <Input.TextArea rows={2} maxLength={1000} placeholder="Điều 93 Luật Thi đua, khen thưởng năm 2022; Quyết định số …/QĐ-UBND ngày …" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** One person's or collective's page: who they are and every title and award over the years, newest first. */
export function SubjectProfilePage() {
  const { id } = useParams();
  const profile = useSubjectProfile(id);
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<RecordView | null>(null);
  const p = profile.data;

  return (
    <Card
      title={
        <Space>
          <Link to="/khen-thuong" aria-label="Về sổ khen thưởng">
            <ArrowLeftOutlined />
          </Link>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {p?.fullName ?? 'Hồ sơ khen thưởng'}
          </Typography.Title>
          {p && <Tag>{p.kindLabel}</Tag>}
        </Space>
      }
      extra={
        p?.canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            Ghi thêm khen thưởng
          </Button>
        )
      }
    >
      {profile.isError && <Alert type="error" showIcon title={profile.error.message} />}
      {profile.isLoading && <Skeleton active />}
      {p && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
            <Descriptions.Item label="Đơn vị">{p.unit.name}</Descriptions.Item>
            {p.position && <Descriptions.Item label="Chức vụ">{p.position}</Descriptions.Item>}
            {p.workplace && <Descriptions.Item label="Nơi công tác">{p.workplace}</Descriptions.Item>}
            {p.gender && <Descriptions.Item label="Giới tính">{p.gender === 'nam' ? 'Nam' : 'Nữ'}</Descriptions.Item>}
            {p.workerLabel && <Descriptions.Item label="Đối tượng lao động">{p.workerLabel}</Descriptions.Item>}
            {p.personal && (
              <>
                <Descriptions.Item label="Năm sinh">{p.personal.birthDate ? formatViDate(p.personal.birthDate) : (p.personal.birthYear ?? '—')}</Descriptions.Item>
                <Descriptions.Item label="Số định danh cá nhân">{p.personal.idNumber ?? '—'}</Descriptions.Item>
              </>
            )}
            <Descriptions.Item label="Số lần được khen">{p.awardCount}</Descriptions.Item>
            {p.note && <Descriptions.Item label="Ghi chú">{p.note}</Descriptions.Item>}
          </Descriptions>
          {!p.personal && p.kind === 'ca_nhan' && <Typography.Text type="secondary">Năm sinh và số định danh chỉ hiện với người quản lý sổ khen thưởng của đơn vị.</Typography.Text>}
          <div>
            <Typography.Title level={5}>Quá trình khen thưởng</Typography.Title>
            {p.records.length === 0 ? (
              <Empty description="Chưa có khen thưởng nào." />
            ) : (
              <Timeline
                items={[...p.records].reverse().map((r) => ({
                  key: r.id,
                  color: r.revoked ? 'gray' : LEVEL_COLORS[r.level],
                  content: <RecordLine r={r} canManage={p.canManage} onRevoke={setRevoking} />,
                }))}
              />
            )}
          </div>
          <EligibilityOutlook outlook={p.outlook} />
        </Space>
      )}
      {p?.canManage && <RecordModal open={adding} onClose={() => setAdding(false)} subject={p} />}
      <RevokeModal record={revoking} onClose={() => setRevoking(null)} />
    </Card>
  );
}
