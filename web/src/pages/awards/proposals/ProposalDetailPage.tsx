import { DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Form, Input, InputNumber, List, Popconfirm, Select, Space, Spin, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../../api/client';
import {
  attachmentUrl,
  useProposal,
  useRemoveAttachment,
  useRemoveNominee,
  useUpdateProposal,
  useUploadAttachment,
  type FindingView,
  type NomineeView,
  type ProposalDetail,
} from '../../../api/award-proposals';
import { TransitionTimeline } from '../../../components/TransitionTimeline';
import { formatNumber, formatViDateTime } from '../../../lib/dates';
import { useFeedback } from '../../../lib/feedback';
import { formatViDate } from '../../../../../src/shared/vi-date';
import { ActionModal, OverrideModal } from './ProposalActions';
import { NomineeDrawer } from './NomineeDrawer';
import { ATTACHMENT_KIND_OPTIONS, SEVERITY, stateColor, stateLabel } from './labels';

const NOMINEE_COLORS: Record<string, string> = { dang_xet: 'blue', tra_lai: 'orange', dat: 'green', khong_dat: 'red', chuyen_cap_tren: 'lime' };
const ROUTING: Record<string, string> = { decide_here: 'Thuộc thẩm quyền cấp nhận hồ sơ', forward: 'Trình cấp trên', lower_level: 'Thuộc thẩm quyền cấp dưới', none: 'Chưa xác định thẩm quyền' };

function FindingList({ findings }: { findings: FindingView[] }) {
  if (!findings.length) return <Typography.Text type="success">Không có phát hiện.</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={findings}
      renderItem={(f) => (
        <List.Item>
          <Space align="start">
            <Tag color={SEVERITY[f.severity].color}>{SEVERITY[f.severity].label}</Tag>
            <span>{f.message}</span>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** One dossier: the proposing unit edits it; the receiving body appraises it; everyone sees the live check. */
export function ProposalDetailPage() {
  const { id } = useParams();
  const q = useProposal(id);
  const p = q.data;
  const [editing, setEditing] = useState<NomineeView | 'new' | null>(null);
  const [action, setAction] = useState<ProposalDetail['actions'][number] | null>(null);
  const [overriding, setOverriding] = useState(false);
  const navigate = useNavigate();
  const feedback = useFeedback();
  if (q.isLoading) return <Spin />;
  if (!p) return <Alert type="error" showIcon message={q.error instanceof Error ? q.error.message : 'Không tải được hồ sơ.'} />;
  const editable = p.may.edit && (p.state === 'soan' || p.state === 'tra_lai');
  const reload = () => void q.refetch();
  const findingsOf = (nomineeId: string | null) => p.check?.findings.filter((f) => f.nomineeId === nomineeId) ?? [];
  const remove = async () => {
    try {
      await api(`/award-proposals/${p.id}`, { method: 'DELETE', body: { version: p.version } });
      navigate('/khen-thuong/ho-so');
    } catch (e) {
      feedback.error(e, { onReload: reload });
    }
  };

  return (
    <Card
      title={
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>{p.title}</Typography.Title>
          <Tag color={stateColor(p.state)}>{stateLabel(p.state)}</Tag>
        </Space>
      }
      extra={
        <Space wrap>
          {p.actions.map((a) => (
            <Button key={a.to} type={a.to === 'tra_lai' ? 'default' : 'primary'} danger={a.to === 'tra_lai'} onClick={() => setAction(a)}>{a.label}</Button>
          ))}
          {p.may.override && (p.check?.uncovered ?? 0) > 0 && <Button danger onClick={() => setOverriding(true)}>Cho phép gửi</Button>}
          {editable && p.state === 'soan' && (
            <Popconfirm title="Xóa hồ sơ chưa gửi này?" okText="Xóa" cancelText="Không" onConfirm={remove}>
              <Button icon={<DeleteOutlined />}>Xóa</Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="Đơn vị đề nghị">{p.proposingUnit.name}</Descriptions.Item>
        <Descriptions.Item label="Gửi đến">{p.receivingUnit.name}</Descriptions.Item>
        <Descriptions.Item label="Căn cứ">{p.basisLabel}{p.year ? ` — năm ${p.year}` : ''}{p.movement ? ` — ${p.movement.name}` : ''}</Descriptions.Item>
        <Descriptions.Item label="Loại khen thưởng">{p.roundLabel}</Descriptions.Item>
        <Descriptions.Item label="Tờ trình">{p.documentNumber ? `Số ${p.documentNumber}${p.documentDate ? ` ngày ${formatViDate(p.documentDate)}` : ''}` : '—'}</Descriptions.Item>
        <Descriptions.Item label="Công khai">{p.publicFrom && p.publicUntil ? `${formatViDate(p.publicFrom)} – ${formatViDate(p.publicUntil)}` : '—'}</Descriptions.Item>
        {p.forwardedFrom && <Descriptions.Item label="Chuyển từ hồ sơ"><Link to={`/khen-thuong/ho-so/${p.forwardedFrom.id}`}>{p.forwardedFrom.name}</Link></Descriptions.Item>}
        {p.forwardedTo.length > 0 && (
          <Descriptions.Item label="Đã trình cấp trên">
            {p.forwardedTo.map((f) => (<div key={f.id}><Link to={`/khen-thuong/ho-so/${f.id}`}>{f.name}</Link></div>))}
          </Descriptions.Item>
        )}
      </Descriptions>

      {p.check && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type={p.check.uncovered ? 'error' : p.check.findings.some((f) => f.severity === 'warning') ? 'warning' : 'success'}
          message={
            p.check.uncovered
              ? `Kiểm tra tự động: ${formatNumber(p.check.uncovered)} vấn đề phải khắc phục trước khi gửi.`
              : p.override
                ? 'Kiểm tra tự động: các vấn đề đã được cấp nhận hồ sơ cho phép.'
                : 'Kiểm tra tự động: không có vấn đề chặn gửi.'
          }
          description={
            <>
              {p.override && <div>Cho phép gửi bởi {p.override.by ?? '—'} lúc {formatViDateTime(p.override.at)}: {p.override.reason}</div>}
              {p.check.needsPublication && <div>Có cá nhân đề nghị khen thưởng cấp Nhà nước: cần lấy ý kiến, công khai ít nhất 10 ngày làm việc trước khi trình Hội đồng.</div>}
              {p.check.forwardCount > 0 && <div>{p.check.forwardCount} đối tượng thuộc thẩm quyền cấp trên: sau thẩm định, {p.receivingUnit.name} trình cấp trên.</div>}
              {p.checkedAt && <div>Kiểm tra lúc {formatViDateTime(p.checkedAt)}.</div>}
            </>
          }
        />
      )}

      <Tabs
        items={[
          {
            key: 'nominees',
            label: `Đối tượng đề nghị (${p.nominees.length})`,
            children: (
              <>
                {editable && <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setEditing('new')}>Thêm đối tượng</Button>}
                <NomineeTable proposal={p} editable={editable} findingsOf={findingsOf} onEdit={setEditing} onReload={reload} />
              </>
            ),
          },
          { key: 'check', label: 'Kết quả kiểm tra', children: <FindingList findings={p.check?.findings ?? []} /> },
          { key: 'files', label: `Tài liệu (${p.attachments.length})`, children: <Attachments proposal={p} editable={editable} /> },
          ...(editable ? [{ key: 'info', label: 'Thông tin hồ sơ', children: <InfoForm proposal={p} onReload={reload} /> }] : []),
          {
            key: 'history',
            label: 'Lịch sử',
            children: p.history.length ? (
              <TransitionTimeline transitions={p.history} stateTag={(s: string) => <Tag color={stateColor(s)}>{stateLabel(s)}</Tag>} stateLabel={stateLabel} colorOf={(s: string) => (s === 'tra_lai' ? 'orange' : 'blue')} />
            ) : (
              <Empty description="Hồ sơ chưa gửi." />
            ),
          },
        ]}
      />
      {editing && <NomineeDrawer proposal={p} nominee={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {action && <ActionModal proposal={p} action={action} onClose={() => setAction(null)} onReload={reload} />}
      {overriding && <OverrideModal proposal={p} onClose={() => setOverriding(false)} onReload={reload} />}
    </Card>
  );
}

function NomineeTable(props: { proposal: ProposalDetail; editable: boolean; findingsOf: (id: string | null) => FindingView[]; onEdit: (n: NomineeView) => void; onReload: () => void }) {
  const { proposal: p, editable, findingsOf } = props;
  const remove = useRemoveNominee(p.id);
  const feedback = useFeedback();
  const checkOf = (id: string) => p.check?.nominees.find((c) => c.nomineeId === id);
  const showPersonal = p.nominees.some((n) => n.personal);
  return (
    <Table<NomineeView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={p.nominees}
      expandable={{
        expandedRowRender: (n) => (
          <>
            {n.returnReason && <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={`Lý do trả lại: ${n.returnReason}`} />}
            <FindingList findings={findingsOf(n.id)} />
          </>
        ),
      }}
      columns={[
        { title: 'TT', dataIndex: 'position', width: 50 },
        { title: 'Họ tên / tập thể', width: 240, render: (_, n) => (<>{n.subjectId ? <Link to={`/khen-thuong/doi-tuong/${n.subjectId}`}>{n.fullName}</Link> : n.fullName}<div><Typography.Text type="secondary">{[n.positionTitle, n.workplace].filter(Boolean).join(', ')}</Typography.Text></div></>) },
        ...(showPersonal ? [{ title: 'Năm sinh', render: (_: unknown, n: NomineeView) => n.personal?.birthYear ?? '—', width: 90 }] : []),
        { title: 'Đề nghị', dataIndex: 'awardName', width: 240 },
        {
          title: 'Điều kiện',
          width: 160,
          render: (_, n) => {
            const c = checkOf(n.id);
            if (!c) return '—';
            if (c.eligible) return <Tag color="green">Đủ điều kiện</Tag>;
            return c.needsManualReview ? <Tag color="orange">Cần xét thủ công</Tag> : <Tag color="red">Chưa đủ điều kiện</Tag>;
          },
        },
        {
          title: 'Thẩm quyền',
          width: 200,
          render: (_, n) => {
            const c = checkOf(n.id);
            if (!c) return '—';
            // Who decides matters when it is not the receiving body itself.
            return <>{ROUTING[c.routing]}{c.routing !== 'decide_here' && c.deciders.length ? <div><Typography.Text type="secondary">{c.deciders.join('; ')}</Typography.Text></div> : null}</>;
          },
        },
        {
          title: 'Phát hiện',
          width: 130,
          render: (_, n) => {
            const f = findingsOf(n.id);
            const blocks = f.filter((x) => x.severity === 'block').length;
            return blocks ? <Tag color="red">{blocks} phải sửa</Tag> : f.length ? <Tag>{f.length} lưu ý</Tag> : <Tag color="green">Không</Tag>;
          },
        },
        { title: 'Trạng thái', width: 140, render: (_, n) => <Tag color={NOMINEE_COLORS[n.state]}>{n.stateLabel}</Tag> },
        ...(editable
          ? [{
              title: '',
              width: 90,
              render: (_: unknown, n: NomineeView) => (
                <Space>
                  <Button size="small" aria-label={`Sửa ${n.fullName}`} icon={<EditOutlined />} onClick={() => props.onEdit(n)} />
                  <Popconfirm title={`Bỏ ${n.fullName} khỏi hồ sơ?`} okText="Bỏ" cancelText="Không" onConfirm={() => remove.mutateAsync({ nomineeId: n.id, version: n.version }).catch((e) => feedback.error(e, { onReload: props.onReload }))}>
                    <Button size="small" danger aria-label={`Bỏ ${n.fullName}`} icon={<DeleteOutlined />} />
                  </Popconfirm>
                </Space>
              ),
            }]
          : []),
      ]}
    />
  );
}

function Attachments({ proposal: p, editable }: { proposal: ProposalDetail; editable: boolean }) {
  const upload = useUploadAttachment(p.id);
  const remove = useRemoveAttachment(p.id);
  const feedback = useFeedback();
  const [kind, setKind] = useState<string>('to_trinh');
  const [nomineeId, setNomineeId] = useState<string | undefined>();
  const nomineeName = (id: string | null) => (id ? p.nominees.find((n) => n.id === id)?.fullName ?? '' : 'Cả hồ sơ');
  return (
    <>
      {editable && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Select aria-label="Loại tài liệu" style={{ width: 280 }} value={kind} onChange={setKind} options={ATTACHMENT_KIND_OPTIONS.map((o) => ({ ...o }))} />
          <Select aria-label="Của đối tượng" style={{ width: 260 }} allowClear placeholder="Cả hồ sơ" value={nomineeId} onChange={setNomineeId} options={p.nominees.map((n) => ({ value: n.id, label: `${n.position}. ${n.fullName}` }))} />
          <Upload
            accept=".pdf,.docx,.doc,.xlsx,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutateAsync({ kind, nomineeId, file }).then(() => feedback.success(`Đã đính kèm ${file.name}.`), (e) => feedback.error(e));
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>Chọn tệp (PDF, DOCX, ảnh; tối đa 10 MB)</Button>
          </Upload>
        </Space>
      )}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={p.attachments}
        locale={{ emptyText: 'Chưa có tài liệu. Hồ sơ cần tờ trình, biên bản họp Hội đồng và báo cáo thành tích.' }}
        columns={[
          { title: 'Loại', dataIndex: 'kindLabel', width: 220 },
          { title: 'Tệp', render: (_, a) => <a href={attachmentUrl(p.id, a.id)}><DownloadOutlined /> {a.fileName}</a> },
          { title: 'Của', render: (_, a) => nomineeName(a.nomineeId) },
          { title: 'Dung lượng', width: 120, align: 'right', render: (_, a) => `${formatNumber(Math.ceil(a.size / 1024))} KB` },
          { title: 'Tải lên', width: 170, render: (_, a) => formatViDateTime(a.uploadedAt) },
          ...(editable ? [{ title: '', width: 60, render: (_: unknown, a: ProposalDetail['attachments'][number]) => <Button size="small" danger aria-label={`Gỡ ${a.fileName}`} icon={<DeleteOutlined />} onClick={() => remove.mutateAsync(a.id).catch((e) => feedback.error(e))} /> }] : []),
        ]}
      />
    </>
  );
}

function InfoForm({ proposal: p, onReload }: { proposal: ProposalDetail; onReload: () => void }) {
  const [form] = Form.useForm();
  const update = useUpdateProposal(p.id);
  const feedback = useFeedback();
  const quotas = p.quotas.filter((q) => q.maxPercent !== null);
  const save = async () => {
    const v = await form.validateFields();
    const quotaBases: Record<string, number> = {};
    for (const q of quotas) if (typeof v[`quota_${q.code}`] === 'number') quotaBases[q.code] = v[`quota_${q.code}`];
    try {
      await update.mutateAsync({ version: p.version, title: v.title, documentNumber: v.documentNumber || null, quotaBases });
      feedback.success('Đã lưu; hồ sơ đã được kiểm tra lại.');
    } catch (e) {
      feedback.error(e, { form, onReload });
    }
  };
  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 720 }} initialValues={{ title: p.title, documentNumber: p.documentNumber, ...Object.fromEntries(quotas.map((q) => [`quota_${q.code}`, p.quotaBases[q.code]])) }}>
      <Form.Item name="title" label="Tên hồ sơ" rules={[{ required: true, message: 'Nhập tên hồ sơ.' }]}><Input /></Form.Item>
      <Form.Item name="documentNumber" label="Số tờ trình"><Input style={{ width: 240 }} /></Form.Item>
      <Typography.Title level={5}>Cơ sở tính tỷ lệ khen thưởng</Typography.Title>
      {quotas.map((q) => (
        <Form.Item key={q.code} name={`quota_${q.code}`} label={`${q.label}: tối đa ${formatNumber(q.maxPercent!)}% của ${q.base}`} extra={`${q.citation}${q.localSetting ? ' — thiết lập địa phương' : ''}`}>
          <InputNumber<number> min={0} style={{ width: 200 }} placeholder="Số lượng" />
        </Form.Item>
      ))}
      <Button type="primary" onClick={save} loading={update.isPending}>Lưu</Button>
    </Form>
  );
}
