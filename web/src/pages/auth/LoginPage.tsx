import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { login, meKey, useMe } from '../../api/auth';
import { toApiError } from '../../api/client';

interface LoginForm {
  username: string;
  password: string;
}

function redirectTarget(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/dang-nhap') ? from : '/';
}

export function LoginPage() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<LoginForm>();
  const target = redirectTarget(location.state);

  const mutation = useMutation({
    mutationFn: (v: LoginForm) => login(v.username.trim(), v.password),
    onSuccess: (user) => {
      qc.clear();
      qc.setQueryData(meKey, user);
      navigate(user.mustChangePassword ? '/doi-mat-khau' : target, { replace: true });
    },
    onError: (err) => {
      const e = toApiError(err);
      if (e.details.length) form.setFields(e.details.map((d) => ({ name: d.path as keyof LoginForm, errors: [d.message] })));
    },
  });

  if (me.data && !mutation.isPending) return <Navigate to={me.data.mustChangePassword ? '/doi-mat-khau' : target} replace />;

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5', padding: 16 }}>
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <Typography.Title level={3} style={{ textAlign: 'center', color: '#b71c1c', marginBottom: 4 }}>
          Thi đua - Khen thưởng
        </Typography.Title>
        <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 0 }}>
          Đăng nhập
        </Typography.Title>
        {mutation.isError && (
          <Alert type="error" showIcon title={toApiError(mutation.error).message} style={{ marginBottom: 16 }} role="alert" />
        )}
        <Form<LoginForm> form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)} requiredMark={false}>
          <Form.Item
            label="Tên đăng nhập"
            name="username"
            rules={[{ required: true, whitespace: true, message: 'Nhập tên đăng nhập.' }]}
          >
            <Input name="username" prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Nhập mật khẩu.' }]}>
            <Input.Password name="password" prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
            Đăng nhập
          </Button>
        </Form>
      </Card>
    </main>
  );
}
