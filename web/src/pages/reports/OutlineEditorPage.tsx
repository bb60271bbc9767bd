import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Form, Input, Result, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useMe } from '../../api/auth';
import { toApiError } from '../../api/client';
import { useCreateOutline, useNewOutlineVersion, useOutline, type OutlineDetail, type OutlineImportResponse, type OutlineTree } from '../../api/reports';
import { useLeaveGuard } from '../../components/grid/useLeaveGuard';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { AsOfLink, useAsOf, useAsOfNavigate } from '../../lib/asOf';
import { useFeedback } from '../../lib/feedback';
import { ImportSummary } from './ImportSummary';
import { emptyTree, flatten, placeIssues, type PlacedIssues } from './outlineEdit';
import { OutlineImportPanel } from './OutlineImportPanel';
import { OutlineTreeEditor } from './OutlineTreeEditor';
import { spreadSaveErrors } from './outlineSaveErrors';

interface FormValues {
  name: string;
  ownerUnitId: string | null;
  treeTitle: string;
  preamble: string;
  note: string;
}

const NO_ISSUES: PlacedIssues = { bySection: {}, general: [] };

/** "Tạo đề cương" (/bao-cao/de-cuong/moi) and "Tạo phiên bản mới" (/bao-cao/de-cuong/:id/phien-ban-moi). */
export function OutlineEditorPage() {
  const { id } = useParams();
  const outline = useOutline(id);
  const back = (
    <AsOfLink to={id ? `/bao-cao/de-cuong/${id}` : '/bao-cao/de-cuong'}>
      <ArrowLeftOutlined /> {id ? 'Về đề cương' : 'Danh sách đề cương'}
    </AsOfLink>
  );
  if (id && outline.isPending) return <Spin description="Đang tải…" />;
  if (id && outline.isError) return <Result status="warning" title="Không mở được đề cương" subTitle={outline.error.message} extra={back} />;
  if (outline.data && !outline.data.canEdit) return <Result status="403" title="Không có quyền sửa đề cương này" extra={back} />;
  return <OutlineEditor key={outline.data?.version ?? 'moi'} outline={outline.data} back={back} onReload={() => void outline.refetch()} />;
}

