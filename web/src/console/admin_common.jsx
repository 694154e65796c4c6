// What the admin pages share: their tabs, the edit history of a calendar setting, and the
// server's 400 answer turned into a message beside the input it names.
import { useEffect, useState } from 'preact/hooks';
import { getJson, withQuery } from '../lib/api.js';
import { formatDateTime } from '../lib/format.js';
import { spaClick } from '../lib/router.js';

export const ADMIN_PAGES = [
  ['/can-bo/quan-tri/quy-trinh', 'Quy trình xử lý'],
  ['/can-bo/quan-tri/gio-lam-viec', 'Giờ làm việc'],
  ['/can-bo/quan-tri/ngay-nghi', 'Lịch nghỉ lễ, Tết'],
  ['/can-bo/quan-tri/khong-phu-thuoc-dia-gioi', 'Thủ tục không phụ thuộc địa giới'],
];

export function AdminTabs({ current }) {
  return (
    <nav class="admin-tabs" aria-label="Trang quản trị">
      <ul>
        {ADMIN_PAGES.map(([href, label]) => (
          <li key={href}>
            <a href={href} onClick={spaClick}
              aria-current={current === href ? 'page' : undefined}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// The server names the input at fault (`field`, such as "steps[1].allowance_hours"); a form
// shows the message beside it. Anything else is the form's own error.
export function splitError(e) {
  if (e?.status === 400 && e.field) return { field: e.field, message: e.message };
  return { field: '', message: e?.message ?? '' };
}

// A message under an input, tied to it by aria-describedby (id = `${id}-error`).
export function FieldError({ id, error }) {
  return error ? <small id={`${id}-error`} class="field-error" role="alert">{error}</small> : null;
}

export function described(id, error, hint) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

const EDIT_ACTION = { put: 'Lưu', create: 'Tạo mới', update: 'Sửa', delete: 'Xoá', set: 'Đặt', inherit: 'Kế thừa' };

// GET `path` (a calendar history route): who changed what, when, newest first.
export function EditHistory({ path, reload, summary, title = 'Lịch sử thay đổi' }) {
  const [page, setPage] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const ctl = new AbortController();
    setError('');
    getJson(withQuery(path, { limit: 50 }), ctl.signal).then(setPage).catch((e) => {
      if (e.name !== 'AbortError') setError(e.message);
    });
    return () => ctl.abort();
  }, [path, reload]);
  return (
    <section aria-labelledby="h-history">
      <h2 id="h-history">{title}</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {page && page.items.length === 0 && <p>Chưa có thay đổi nào được ghi nhận.</p>}
      {page && page.items.length > 0 && (
        <ol class="history" reversed>
          {page.items.map((e) => (
            <li key={e.version}>
              <strong>Phiên bản {e.version}</strong>: {EDIT_ACTION[e.action] ?? 'Thay đổi'} bởi {e.edited_by},{' '}
              <time dateTime={e.edited_at}>{formatDateTime(e.edited_at)}</time>
              {summary && <p>{summary(e)}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

// "2026-02-16" → "16/02/2026"
export function formatDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const WEEKDAY_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
export function weekdayOf(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return WEEKDAY_VI[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

export const collator = new Intl.Collator('vi');

// Dates are typed as Vietnamese write them, dd/mm/yyyy (a browser's date input shows its own
// locale's pattern, English on many machines). Text that is no date is sent as typed, so the
// server names the field.
export function isoDate(text) {
  const t = (text ?? '').trim();
  const m = t.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return t;
}
export const DATE_HINT = 'Ngày/tháng/năm, ví dụ 02/09/2026.';
