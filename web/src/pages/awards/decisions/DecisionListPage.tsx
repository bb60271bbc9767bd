import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Empty, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../../api/auth';
import { useCandidates, useCreateDecision, useDecisions, type DecisionSummary } from '../../../api/award-decisions';
import { UnitSearchSelect } from '../../../components/UnitSearchSelect';
import { formatNumber } from '../../../lib/dates';
import { useFeedback } from '../../../lib/feedback';
import { formatViDate } from '../../../../../src/shared/vi-date';

export const STATE_COLORS: Record<DecisionSummary['state'], string> = { du_thao: 'default', ban_hanh: 'green', thu_hoi: 'red' };

/** "Quyết định khen thưởng": drafts and issued decisions of the units the user decides for. */
export function DecisionListPage() {
  const [state, setState] = useState<DecisionSummary['state'] | undefined>();
  const [q, setQ] = useState<string | undefined>();
  const decisions = useDecisions({ state, q });
  const canDecide = useCan('award.decide');
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>Quyết định khen thưởng</Typography.Title>}
      extra={canDecide && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>Soạn quyết định</Button>}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search aria-label="Tìm quyết định" placeholder="Số quyết định hoặc trích yếu" allowClear onSearch={(v) => setQ(v.trim() || undefined)} style={{ width: 320 }} />
        <Select aria-label="Trạng thái" placeholder="Trạng thái" allowClear style={{ width: 180 }} value={state} onChange={setState}
          options={[{ value: 'du_thao', label: 'Dự thảo' }, { value: 'ban_hanh', label: 'Đã ban hành' }, { value: 'thu_hoi', label: 'Đã thu hồi' }]} />
      </Space>
      <Table<DecisionSummary>
        rowKey="id"
        loading={decisions.isLoading}
        dataSource={decisions.data ?? []}
        locale={{ emptyText: <Empty description="Chưa có quyết định nào trong phạm vi của bạn." /> }}
        columns={[
          { title: 'Số, ngày', render: (_, d) => (d.decisionNumber ? <>{d.decisionNumber}<br /><Typography.Text type="secondary">{formatViDate(d.decisionDate)}</Typography.Text></> : <Typography.Text type="secondary">(chưa có số)</Typography.Text>), width: 150 },
          { title: 'Trích yếu', render: (_, d) => <Link to={`/khen-thuong/quyet-dinh/${d.id}`}>{d.title}</Link> },
          { title: 'Cơ quan', render: (_, d) => d.decidingUnit.name, width: 200 },
          { title: 'Số người', align: 'right', width: 100, render: (_, d) => formatNumber(d.itemCount) + (d.revokedCount ? ` (${formatNumber(d.revokedCount)} thu hồi)` : '') },
          { title: 'Trạng thái', width: 130, render: (_, d) => <Tag color={STATE_COLORS[d.state]}>{d.stateLabel}</Tag> },
        ]}
      />
      <CreateDecisionModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}

/** Picks the deciding unit and the dossiers at "trình ký" to draft from (or none, to type the list). */
function CreateDecisionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [unitId, setUnitId] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [year, setYear] = useState<number | null>(new Date().getFullYear() - 1);
  const [achievement, setAchievement] = useState('');
  const candidates = useCandidates(unitId);
  const create = useCreateDecision();
  const feedback = useFeedback();
  const navigate = useNavigate();
  const submit = () => {
    if (!unitId) return feedback.error(new Error('Hãy chọn cơ quan ra quyết định.'));
    create.mutate(
      { decidingUnitId: unitId, proposalIds: picked, ...(year ? { year } : {}), achievement: achievement.trim() || null },
      {
        onSuccess: (d) => {
          feedback.success(`Đã tạo dự thảo với ${formatNumber(d.items.length)} người trong danh sách.`);
          onClose();
          navigate(`/khen-thuong/quyet-dinh/${d.id}`);
        },
        onError: (e) => feedback.error(e),
      },
    );
  };
  return (
    <Modal open={open} title="Soạn quyết định khen thưởng" onCancel={onClose} onOk={submit} okText="Tạo dự thảo" confirmLoading={create.isPending} width={720} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label="Cơ quan ra quyết định" required>
          <UnitSearchSelect value={unitId} onChange={(v) => { setUnitId(v); setPicked([]); }} />
        </Form.Item>
        <Form.Item label="Năm thành tích">
          <InputNumber value={year} onChange={(v) => setYear(v)} min={1945} max={2200} />
        </Form.Item>
        <Form.Item label="Hồ sơ đề nghị đang trình ký" extra="Danh sách lấy những người được Hội đồng đồng ý (hoặc tất cả khi hồ sơ không cần biểu quyết). Có thể bỏ trống để nhập danh sách sau.">
          {unitId ? (
            candidates.data?.length ? (
              <Checkbox.Group value={picked} onChange={(v) => setPicked(v as string[])} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {candidates.data.map((c) => (
                  <Checkbox key={c.id} value={c.id} disabled={!!c.inDraft || c.awardableCount === 0}>
                    {c.title} — {c.proposingUnit.name}: {formatNumber(c.awardableCount)}/{formatNumber(c.nomineeCount)} người{c.inDraft ? ' (đã có trong một dự thảo)' : ''}
                  </Checkbox>
                ))}
              </Checkbox.Group>
            ) : (
              <Typography.Text type="secondary">Không có hồ sơ nào đang ở bước trình ký.</Typography.Text>
            )
          ) : (
            <Typography.Text type="secondary">Chọn cơ quan trước.</Typography.Text>
          )}
        </Form.Item>
        <Form.Item label="Thành tích in trên giấy chứng nhận" extra="Áp dụng cho người lấy từ hồ sơ; sửa được từng người sau.">
          <Input.TextArea rows={2} value={achievement} onChange={(e) => setAchievement(e.target.value)} placeholder="Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm …" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
