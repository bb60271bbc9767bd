import { Alert, Divider, Form, Modal } from 'antd';
import { useState } from 'react';
import { useMe } from '../../api/auth';
import { toApiError } from '../../api/client';
import { useCreateDocument, type DocumentView } from '../../api/documents';
import { FormActions } from '../../components/FormActions';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { useAsOf } from '../../lib/asOf';
import { useFeedback } from '../../lib/feedback';
import { CitationPaste } from './CitationPaste';
import { DocumentFields, toDocumentFields, type DocumentFormValues } from './DocumentFields';

interface Props {
  open: boolean;
  onClose: () => void;
  /** Called with the registered document (e.g. to show it). */
  onCreated: (doc: DocumentView) => void;
}

/** "Vào sổ văn bản": register a document, optionally starting from a pasted citation. */
export function DocumentCreateModal({ open, onClose, onCreated }: Props) {
  return (
    <Modal open={open} title="Vào sổ văn bản" footer={null} onCancel={onClose} destroyOnHidden width={760}>
      <CreateForm onClose={onClose} onCreated={onCreated} />
    </Modal>
  );
}

function CreateForm({ onClose, onCreated }: Omit<Props, 'open'>) {
  const [form] = Form.useForm<DocumentFormValues>();
  const create = useCreateDocument();
  const feedback = useFeedback();
  const me = useMe().data;
  const { asOf } = useAsOf();
  // An "already registered" refusal stays in view (a toast would vanish before it is read).
  const [conflict, setConflict] = useState<string | null>(null);

  function submit(v: DocumentFormValues) {
    setConflict(null);
    create.mutate(
      { ...toDocumentFields(v), ownerUnitId: v.ownerUnitId ?? '' },
      {
        onSuccess: (doc) => {
          feedback.success(`Đã vào sổ ${doc.citation}.`);
          onCreated(doc);
          onClose();
        },
        onError: (err) => {
          const e = toApiError(err);
          if (e.code === 'CONFLICT') setConflict(e.message);
          else feedback.error(e, { form });
        },
      },
    );
  }

  return (
    <>
      <CitationPaste form={form} />
      <Divider style={{ margin: '8px 0 16px' }} />
      <Form<DocumentFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={() => setConflict(null)}
        initialValues={{ ownerUnitId: me?.homeUnit.id }}
      >
        <DocumentFields />
        <Form.Item
          label="Sổ văn bản của đơn vị"
          name="ownerUnitId"
          rules={[{ required: true, message: 'Chọn đơn vị giữ sổ văn bản.' }]}
          extra="Văn bản được vào sổ của đơn vị này."
        >
          <UnitSearchSelect asOf={asOf} initial={me?.homeUnit} allowClear={false} />
        </Form.Item>
        {conflict && <Alert type="error" showIcon title={conflict} style={{ marginBottom: 16 }} role="alert" />}
        <FormActions onCancel={onClose} loading={create.isPending} submitText="Vào sổ" />
      </Form>
    </>
  );
}
