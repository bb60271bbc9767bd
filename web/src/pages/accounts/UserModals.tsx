import { Form, Input, Modal, Switch } from 'antd';
import { useNavigate } from 'react-router';
import { PASSWORD_MIN_LENGTH, type UserDetail } from '../../../../src/shared/api/accounts';
import { useCreateUser, useResetPassword, useUpdateUser } from '../../api/accounts';
import { FormActions } from '../../components/FormActions';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { useAsOf } from '../../lib/asOf';
import { useFeedback } from '../../lib/feedback';

const passwordRules = [
  { required: true, message: 'Nhập mật khẩu.' },
  { min: PASSWORD_MIN_LENGTH, message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.` },
];

interface CreateValues {
  username: string;
  fullName: string;
  email?: string;
  homeUnitId: string;
  password: string;
}

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title="Thêm tài khoản" footer={null} onCancel={onClose} destroyOnHidden width={600}>
      <CreateUserForm onClose={onClose} />
    </Modal>
  );
}

function CreateUserForm({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateUser();
  const feedback = useFeedback();
  const { asOf, withAsOf } = useAsOf();
  const navigate = useNavigate();

  function submit(v: CreateValues) {
    create.mutate(
      { username: v.username.trim(), fullName: v.fullName.trim(), email: v.email?.trim() || null, homeUnitId: v.homeUnitId, password: v.password },
      {
        onSuccess: (u) => {
          feedback.success(`Đã tạo tài khoản ${u.username}.`);
          onClose();
          navigate(withAsOf(`/tai-khoan/${u.id}`));
        },
        onError: (err) => feedback.error(err, { form }),
      },
    );
  }

  return (
    <Form<CreateValues> form={form} layout="vertical" onFinish={submit} autoComplete="off">
      <Form.Item
        label="Tên đăng nhập"
        name="username"
        extra="Chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang (3–60 ký tự)."
        rules={[
          { required: true, message: 'Nhập tên đăng nhập.' },
          { pattern: /^[a-zA-Z0-9._-]{3,60}$/, message: 'Tên đăng nhập không hợp lệ.' },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên.' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="Thư điện tử" name="email" rules={[{ type: 'email', message: 'Địa chỉ thư điện tử không hợp lệ.' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="Đơn vị công tác" name="homeUnitId" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
        <UnitSearchSelect asOf={asOf} />
      </Form.Item>
      <Form.Item label="Mật khẩu ban đầu" name="password" rules={passwordRules}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <FormActions onCancel={onClose} loading={create.isPending} submitText="Tạo tài khoản" />
    </Form>
  );
}

interface EditValues {
  fullName: string;
  email?: string;
  homeUnitId: string;
  active: boolean;
}

export function EditUserModal(props: { user: UserDetail; onReload: () => void; open: boolean; onClose: () => void }) {
  return (
    <Modal open={props.open} title={`Sửa tài khoản ${props.user.username}`} footer={null} onCancel={props.onClose} destroyOnHidden width={600}>
      <EditUserForm key={props.user.version} {...props} />
    </Modal>
  );
}

function EditUserForm({ user, onReload, onClose }: { user: UserDetail; onReload: () => void; onClose: () => void }) {
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateUser(user.id);
  const feedback = useFeedback();
  const { asOf } = useAsOf();

  function submit(v: EditValues) {
    update.mutate(
      { version: user.version, fullName: v.fullName.trim(), email: v.email?.trim() || null, homeUnitId: v.homeUnitId, active: v.active },
      {
        onSuccess: () => {
          feedback.success('Đã lưu thay đổi.');
          onClose();
        },
        onError: (err) => feedback.error(err, { form, onReload }),
      },
    );
  }

  const initial: EditValues = { fullName: user.fullName, email: user.email ?? undefined, homeUnitId: user.homeUnit.id, active: user.active };
  return (
    <Form<EditValues> form={form} layout="vertical" onFinish={submit} initialValues={initial}>
      <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên.' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="Thư điện tử" name="email" rules={[{ type: 'email', message: 'Địa chỉ thư điện tử không hợp lệ.' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="Đơn vị công tác" name="homeUnitId" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
        <UnitSearchSelect asOf={asOf} initial={user.homeUnit} />
      </Form.Item>
      <Form.Item label="Đang hoạt động" name="active" valuePropName="checked" extra="Tắt để khóa tài khoản (không đăng nhập được).">
        <Switch />
      </Form.Item>
      <FormActions onCancel={onClose} loading={update.isPending} />
    </Form>
  );
}

export function ResetPasswordModal({ user, open, onClose }: { user: UserDetail; open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title={`Đặt lại mật khẩu cho ${user.username}`} footer={null} onCancel={onClose} destroyOnHidden>
      <ResetPasswordForm user={user} onClose={onClose} />
    </Modal>
  );
}

function ResetPasswordForm({ user, onClose }: { user: UserDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useResetPassword(user.id);
  const feedback = useFeedback();
  return (
    <Form
      form={form}
      layout="vertical"
      autoComplete="off"
      onFinish={(v: { newPassword: string }) =>
        reset.mutate(v.newPassword, {
          onSuccess: () => {
            feedback.success('Đã đặt lại mật khẩu.');
            onClose();
          },
          onError: (err) => feedback.error(err, { form }),
        })
      }
    >
      <Form.Item label="Mật khẩu mới" name="newPassword" rules={passwordRules}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <FormActions onCancel={onClose} loading={reset.isPending} submitText="Đặt lại mật khẩu" />
    </Form>
  );
}
