import { Alert, Button, Card, Descriptions, Empty, Modal, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan } from '../../../api/auth';
import { downloadDecisionDocx, itemInput, useCandidates, useAddProposals, useDecision, useDeleteDecision, useSetItems, type DecisionItemInput, type DecisionItemView } from '../../../api/award-decisions';
import { formatNumber, formatViDateTime } from '../../../lib/dates';
import { useFeedback } from '../../../lib/feedback';
import { formatViDate } from '../../../../../src/shared/vi-date';
import { CertificatesPanel } from '../certificates/CertificatesPanel';
import { AwardeeModal } from './AwardeeModal';
import { DecisionHeaderForm } from './DecisionHeaderForm';
import { STATE_COLORS } from './DecisionListPage';
import { IssueModal } from './IssueModal';
import { RevokeModal } from './RevokeModal';

const KIND_LABEL = { ca_nhan: 'Cá nhân', tap_the: 'Tập thể', ho_gia_dinh: 'Hộ gia đình' } as const;

/** One decision: the draft editor (wording and list), issue, DOCX, revocation, and its certificates. */
export function DecisionDetailPage() {
  const { id } = useParams();
  const q = useDecision(id);
  const d = q.data;
  const feedback = useFeedback();
  const navigate = useNavigate();
  const setItems = useSetItems(id ?? '');
  const remove = useDeleteDecision();
  const canDecide = useCan('award.decide');
  const canManage = useCan('award.manage');
  const [adding, setAdding] = useState(false);
  const [fromProposals, setFromProposals] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  if (!d) return <Card loading={q.isLoading}>{q.isError && <Alert type="error" title="Không tải được quyết định." />}</Card>;

  const saveItems = (items: DecisionItemInput[]) =>
    setItems.mutate({ version: d.version, items }, { onSuccess: () => feedback.success('Đã cập nhật danh sách.'), onError: (e) => feedback.error(e, { onReload: () => void q.refetch() }) });
  const issued = d.state !== 'du_thao';
  const canRevoke = d.state === 'ban_hanh' && canDecide;

  return (
    <Card
      title={
        <Space>
          <Typography.Title level={4} style={{ margin: 0 }}>{d.decisionNumber ? `Quyết định số ${d.decisionNumber}` : 'Dự thảo quyết định'}</Typography.Title>
          <Tag color={STATE_COLORS[d.state]}>{d.stateLabel}</Tag>
        </Space>
      }
      extra={
        <Space wrap>
          <Link to="/khen-thuong/quyet-dinh">Danh sách</Link>
          <Button onClick={() => downloadDecisionDocx(d).catch((e) => feedback.error(e))}>Tải DOCX</Button>
          {d.canEdit && <Button type="primary" onClick={() => setIssuing(true)} disabled={!d.items.length}>Ban hành…</Button>}
          {d.canEdit && (
            <Popconfirm title="Xóa dự thảo này?" okText="Xóa" cancelText="Không" onConfirm={() => remove.mutate(d.id, { onSuccess: () => navigate('/khen-thuong/quyet-dinh'), onError: (e) => feedback.error(e) })}>
              <Button danger>Xóa dự thảo</Button>
            </Popconfirm>
          )}
          {canRevoke && <Button danger onClick={() => setRevoking(true)}>{selected.length ? `Thu hồi ${formatNumber(selected.length)} người…` : 'Thu hồi quyết định…'}</Button>}
        </Space>
      }
    >
      <Descriptions size="small" column={3} style={{ marginBottom: 16 }}
        items={[
          { key: 'u', label: 'Cơ quan', children: d.decidingUnit.name },
          { key: 'd', label: 'Ngày ký', children: d.decisionDate ? formatViDate(d.decisionDate) : '—' },
          { key: 'n', label: 'Số người', children: formatNumber(d.itemCount) + (d.revokedCount ? ` (${formatNumber(d.revokedCount)} đã thu hồi)` : '') },
          ...(d.revokedAt ? [{ key: 'r', label: 'Thu hồi', span: 3, children: `${formatViDateTime(d.revokedAt)} — ${d.revokeReason} (${d.revokeBasis})` }] : []),
          ...(d.proposals.length ? [{ key: 'p', label: 'Hồ sơ', span: 3, children: d.proposals.map((p) => `${p.name} (${p.state})`).join('; ') }] : []),
        ]}
      />
      {issued && <Alert type="info" showIcon style={{ marginBottom: 16 }} title="Quyết định đã ban hành nên không sửa được. Nếu có sai sót, hãy thu hồi (toàn bộ hoặc từng người) và ban hành quyết định khác." />}
      <Tabs
        items={[
          {
            key: 'list',
            label: `Danh sách (${formatNumber(d.items.length)})`,
            children: (
              <>
                {d.canEdit && (
                  <Space style={{ marginBottom: 12 }}>
                    <Button onClick={() => setAdding(true)}>Thêm người</Button>
                    <Button onClick={() => setFromProposals(true)}>Thêm từ hồ sơ trình ký</Button>
                  </Space>
                )}
                <Table<DecisionItemView>
                  rowKey="id"
                  size="small"
                  dataSource={d.items}
                  pagination={{ pageSize: 50 }}
                  locale={{ emptyText: <Empty description="Danh sách trống." /> }}
                  rowSelection={canRevoke ? { selectedRowKeys: selected, onChange: (k) => setSelected(k as string[]), getCheckboxProps: (i) => ({ disabled: !!i.revoked }) } : undefined}
                  columns={[
                    { title: 'TT', width: 60, render: (_, i) => i.position },
                    { title: 'Tên', render: (_, i) => (i.subjectId && issued ? <Link to={`/khen-thuong/doi-tuong/${i.subjectId}`}>{i.fullName}</Link> : i.fullName) },
                    { title: 'Đối tượng', width: 100, render: (_, i) => KIND_LABEL[i.subjectKind] },
                    { title: 'Chức vụ, đơn vị', render: (_, i) => [i.positionTitle, i.workplace ?? i.unit.name].filter(Boolean).join(', ') },
                    { title: 'Hình thức', render: (_, i) => i.awardName },
                    { title: 'Năm', width: 70, render: (_, i) => i.year },
                    { title: 'Nguồn', width: 120, render: (_, i) => (i.proposal ? <Typography.Text type="secondary">Hồ sơ</Typography.Text> : <Typography.Text type="secondary">Nhập tay</Typography.Text>) },
                    { title: '', width: 120, render: (_, i) => (i.revoked ? <Tag color="red" title={`${i.revoked.reason} (${i.revoked.basis ?? ''})`}>Đã thu hồi</Tag> : d.canEdit ? <Button size="small" danger onClick={() => saveItems(d.items.filter((x) => x.id !== i.id).map(itemInput))}>Bỏ</Button> : null) },
                  ]}
                />
              </>
            ),
          },
          { key: 'wording', label: 'Nội dung văn bản', children: <DecisionHeaderForm d={d} onReload={() => void q.refetch()} /> },
          ...(issued ? [{ key: 'cert', label: 'Giấy chứng nhận', children: <CertificatesPanel decisionId={d.id} canPrint={canDecide || canManage} /> }] : []),
        ]}
      />
      <AwardeeModal open={adding} onClose={() => setAdding(false)} year={d.year} onAdd={(i) => saveItems([...d.items.map(itemInput), i])} />
      <ProposalPicker open={fromProposals} onClose={() => setFromProposals(false)} decisionId={d.id} unitId={d.decidingUnit.id} version={d.version} />
      <IssueModal d={d} open={issuing} onClose={() => setIssuing(false)} />
      <RevokeModal d={d} itemIds={selected} open={revoking} onClose={() => { setRevoking(false); setSelected([]); }} />
    </Card>
  );
}

