import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { PASSWORD_MIN_LENGTH } from '../../../../src/shared/api/accounts';
import { changePassword, meKey, useMe } from '../../api/auth';
import { useFeedback } from '../../lib/feedback';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordPage() {
  const { data: me } = useMe();
  const [form] = Form.useForm<PasswordForm>();
  const feedback = useFeedback();
  const qc = useQueryClient();
  const navigate = useNavigate();

  const mutation = useMutation({
    mutationFn: (v: PasswordForm) => changePassword(v.currentPassword, v.newPassword),
    onSuccess: async () => {
      feedback.success('Đã đổi mật khẩu.');
      form.resetFields();
      await qc.invalidateQueries({ queryKey: meKey });
      navigate('/', { replace: true });
    },
    onError: (err) => feedback.error(err, { form }),
  });

  return (
    <Card title="Đổi mật khẩu" style={{ maxWidth: 480 }}>
      {me?.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống."
          description="Mật khẩu hiện tại do quản trị viên cấp hoặc đã được đặt lại."
        />
      )}
      <Form<PasswordForm> form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)}>
        <Form.Item label="Mật khẩu hiện tại" name="currentPassword" rules={[{ required: true, message: 'Nhập mật khẩu hiện tại.' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="Mật khẩu mới"
          name="newPassword"
          extra={`Ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`}
          rules={[
            { required: true, message: 'Nhập mật khẩu mới.' },
            { min: PASSWORD_MIN_LENGTH, message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.` },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="Nhập lại mật khẩu mới"
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: 'Nhập lại mật khẩu mới.' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error('Mật khẩu nhập lại không khớp.')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          Đổi mật khẩu
        </Button>
      </Form>
    </Card>
  );
}
