import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Result, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { formatViDate } from '../../../../src/shared/vi-date';
import { useCan } from '../../api/auth';
import { useDocument, type DocumentView } from '../../api/documents';
import { AsOfLink } from '../../lib/asOf';
import { DocumentEditModal } from './DocumentEditModal';

const dash = (v: string | null) => v || '—';

function Details({ d }: { d: DocumentView }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      styles={{ label: { width: 200 } }}
      items={[
        { key: 'type', label: 'Loại văn bản', children: d.docTypeName },
        { key: 'number', label: 'Số, ký hiệu', children: dash(d.numberSymbol) },
        { key: 'issuedOn', label: 'Ngày ban hành', children: d.issuedOn ? formatViDate(d.issuedOn) : '—' },
        {
          key: 'issuer',
          label: 'Cơ quan ban hành',
          children: d.issuerUnit ? <AsOfLink to={`/don-vi/${d.issuerUnit.id}`}>{d.issuerName}</AsOfLink> : d.issuerName,
        },
        { key: 'signer', label: 'Người ký', children: dash(d.signer) },
        { key: 'title', label: 'Trích yếu', children: <span style={{ whiteSpace: 'pre-line' }}>{d.title}</span> },
        { key: 'note', label: 'Ghi chú', children: <span style={{ whiteSpace: 'pre-line' }}>{dash(d.note)}</span> },
        { key: 'owner', label: 'Sổ văn bản của đơn vị', children: <AsOfLink to={`/don-vi/${d.ownerUnit.id}`}>{d.ownerUnit.name}</AsOfLink> },
      ]}
    />
  );
}

/** Details of one registered document, with the citation as reports write it; `id` stays set while the drawer closes, so its content does not vanish during the animation. */
export function DocumentDrawer({ id, open, onClose }: { id: string | null; open: boolean; onClose: () => void }) {
  const doc = useDocument(id);
  const canManage = useCan('document.manage');
  const [editing, setEditing] = useState(false);
  const d = doc.data;

  return (
    <Drawer open={open && !!id} size={720} title={d ? `${d.docTypeName}${d.numberSymbol ? ` số ${d.numberSymbol}` : ''}` : 'Văn bản'} onClose={onClose}>
      {doc.isPending && <Spin description="Đang tải…" />}
      {doc.isError && <Result status="warning" title="Không xem được văn bản" subTitle={doc.error.message} />}
      {d && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {canManage && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              Sửa
            </Button>
          )}
          <div>
            <Typography.Text type="secondary">Trích dẫn trong báo cáo</Typography.Text>
            <Typography.Paragraph
              copyable={{ text: d.citation, tooltips: ['Sao chép trích dẫn', 'Đã sao chép'] }}
              style={{ margin: '4px 0 0', padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6 }}
            >
              {d.citation}
            </Typography.Paragraph>
          </div>
          <Details d={d} />
          {canManage && <DocumentEditModal doc={d} open={editing} onClose={() => setEditing(false)} onReload={() => void doc.refetch()} />}
        </Space>
      )}
    </Drawer>
  );
}
