import { Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { MEMBER_ROLE_LABELS, type GroupDetail, type MemberRole } from '../../../../src/shared/api/groups';
import { useAddMember, useUpdateMember } from '../../api/groups';
import { FormActions } from '../../components/FormActions';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { useAsOf } from '../../lib/asOf';
import { fromIso, toIso, validityText } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';
import { PeriodFields } from '../../components/PeriodFields';

export type Member = GroupDetail['members'][number];

interface Values {
  unitId: string;
  role: MemberRole;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
}

const ROLE_OPTIONS = (Object.keys(MEMBER_ROLE_LABELS) as MemberRole[]).map((r) => ({ value: r, label: MEMBER_ROLE_LABELS[r] }));

interface Props {
  group: GroupDetail;
  /** null: add a member; otherwise edit this member. */
  member: Member | null;
  open: boolean;
  onClose: () => void;
}

export function MemberModal({ group, member, open, onClose }: Props) {
  return (
    <Modal
      open={open}
      title={member ? `Sửa thành viên: ${member.unit.name}` : 'Thêm thành viên cụm/khối'}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <MemberForm key={member?.id ?? 'new'} group={group} member={member} onClose={onClose} />
    </Modal>
  );
}

function MemberForm({ group, member, onClose }: Omit<Props, 'open'>) {
  const [form] = Form.useForm<Values>();
  const add = useAddMember(group.id);
  const update = useUpdateMember(group.id);
  const feedback = useFeedback();
  const { asOf } = useAsOf();

  function submit(v: Values) {
    const dates = { validFrom: toIso(v.validFrom) ?? undefined, validTo: toIso(v.validTo) ?? undefined };
    const handlers = {
      onSuccess: () => {
        feedback.success(member ? 'Đã cập nhật thành viên.' : 'Đã thêm thành viên.');
        onClose();
      },
      onError: (err: unknown) => feedback.error(err, { form }),
    };
    if (member) update.mutate({ memberId: member.id, role: v.role, ...dates }, handlers);
    else add.mutate({ unitId: v.unitId, role: v.role, ...dates }, handlers);
  }

  const initial: Partial<Values> = member
    ? { role: member.role, validFrom: fromIso(member.validFrom), validTo: fromIso(member.validTo) }
    : { role: 'thanh_vien' };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={initial}>
      {!member && (
        <Form.Item label="Đơn vị" name="unitId" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
          <UnitSearchSelect asOf={asOf} />
        </Form.Item>
      )}
      <Form.Item label="Vai trò" name="role" rules={[{ required: true, message: 'Chọn vai trò.' }]}>
        <Select options={ROLE_OPTIONS} />
      </Form.Item>
      <PeriodFields />
      {!member && (
        <p style={{ color: '#8c8c8c', marginTop: -8 }}>
          Để trống ngày để dùng thời gian hiệu lực của cụm/khối ({validityText(group.validFrom, group.validTo)}).
        </p>
      )}
      <FormActions onCancel={onClose} loading={add.isPending || update.isPending} submitText={member ? 'Lưu' : 'Thêm'} />
    </Form>
  );
}
