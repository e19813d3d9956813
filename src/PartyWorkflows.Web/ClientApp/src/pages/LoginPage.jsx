import { useState } from 'preact/hooks';
import { L, culture, setCulture } from '../i18n.js';
import { signIn } from '../session.js';

export function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch {
      setError(L('Sai địa chỉ thư điện tử hoặc mật khẩu.', 'Wrong e-mail address or password.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="login">
      <form class="card" onSubmit={submit}>
        <h1>{L('Quy trình công tác đảng viên', 'Party member workflows')}</h1>
        <p class="muted">{L('Đăng nhập bằng tài khoản được cấp.', 'Sign in with the account you were given.')}</p>
        <label>{L('Thư điện tử', 'E-mail')}
          <input name="email" type="email" autocomplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <label>{L('Mật khẩu', 'Password')}
          <input name="password" type="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {error && <div class="error" role="alert">{error}</div>}
        <button type="submit" class="primary" disabled={busy}>{L('Đăng nhập', 'Sign in')}</button>
        <button type="button" class="link" onClick={() => setCulture(culture.get() === 'vi' ? 'en' : 'vi')}>{L('English', 'Tiếng Việt')}</button>
      </form>
    </div>
  );
}
