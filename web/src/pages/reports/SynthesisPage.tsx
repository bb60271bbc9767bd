import { ArrowLeftOutlined, FileAddOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, List, Result, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { isRichEmpty } from '../../../../src/shared/rich-text';
import type { RichDoc } from '../../../../src/shared/rich-text-types';
import { useCampaign } from '../../api/reports';
import { synthesisExportPath, useComposeSynthesis, useSaveSynthesis, useSynthesis, type CampaignDetail, type SynthesisMeta, type SynthesisView } from '../../api/report-editor';
import { RichTextEditor } from '../../components/rich-text/RichTextEditor';
import { RichTextView } from '../../components/rich-text/RichTextView';
import { useLeaveGuard } from '../../components/grid/useLeaveGuard';
import { AsOfLink } from '../../lib/asOf';
import { formatViDateTime } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';
import { ExportButtons } from './editor/ExportButtons';
import { OutlineNav } from './editor/OutlineNav';
import { SynthesisMetaForm } from './editor/SynthesisMetaForm';
import { SynthesisSectionBlock, shownDoc } from './editor/SynthesisSectionBlock';
import { flattenOutline, sameJson } from './editor/outline';
import './editor/editor.css';

/** "/bao-cao/yeu-cau/:id/tong-hop": the board's synthesis of the accepted unit reports of one campaign. */
export function SynthesisPage() {
  const { id } = useParams();
  const campaign = useCampaign(id);
  const synthesis = useSynthesis(id);
  const back = (
    <AsOfLink to={id ? `/bao-cao/yeu-cau/${id}` : '/bao-cao'}>
      <ArrowLeftOutlined /> Yêu cầu báo cáo
    </AsOfLink>
  );
  if (campaign.isPending || synthesis.isPending) return <Spin description="Đang tải báo cáo tổng hợp…" />;
  if (campaign.isError) return <Result status="warning" title="Không mở được yêu cầu báo cáo" subTitle={campaign.error.message} extra={back} />;
  if (synthesis.isError) return <Result status="warning" title="Không mở được báo cáo tổng hợp" subTitle={synthesis.error.message} extra={back} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      {synthesis.data ? (
        <SynthesisEditor key={campaign.data.id} campaign={campaign.data} view={synthesis.data} refetch={() => synthesis.refetch()} />
      ) : (
        <NotComposed campaign={campaign.data} />
      )}
    </Space>
  );
}

function NotComposed({ campaign }: { campaign: CampaignDetail }) {
  const compose = useComposeSynthesis(campaign.id);
  const feedback = useFeedback();
  const t = campaign.totals;
  return (
    <Card>
      <Result
        icon={<FileAddOutlined />}
        title={`Chưa có báo cáo tổng hợp cho “${campaign.title}”`}
        subTitle={
          <div style={{ maxWidth: 720, margin: '0 auto' }}>
            <p>
              Hệ thống soạn sẵn báo cáo tổng hợp từ các báo cáo <strong>đã được duyệt</strong> (hiện có {t.accepted}/{t.expected} đơn vị) theo đúng đề cương:
              phần tự luận của từng đơn vị được gom dưới mỗi mục (“- {campaign.recipients[0]?.unit.name ?? 'Tên đơn vị'}: …”), các danh sách được cộng dồn, bảng
              chỉ tiêu lấy từ số liệu tổng hợp kèm chú thích số liệu từng đơn vị.
            </p>
            <p>Sau đó bạn sửa lại từng mục, điền thông tin văn bản (số, ký hiệu, nơi nhận, người ký) và tải về DOCX, PDF hoặc XLSX.</p>
            {t.accepted === 0 && <p>Chưa có báo cáo nào được duyệt nên bản soạn sẽ chỉ có khung đề cương.</p>}
          </div>
        }
        extra={
          <Button type="primary" loading={compose.isPending} onClick={() => compose.mutate(undefined, { onError: (err) => feedback.error(err) })}>
            Soạn báo cáo tổng hợp
          </Button>
        }
      />
    </Card>
  );
}

type Pending = { meta?: SynthesisMeta; intro?: RichDoc; sections: Record<string, RichDoc | null> };
const NOTHING: Pending = { sections: {} };

