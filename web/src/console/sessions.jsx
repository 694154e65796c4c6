// The officer's own sessions at /can-bo/phien-dang-nhap (GET /api/v1/auth/sessions): where and
// when each logged in and was last active, and one button that ends them all, on every
// computer and phone (POST /api/v1/auth/logout-all) — for a lost phone, a counter PC left
// logged in, a password someone else saw.
import { useEffect, useState } from 'preact/hooks';
import { getJson, postJson, setCsrfToken } from '../lib/api.js';
import { formatDateTime } from '../lib/format.js';

export const SESSIONS_PATH = '/can-bo/phien-dang-nhap';

export function Sessions() {
  const [data, setData] = useState(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const ctl = new AbortController();
    getJson('/api/v1/auth/sessions', ctl.signal)
      .then(setData)
      .catch((e) => { if (e.name !== 'AbortError') setError(e.message); });
    return () => ctl.abort();
  }, []);

  const onEndAll = async () => {
    const n = data.items.length;
    if (!confirm(`Đăng xuất khỏi cả ${n} phiên, kể cả phiên này? Bạn sẽ phải đăng nhập lại.`)) return;
    setBusy(true); setError('');
    try {
      await postJson('/api/v1/auth/logout-all');
      setCsrfToken('');
      location.assign('/can-bo/dang-nhap?da-dang-xuat-moi-noi=1');
    } catch (e) {
      setError(e.message);
      setBusy(false);
    }
  };

  const minutes = data ? Math.round(data.idle_timeout_seconds / 60) : 0;
  return (
    <section class="sessions" aria-labelledby="h-sessions">
      <h1 id="h-sessions">Phiên đăng nhập của tôi</h1>
      {data && (
        <p class="hint">
          Phiên tự kết thúc sau {minutes} phút không thao tác, và sau 12 giờ kể từ khi đăng nhập.
          Nếu thấy phiên lạ, hãy đăng xuất khỏi mọi nơi rồi đổi mật khẩu (liên hệ quản trị viên).
        </p>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {!data && !error && <p role="status">Đang tải…</p>}
      {data && (
        <>
          <h2 id="h-session-list">{data.items.length} phiên đang hoạt động</h2>
          <ul class="session-list" aria-labelledby="h-session-list">
            {data.items.map((s) => (
              <li key={s.id} class="card">
                <p class="session-where">
                  Máy {s.address || 'không rõ địa chỉ'}
                  {s.current && <strong> (phiên này)</strong>}
                </p>
                <dl>
                  <dt>Đăng nhập lúc</dt><dd>{formatDateTime(s.created_at)}</dd>
                  <dt>Hoạt động gần nhất</dt><dd>{formatDateTime(s.last_seen_at)}</dd>
                  <dt>Hết hạn lúc</dt><dd>{formatDateTime(s.expires_at)}</dd>
                </dl>
              </li>
            ))}
          </ul>
          <p>
            <button type="button" class="danger" onClick={onEndAll} disabled={busy}>
              {busy ? 'Đang đăng xuất…' : 'Đăng xuất khỏi mọi nơi'}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
