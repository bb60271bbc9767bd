import { Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { Role } from '../../../../src/access/roles';
import type { UserDetail } from '../../../../src/shared/api/accounts';
import { searchKey } from '../../../../src/shared/vi-text';
import { useAddAssignment, useRoles } from '../../api/accounts';
import { useGroups } from '../../api/groups';
import { FormActions } from '../../components/FormActions';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { useAsOf } from '../../lib/asOf';
import { toIso } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';
import { PeriodFields } from '../../components/PeriodFields';

interface Values {
  role: Role;
  orgUnitId: string;
  groupId?: string | null;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
}

/** Gives a user a role over a unit (and optionally only within one cụm/khối) for a period. */
export function AssignmentModal({ user, open, onClose }: { user: UserDetail; open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title={`Giao vai trò cho ${user.fullName}`} footer={null} onCancel={onClose} destroyOnHidden width={620}>
      <AssignmentForm user={user} onClose={onClose} />
    </Modal>
  );
}

function AssignmentForm({ user, onClose }: { user: UserDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const roles = useRoles();
  const groups = useGroups({});
  const add = useAddAssignment(user.id);
  const feedback = useFeedback();
  const { asOf } = useAsOf();

  const groupOptions = useMemo(
    () => (groups.data ?? []).map((g) => ({ value: g.id, label: `${g.name} (${g.year})`, key: searchKey(`${g.name} ${g.year}`) })),
    [groups.data],
  );

  function submit(v: Values) {
    add.mutate(
      {
        role: v.role,
        orgUnitId: v.orgUnitId,
        groupId: v.groupId ?? null,
        validFrom: toIso(v.validFrom),
        validTo: toIso(v.validTo),
      },
      {
        onSuccess: () => {
          feedback.success('Đã giao vai trò.');
          onClose();
        },
        onError: (err) => feedback.error(err, { form }),
      },
    );
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ orgUnitId: user.homeUnit.id }}>
      <Form.Item label="Vai trò" name="role" rules={[{ required: true, message: 'Chọn vai trò.' }]}>
        <Select
          loading={roles.isPending}
          placeholder="Chọn vai trò"
          options={(roles.data ?? []).map((r) => ({ value: r.id, label: r.label }))}
          notFoundContent={roles.isError ? roles.error.message : undefined}
        />
      </Form.Item>
      <Form.Item
        label="Phạm vi: đơn vị"
        name="orgUnitId"
        extra="Vai trò có hiệu lực với đơn vị này và các đơn vị trực thuộc."
        rules={[{ required: true, message: 'Chọn đơn vị.' }]}
      >
        <UnitSearchSelect asOf={asOf} initial={user.homeUnit} />
      </Form.Item>
      <Form.Item label="Giới hạn trong cụm/khối (không bắt buộc)" name="groupId">
        <Select
          allowClear
          loading={groups.isPending}
          placeholder="Chọn cụm/khối thi đua"
          options={groupOptions}
          showSearch={{ filterOption: (input, o) => !!o && o.key.includes(searchKey(input)) }}
          notFoundContent={groups.isError ? groups.error.message : 'Không có cụm/khối phù hợp'}
        />
      </Form.Item>
      <PeriodFields toExtra="Để trống nếu không thời hạn." />
      <FormActions onCancel={onClose} loading={add.isPending} submitText="Giao vai trò" />
    </Form>
  );
}