function SynthesisEditor({ campaign, view, refetch }: { campaign: CampaignDetail; view: SynthesisView; refetch: () => Promise<unknown> }) {
  const { message, modal } = App.useApp();
  const feedback = useFeedback();
  const save = useSaveSynthesis(campaign.id);
  const compose = useComposeSynthesis(campaign.id);
  const [pending, setPending] = useState<Pending>(NOTHING);
  const [changes, setChanges] = useState<string[] | null>(null);
  const [formKey, setFormKey] = useState(0);
  // The docs just saved: shown instead of the server's equal copy, so the editor keeps its cursor.
  const echoes = useRef<Record<string, RichDoc | null>>({});
  const introEcho = useRef<RichDoc | null>(null);
  const dirty = pending.meta !== undefined || pending.intro !== undefined || Object.keys(pending.sections).length > 0;
  useLeaveGuard(view.canEdit && dirty);

  const flat = useMemo(() => flattenOutline(campaign.outlineTree.sections), [campaign.outlineTree]);
  const byKey = useMemo(
    () =>
      new Map(
        view.sections.map((s) => {
          const echo = echoes.current[s.key];
          return [s.key, echo && s.edited && sameJson(echo, s.edited) ? { ...s, edited: echo } : s];
        }),
      ),
    [view.sections],
  );
  const intro = pending.intro ?? (introEcho.current && sameJson(introEcho.current, view.intro) ? introEcho.current : view.intro);

  const onEdit = useCallback((key: string, doc: RichDoc | null) => setPending((p) => ({ ...p, sections: { ...p.sections, [key]: doc } })), []);
  // A string, so the outline tree re-renders only when a section becomes empty or filled, not on every keystroke.
  const filledKeys = flat
    .filter((f) => !isRichEmpty(shownDoc(byKey.get(f.section.key), pending.sections[f.section.key]).doc))
    .map((f) => f.section.key)
    .join('\n');
  const hasText = useMemo(() => {
    const set = new Set(filledKeys.split('\n'));
    return (key: string) => set.has(key);
  }, [filledKeys]);

  const discard = () => {
    setPending(NOTHING);
    setFormKey((k) => k + 1);
  };
  const reload = () => void refetch().then(discard);

  const doSave = async (): Promise<boolean> => {
    if (!dirty) return true;
    echoes.current = { ...echoes.current, ...pending.sections };
    if (pending.intro) introEcho.current = pending.intro;
    try {
      await save.mutateAsync({
        version: view.version,
        meta: pending.meta,
        intro: pending.intro,
        sections: Object.keys(pending.sections).length ? pending.sections : undefined,
      });
      setPending(NOTHING);
      void message.success('Đã lưu báo cáo tổng hợp.');
      return true;
    } catch (err) {
      feedback.error(err, {
        onReload: () => {
          reload();
        },
      });
      return false;
    }
  };

  // Ctrl+S saves, as in a word processor.
  useEffect(() => {
    if (!view.canEdit) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void doSave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const recompose = () =>
    modal.confirm({
      title: 'Soạn lại từ báo cáo đã duyệt?',
      content:
        'Hệ thống soạn lại từng mục từ các báo cáo đã duyệt và số liệu hiện có. Những mục bạn đã sửa được giữ nguyên; mục nào có nguồn thay đổi sẽ được đánh dấu để bạn đối chiếu.' +
        (dirty ? ' Các thay đổi chưa lưu sẽ được lưu trước.' : ''),
      okText: 'Soạn lại',
      cancelText: 'Hủy',
      onOk: async () => {
        if (!(await doSave())) return;
        try {
          const s = await compose.mutateAsync();
          setChanges(s.changes);
          setFormKey((k) => k + 1);
        } catch (err) {
          feedback.error(err);
        }
      },
    });

  const t = campaign.totals;
  return (
    <>
      <Card>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-start', marginBottom: 12 }}>
          <div style={{ flex: '1 1 420px' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              Báo cáo tổng hợp: {campaign.title}
            </Typography.Title>
            <Typography.Text type="secondary">
              Soạn lúc {formatViDateTime(view.composedAt)} từ {view.sources.length} báo cáo đã duyệt
            </Typography.Text>
          </div>
          <Space wrap style={{ justifyContent: 'flex-end' }}>
            {view.canEdit && (
              <span role="status" aria-live="polite">
                {dirty ? <Typography.Text type="warning">Có thay đổi chưa lưu</Typography.Text> : null}
              </span>
            )}
            {view.canEdit && (
              <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} disabled={!dirty} onClick={() => void doSave()}>
                Lưu báo cáo tổng hợp
              </Button>
            )}
            {view.canEdit && (
              <Button icon={<ReloadOutlined />} loading={compose.isPending} onClick={recompose}>
                Soạn lại từ báo cáo đã duyệt
              </Button>
            )}
            <ExportButtons pathFor={(f) => synthesisExportPath(campaign.id, f)} baseName={`Bao cao tong hop - ${campaign.title}`} beforeDownload={doSave} />
          </Space>
        </div>
        {changes && <ChangesAlert changes={changes} onClose={() => setChanges(null)} />}
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'req', label: 'Cơ quan yêu cầu', children: campaign.requesterUnit.name },
            { key: 'period', label: 'Kỳ báo cáo', children: campaign.periodLabel },
            { key: 'rate', label: 'Báo cáo đã duyệt', children: `${t.accepted}/${t.expected} đơn vị (đã nộp ${t.submitted})` },
          ]}
        />
      </Card>
      <Card title="Thông tin văn bản" size="small">
        <SynthesisMetaForm key={formKey} meta={view.meta} disabled={!view.canEdit} onChange={(meta) => setPending((p) => ({ ...p, meta }))} />
      </Card>
      <div className="report-editor">
        <div className="report-editor-nav">
          <OutlineNav sections={campaign.outlineTree.sections} answered={hasText} />
        </div>
        <main className="report-editor-main" aria-label="Nội dung báo cáo tổng hợp">
          <section className="report-section" aria-labelledby="tong-hop-mo-dau">
            <h3 id="tong-hop-mo-dau" style={{ margin: '0 0 8px', fontSize: 17, fontWeight: 700 }}>
              Phần mở đầu
            </h3>
            {view.canEdit ? (
              <RichTextEditor value={intro} onChange={(d) => !sameJson(d, intro) && setPending((p) => ({ ...p, intro: d }))} aria-label="Phần mở đầu" placeholder="Căn cứ, mục đích của báo cáo…" />
            ) : (
              <RichTextView doc={intro} />
            )}
          </section>
          {flat.map((f) => (
            <SynthesisSectionBlock key={f.section.key} flat={f} view={byKey.get(f.section.key)} pending={pending.sections[f.section.key]} canEdit={view.canEdit} onEdit={onEdit} />
          ))}
        </main>
        <div className="report-editor-side">
          <Sources view={view} />
        </div>
      </div>
    </>
  );
}