function ProposalPicker({ open, onClose, decisionId, unitId, version }: { open: boolean; onClose: () => void; decisionId: string; unitId: string; version: number }) {
  const candidates = useCandidates(open ? unitId : null);
  const add = useAddProposals(decisionId);
  const feedback = useFeedback();
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <Modal open={open} title="Thêm từ hồ sơ đang trình ký" onCancel={onClose} okText="Thêm" okButtonProps={{ disabled: !picked.length }} confirmLoading={add.isPending}
      onOk={() => add.mutate({ version, proposalIds: picked }, { onSuccess: () => { setPicked([]); onClose(); }, onError: (e) => feedback.error(e) })}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={candidates.isLoading}
        dataSource={candidates.data ?? []}
        rowSelection={{ selectedRowKeys: picked, onChange: (k) => setPicked(k as string[]), getCheckboxProps: (c) => ({ disabled: c.awardableCount === 0 }) }}
        columns={[
          { title: 'Hồ sơ', render: (_, c) => c.title },
          { title: 'Đơn vị đề nghị', render: (_, c) => c.proposingUnit.name },
          { title: 'Được đưa vào', render: (_, c) => `${formatNumber(c.awardableCount)}/${formatNumber(c.nomineeCount)}` },
        ]}
      />
    </Modal>
  );
}