function OutlineEditor({ outline, back, onReload }: { outline?: OutlineDetail; back: React.ReactNode; onReload: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const { modal } = App.useApp();
  const feedback = useFeedback();
  const navigate = useAsOfNavigate();
  const { asOf } = useAsOf();
  const me = useMe().data;
  const create = useCreateOutline();
  const newVersion = useNewOutlineVersion(outline?.id ?? '');
  const [sections, setSections] = useState<OutlineTree['sections']>(() => outline?.latest.tree.sections ?? emptyTree().sections);
  const [issues, setIssues] = useState<PlacedIssues>(NO_ISSUES);
  const [imported, setImported] = useState<OutlineImportResponse | null>(null);
  const [dirty, setDirty] = useState(false);
  // The import panel starts open on a new outline and folds away once something was imported.
  const [importOpen, setImportOpen] = useState(!outline);
  useLeaveGuard(dirty);

  const initial: FormValues = {
    name: outline?.name ?? '',
    ownerUnitId: outline?.ownerUnit.id ?? me?.homeUnit.id ?? null,
    treeTitle: outline?.latest.tree.title ?? '',
    preamble: outline?.latest.tree.preamble ?? '',
    note: '',
  };
  // The owner defaults to the user's unit, which may arrive after the form.
  useEffect(() => {
    if (!outline && me && !form.getFieldValue('ownerUnitId')) form.setFieldValue('ownerUnitId', me.homeUnit.id);
  }, [me, outline, form]);

  function applyImport(r: OutlineImportResponse) {
    const apply = () => {
      setSections(r.tree.sections);
      setImported(r);
      setIssues(placeIssues(r.tree, r.issues));
      const v = form.getFieldsValue();
      form.setFieldsValue({
        treeTitle: r.tree.title,
        preamble: r.tree.preamble ?? '',
        name: v.name?.trim() ? v.name : r.tree.title.slice(0, 500),
        note: v.note?.trim() || !r.citedDocument ? v.note : `Kèm theo ${r.citedDocument}`,
      });
      setDirty(true);
      setImportOpen(false);
    };
    const hasWork = flatten(sections).some((f) => f.section.title.trim());
    if (!hasWork) return apply();
    modal.confirm({
      title: 'Thay thế đề cương đang soạn?',
      content: `Đề cương vừa phân tích có ${flatten(r.tree.sections).length} mục và sẽ thay cho các mục đang có trên trang.`,
      okText: 'Thay thế',
      cancelText: 'Giữ đề cương đang soạn',
      onOk: apply,
    });
  }

  function save(v: FormValues) {
    const tree: OutlineTree = { title: v.treeTitle.trim(), preamble: v.preamble.trim() || null, sections };
    setIssues(NO_ISSUES);
    const onError = (err: unknown) => {
      const e = toApiError(err);
      setIssues(spreadSaveErrors(form, tree, e));
      feedback.error(e, { onReload });
    };
    const onSuccess = (saved: OutlineDetail) => {
      setDirty(false);
      feedback.success(outline ? `Đã lưu phiên bản ${saved.latestVersion.number} của đề cương.` : 'Đã lưu đề cương.');
      navigate(`/bao-cao/de-cuong/${saved.id}`);
    };
    const note = v.note.trim() || null;
    if (outline) newVersion.mutate({ tree, note, version: outline.version }, { onSuccess, onError });
    else create.mutate({ name: v.name.trim(), ownerUnitId: v.ownerUnitId ?? '', tree, note }, { onSuccess, onError });
  }

  const sectionCount = flatten(sections).length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'normal' }}>
            {outline ? `Tạo phiên bản mới: ${outline.name}` : 'Tạo đề cương báo cáo'}
          </Typography.Title>
        }
      >
        {outline && (
          <Typography.Paragraph type="secondary">
            Phiên bản {outline.latestVersion.number} đang được dùng; các yêu cầu báo cáo đã tạo vẫn giữ phiên bản cũ. Lưu sẽ tạo phiên bản {outline.latestVersion.number + 1}.
          </Typography.Paragraph>
        )}
        <Collapse
          activeKey={importOpen ? ['import'] : []}
          onChange={(keys) => setImportOpen(keys.includes('import'))}
          items={[{ key: 'import', label: 'Nhập đề cương từ văn bản hoặc tệp DOCX', children: <OutlineImportPanel onImported={applyImport} /> }]}
          style={{ marginBottom: 16 }}
        />
        {imported && <ImportSummary result={imported} sectionCount={sectionCount} />}
        <Form<FormValues> form={form} layout="vertical" initialValues={initial} onFinish={save} onValuesChange={() => setDirty(true)} scrollToFirstError>
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            <Form.Item label="Tên đề cương" name="name" style={{ flex: '2 1 360px' }} rules={[{ required: true, whitespace: true, message: 'Nhập tên đề cương.' }]}
              extra={outline ? 'Tên của đề cương không đổi theo phiên bản.' : 'Tên ngắn để tìm lại đề cương, ví dụ “Báo cáo phong trào Vì người nghèo 2021-2025”.'}>
              <Input maxLength={500} disabled={!!outline} />
            </Form.Item>
            <Form.Item label="Đơn vị sở hữu" name="ownerUnitId" style={{ flex: '1 1 280px' }} rules={[{ required: true, message: 'Chọn đơn vị sở hữu đề cương.' }]}>
              <UnitSearchSelect asOf={asOf} initial={outline?.ownerUnit ?? me?.homeUnit} allowClear={false} disabled={!!outline} />
            </Form.Item>
          </div>
          <Form.Item label="Tiêu đề đề cương" name="treeTitle" rules={[{ required: true, whitespace: true, message: 'Nhập tiêu đề đề cương.' }]}
            extra="Dòng tiêu đề in trên đề cương, ví dụ “Báo cáo triển khai thực hiện Phong trào thi đua…”.">
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <Form.Item label="Lời dẫn" name="preamble">
            <Input.TextArea maxLength={5000} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <Form.Item label="Ghi chú phiên bản" name="note">
            <Input maxLength={2000} placeholder="Ví dụ: Kèm theo Công văn số 3959/UBND-VXNV ngày 22/9/2023" />
          </Form.Item>
          {issues.general.length > 0 && (
            <Alert
              type="error"
              showIcon
              role="alert"
              style={{ marginBottom: 16 }}
              title="Đề cương chưa lưu được"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {issues.general.map((g, i) => (
                    <li key={i}>{g.message}</li>
                  ))}
                </ul>
              }
            />
          )}
          <OutlineTreeEditor
            tree={{ title: '', preamble: null, sections }}
            onChange={(t) => {
              setSections(t.sections);
              setDirty(true);
            }}
            issues={issues.bySection}
            onEdited={(key) =>
              setIssues((x) => {
                if (!x.bySection[key]) return x;
                const { [key]: _, ...rest } = x.bySection;
                return { ...x, bySection: rest };
              })
            }
          />
          <div style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 16 }}>
            <Space>
              <Button onClick={() => navigate(outline ? `/bao-cao/de-cuong/${outline.id}` : '/bao-cao/de-cuong')}>Hủy</Button>
              <Button type="primary" htmlType="submit" loading={create.isPending || newVersion.isPending}>
                {outline ? 'Lưu phiên bản mới' : 'Lưu đề cương'}
              </Button>
            </Space>
          </div>
        </Form>
      </Card>
    </Space>
  );
}