const SHOWN_CHANGES = 8;

/** What the last re-composition changed; a long list is folded. */
function ChangesAlert({ changes, onClose }: { changes: string[]; onClose: () => void }) {
  const [all, setAll] = useState(false);
  const shown = all ? changes : changes.slice(0, SHOWN_CHANGES);
  return (
    <Alert
      type={changes.length ? 'info' : 'success'}
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 12 }}
      title={changes.length ? `Đã soạn lại; ${changes.length} thay đổi so với lần soạn trước:` : 'Đã soạn lại; nội dung không thay đổi so với lần soạn trước.'}
      description={
        changes.length ? (
          <div>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {shown.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
            {changes.length > SHOWN_CHANGES && (
              <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setAll(!all)}>
                {all ? 'Thu gọn' : `Xem tất cả ${changes.length} thay đổi`}
              </Button>
            )}
          </div>
        ) : undefined
      }
    />
  );
}

/** Which unit reports (and which of their revisions) the last composition used. */
function Sources({ view }: { view: SynthesisView }) {
  return (
    <aside aria-label="Nguồn của báo cáo tổng hợp">
      <Typography.Title level={5} style={{ marginTop: 4 }}>
        Báo cáo được dùng ({view.sources.length})
      </Typography.Title>
      <List
        size="small"
        dataSource={view.sources}
        locale={{ emptyText: 'Chưa có báo cáo nào được duyệt.' }}
        renderItem={(s) => (
          <List.Item>
            <span>
              <AsOfLink to={`/bao-cao/bao-cao/${s.reportId}`}>{s.unit.name}</AsOfLink>
              <Typography.Text type="secondary"> · phiên bản {s.revision}</Typography.Text>
            </span>
          </List.Item>
        )}
      />
    </aside>
  );
}
