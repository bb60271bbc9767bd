import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { toApiError } from '../../api/client';
import { useUpdateDocument, type DocumentView } from '../../api/documents';
import { FormActions } from '../../components/FormActions';
import { fromIso } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';
import { DocumentFields, toDocumentFields, type DocumentFormValues } from './DocumentFields';

interface Props {
  doc: DocumentView;
  open: boolean;
  onClose: () => void;
  /** Fetches the latest version after someone else saved first. */
  onReload: () => void;
}

/** "Sửa văn bản" (optimistic locking on `version`). */
export function DocumentEditModal({ doc, open, onClose, onReload }: Props) {
  return (
    <Modal open={open} title={`Sửa văn bản: ${doc.citation}`} footer={null} onCancel={onClose} destroyOnHidden width={760}>
      {/* A newer version (after "Tải lại bản mới nhất") restarts the form with its values. */}
      <EditForm key={doc.version} doc={doc} onClose={onClose} onReload={onReload} />
    </Modal>
  );
}

function EditForm({ doc, onClose, onReload }: Omit<Props, 'open'>) {
  const [form] = Form.useForm<DocumentFormValues>();
  const update = useUpdateDocument(doc.id);
  const feedback = useFeedback();
  const [conflict, setConflict] = useState<string | null>(null);

  function submit(v: DocumentFormValues) {
    setConflict(null);
    update.mutate(
      { ...toDocumentFields(v), version: doc.version },
      {
        onSuccess: () => {
          feedback.success('Đã lưu thay đổi.');
          onClose();
        },
        onError: (err) => {
          const e = toApiError(err);
          if (e.code === 'CONFLICT') setConflict(e.message);
          else feedback.error(e, { form, onReload });
        },
      },
    );
  }

  const initial: DocumentFormValues = {
    docType: doc.docType,
    numberSymbol: doc.numberSymbol ?? undefined,
    issuedOn: fromIso(doc.issuedOn),
    issuerName: doc.issuerName,
    signer: doc.signer ?? undefined,
    title: doc.title,
    note: doc.note ?? undefined,
  };

  return (
    <Form<DocumentFormValues> form={form} layout="vertical" onFinish={submit} onValuesChange={() => setConflict(null)} initialValues={initial}>
      <DocumentFields />
      <Form.Item label="Sổ văn bản của đơn vị" extra="Không đổi được đơn vị giữ sổ của văn bản đã vào sổ.">
        <Input value={doc.ownerUnit.name} disabled />
      </Form.Item>
      {conflict && <Alert type="error" showIcon title={conflict} style={{ marginBottom: 16 }} role="alert" />}
      <FormActions onCancel={onClose} loading={update.isPending} />
    </Form>
  );
}
