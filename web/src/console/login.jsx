// The officer console's login page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Page, SiteHeader } from '../components/layout.jsx';
import { afterLogin, currentOfficer, logIn } from './session.js';

export function LoginPage({ search }) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const userRef = useRef(null);

  useEffect(() => {
    // Already logged in (another tab): straight to the console.
    currentOfficer().then((me) => { if (me) location.replace(afterLogin(search)); }).catch(() => {});
    userRef.current?.focus();
  }, []);

  const onSubmit = async (e) => {
    e.preventDefault();
    const form = e.currentTarget;
    const username = form.username.value.trim();
    const password = form.password.value;
    if (!username || !password) {
      setError('Vui lòng nhập tên đăng nhập và mật khẩu.');
      (username ? form.password : form.username).focus();
      return;
    }
    setBusy(true);
    setError('');
    try {
      await logIn(username, password);
      location.assign(afterLogin(search));
    } catch (err) {
      setBusy(false);
      setError(err.status === 401 ? 'Sai tên đăng nhập hoặc mật khẩu.' : err.message);
      form.password.value = '';
      form.password.focus();
    }
  };

  return (
    <Page title="Đăng nhập cán bộ" header={<SiteHeader current="/can-bo/" />}>
      <div class="login">
        <h1>Đăng nhập cán bộ</h1>
        <p class="hint">Dành cho cán bộ Bộ phận Một cửa và cơ quan giải quyết thủ tục.</p>
        {new URLSearchParams(search).has('da-dang-xuat-moi-noi') && (
          <p class="notice" role="status">Bạn đã đăng xuất khỏi mọi nơi. Mọi phiên đăng nhập của tài khoản đã kết thúc.</p>
        )}
        <form class="card" method="post" action="/can-bo/dang-nhap" onSubmit={onSubmit} noValidate>
          <label for="username">Tên đăng nhập</label>
          <input id="username" name="username" ref={userRef} autocomplete="username" autocapitalize="none"
            spellcheck={false} required aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'login-error' : undefined} />
          <label for="password">Mật khẩu</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required
            aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'login-error' : undefined} />
          <p id="login-error" class="error" role="alert">{error}</p>
          <button type="submit" disabled={busy}>{busy ? 'Đang đăng nhập…' : 'Đăng nhập'}</button>
        </form>
      </div>
    </Page>
  );
}
