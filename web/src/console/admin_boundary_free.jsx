// Admin: the province's list of procedures received regardless of administrative boundaries
// (Decree 118/2025, "Danh mục TTHC tiếp nhận không phụ thuộc địa giới hành chính"), kept by
// the province's admins: the list by procedure code (paged by the server's cursor), a
// procedure added by its code with the decision that published it, its basis edited, an entry
// removed, and each entry's history (GET/PUT/DELETE /api/v1/admin/boundary-free...).
import { useEffect, useState } from 'preact/hooks';
import { deleteJson, getJson, putJson, withQuery } from '../lib/api.js';
import { formatDateTime } from '../lib/format.js';
import { described, FieldError, splitError } from './admin_common.jsx';

const API = '/api/v1/admin/boundary-free';
const PAGE_SIZE = 20;
const HISTORY_PAGE = 20;
// A national procedure code, such as 1.009671 or 2.000748.000.00.00.H12.
const CODE_SHAPE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;

const one = (code) => `${API}/${encodeURIComponent(code)}`;

function editLabel(e) {
  if (e.action === 'seed') return 'Nạp từ danh mục đi kèm chương trình';
  if (e.action === 'delete') return 'Xoá khỏi danh mục';
  if (e.action === 'put') return e.old ? 'Sửa căn cứ' : 'Thêm vào danh mục';
  return 'Thay đổi';
}
const basisOf = (body) => (body && typeof body === 'object' ? body.basis ?? '' : '');

// One entry's history, oldest first, paged by offset ("Xem thêm").
function EntryHistory({ code, reload, onClose }) {
  const [items, setItems] = useState([]);
  const [more, setMore] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const load = async (offset, signal) => {
    const r = await getJson(withQuery(`${one(code)}/history`, { limit: HISTORY_PAGE, offset }), signal);
    setItems((old) => (offset === 0 ? r.items : [...old, ...r.items]));
    setMore(r.items.length === HISTORY_PAGE);
    setLoaded(true);
  };
  useEffect(() => {
    const ctl = new AbortController();
    setError(''); setLoaded(false); setItems([]);
    load(0, ctl.signal).catch((e) => { if (e.name !== 'AbortError') setError(e.message); });
    return () => ctl.abort();
  }, [code, reload]);
  const onMore = async () => {
    setBusy(true); setError('');
    try {
      await load(items.length);
    } catch (e) {
      setError(e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card bf-history" aria-labelledby="h-bf-history">
      <h2 id="h-bf-history" tabIndex={-1}>Lịch sử thay đổi của thủ tục {code}</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {!loaded && !error && <p role="status">Đang tải lịch sử…</p>}
      {loaded && items.length === 0 && <p>Chưa có thay đổi nào được ghi nhận.</p>}
      {items.length > 0 && (
        <ol class="history">
          {items.map((e) => {
            const was = basisOf(e.old);
            const now = basisOf(e.new);
            return (
              <li key={e.version}>
                <strong>Phiên bản {e.version}</strong>: {editLabel(e)}, bởi {e.edited_by},{' '}
                <time dateTime={e.edited_at}>{formatDateTime(e.edited_at)}</time>
                {e.action === 'delete'
                  ? was && <p>Căn cứ trước khi xoá: {was}</p>
                  : <>
                    {was && was !== now && <p>Căn cứ cũ: {was}</p>}
                    {now && <p>Căn cứ{was && was !== now ? ' mới' : ''}: {now}</p>}
                  </>}
              </li>
            );
          })}
        </ol>
      )}
      <div class="actions">
        {more && <button type="button" class="secondary" disabled={busy} onClick={onMore}>{busy ? 'Đang tải…' : 'Xem thêm'}</button>}
        <button type="button" class="secondary" onClick={onClose}>Đóng lịch sử</button>
      </div>
    </section>
  );
}

// Adds a procedure by its code, or (with `editing`) changes an entry's basis. The form checks
// what it can; the server's 400 names the input at fault.
function EntryForm({ editing, listed, onSaved, onCancel }) {
  const [code, setCode] = useState('');
  const [basis, setBasis] = useState('');
  const [errors, setErrors] = useState({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setErrors({}); setError('');
    setCode(editing?.procedure_code ?? '');
    setBasis(editing?.basis ?? '');
    if (editing) requestAnimationFrame(() => document.getElementById('bf-basis')?.focus());
  }, [editing]);

  const focusOn = (field) => requestAnimationFrame(() =>
    document.getElementById(field === 'basis' ? 'bf-basis' : 'bf-code')?.focus());
  const onSubmit = async (e) => {
    e.preventDefault();
    const c = code.trim();
    const b = basis.trim();
    const found = {};
    if (!c) found.procedure_code = 'Nhập mã thủ tục hành chính, ví dụ 1.009671.';
    else if (!CODE_SHAPE.test(c)) found.procedure_code = 'Mã thủ tục chỉ gồm chữ, số và dấu chấm, ví dụ 1.009671.';
    else if (!editing && listed(c)) found.procedure_code = `Thủ tục ${c} đã có trong danh mục; chọn "Sửa căn cứ" ở dòng của thủ tục.`;
    if (!b) found.basis = 'Nhập căn cứ: quyết định công bố danh mục.';
    else if (new TextEncoder().encode(b).length > 1000) found.basis = 'Căn cứ dài tối đa 1000 ký tự.';
    setErrors(found); setError('');
    if (Object.keys(found).length) {
      focusOn(found.procedure_code ? 'procedure_code' : 'basis');
      return;
    }
    setBusy(true);
    try {
      const saved = await putJson(one(c), { basis: b });
      onSaved(saved, !editing);
      if (!editing) { setCode(''); setBasis(''); }
    } catch (x) {
      const { field, message } = splitError(x);
      if (field === 'procedure_code' || field === 'basis') {
        setErrors({ [field]: message });
        focusOn(field);
      } else {
        setError(message);
      }
    } finally {
      setBusy(false);
    }
  };

  const title = editing ? `Sửa căn cứ của thủ tục ${editing.procedure_code}` : 'Thêm thủ tục vào danh mục';
  return (
    <section class="card" aria-labelledby="h-bf-form">
      <h2 id="h-bf-form">{title}</h2>
      {editing && <p>{editing.procedure_name}</p>}
      <form class="settings-form bf-form" onSubmit={onSubmit} noValidate>
        <div class="field">
          <label for="bf-code">Mã thủ tục hành chính</label>
          <input id="bf-code" value={code} readOnly={!!editing} spellcheck={false} autocomplete="off"
            aria-invalid={errors.procedure_code ? 'true' : undefined}
            aria-describedby={described('bf-code', errors.procedure_code, true)}
            onInput={(e) => setCode(e.currentTarget.value)} />
          <small id="bf-code-hint" class="hint">
            {editing ? 'Không đổi được mã; muốn đổi thủ tục, xoá dòng này rồi thêm thủ tục khác.'
              : 'Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.009671.'}
          </small>
          <FieldError id="bf-code" error={errors.procedure_code} />
        </div>
        <div class="field">
          <label for="bf-basis">Căn cứ (quyết định công bố danh mục)</label>
          <textarea id="bf-basis" rows="3" value={basis}
            aria-invalid={errors.basis ? 'true' : undefined}
            aria-describedby={described('bf-basis', errors.basis, true)}
            onInput={(e) => setBasis(e.currentTarget.value)} />
          <small id="bf-basis-hint" class="hint">Ví dụ: Quyết định số …/QĐ-UBND ngày … của Chủ tịch UBND tỉnh; tối đa 1000 ký tự.</small>
          <FieldError id="bf-basis" error={errors.basis} />
        </div>
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="submit" disabled={busy}>{busy ? 'Đang lưu…' : editing ? 'Lưu căn cứ' : 'Thêm vào danh mục'}</button>
          {editing && <button type="button" class="secondary" onClick={onCancel}>Huỷ sửa</button>}
        </div>
      </form>
    </section>
  );
}

export function AdminBoundaryFree() {
  const [items, setItems] = useState([]);
  const [province, setProvince] = useState('');
  const [next, setNext] = useState(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState('');
  const [moreError, setMoreError] = useState('');
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(null);
  const [historyOf, setHistoryOf] = useState('');
  const [reload, setReload] = useState(0);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    const ctl = new AbortController();
    getJson(withQuery(API, { limit: PAGE_SIZE }), ctl.signal).then((r) => {
      setItems(r.items); setNext(r.next_cursor); setProvince(r.province_code); setLoaded(true);
    }).catch((e) => { if (e.name !== 'AbortError') setError(e.message); });
    return () => ctl.abort();
  }, []);

  const onMore = async () => {
    setBusy(true); setMoreError('');
    const first = items.length;
    try {
      const r = await getJson(withQuery(API, { limit: PAGE_SIZE, cursor: next }));
      setItems((old) => [...old, ...r.items]);
      setNext(r.next_cursor);
      requestAnimationFrame(() => document.getElementById(`bf-row-${first}`)?.focus());
    } catch (e) {
      setMoreError(e.message);
    } finally {
      setBusy(false);
    }
  };

  const showHistory = (code) => {
    setHistoryOf(code);
    setReload((n) => n + 1);
    requestAnimationFrame(() => document.getElementById('h-bf-history')?.focus());
  };
  // The list is in code order, as the server pages it; an entry past the rows loaded so far
  // comes with "Xem thêm".
  const onSaved = (entry, added) => {
    setItems((old) => {
      const rest = old.filter((e) => e.procedure_code !== entry.procedure_code);
      const last = old[old.length - 1]?.procedure_code;
      if (!added || !next || (last && entry.procedure_code <= last)) rest.push(entry);
      return rest.sort((a, b) => (a.procedure_code < b.procedure_code ? -1 : a.procedure_code > b.procedure_code ? 1 : 0));
    });
    setSaved(added
      ? `Đã thêm thủ tục ${entry.procedure_code} (${entry.procedure_name}) vào danh mục.`
      : `Đã lưu căn cứ của thủ tục ${entry.procedure_code} (phiên bản ${entry.version}).`);
    setEditing(null);
    showHistory(entry.procedure_code);
  };
  const onEdit = (entry) => { setSaved(''); setEditing(entry); };
  const onDelete = async (entry) => {
    if (!confirm(`Xoá thủ tục ${entry.procedure_code} khỏi danh mục? Thao tác được ghi vào lịch sử.`)) return;
    setSaved(''); setError('');
    try {
      await deleteJson(one(entry.procedure_code));
      setItems((old) => old.filter((e) => e.procedure_code !== entry.procedure_code));
      if (editing?.procedure_code === entry.procedure_code) setEditing(null);
      setSaved(`Đã xoá thủ tục ${entry.procedure_code} khỏi danh mục.`);
      showHistory(entry.procedure_code);
    } catch (e) {
      setError(e.message);
    }
  };
  const listed = (code) => items.some((e) => e.procedure_code === code);

  return (
    <section class="admin" aria-labelledby="h-admin">
      <h1 id="h-admin">Danh mục thủ tục hành chính tiếp nhận không phụ thuộc địa giới hành chính</h1>
      <p class="hint">Theo Nghị định 118/2025/NĐ-CP: hồ sơ của các thủ tục trong danh mục được tiếp nhận tại bất kỳ bộ phận một cửa
        nào trong tỉnh. Mỗi thay đổi được ghi vào lịch sử.</p>
      {error && <p class="error" role="alert">{error}</p>}
      {!loaded && !error && <p role="status">Đang tải danh mục…</p>}
      {loaded && (
        <>
          {saved && <p class="notice notice-ok" role="status">{saved}</p>}
          <EntryForm editing={editing} listed={listed} onSaved={onSaved} onCancel={() => setEditing(null)} />
          <h2 id="h-bf-list">Danh mục của tỉnh {province}</h2>
          <p class="count" role="status">
            {items.length === 0 ? 'Danh mục chưa có thủ tục nào.' : `Đang hiển thị ${items.length} thủ tục${next ? ' (còn nữa)' : ''}.`}
          </p>
          {items.length > 0 && (
            <div class="table-wrap">
              <table class="queue bf-table">
                <caption class="sr-only">Danh mục thủ tục tiếp nhận không phụ thuộc địa giới hành chính</caption>
                <thead>
                  <tr>
                    <th scope="col">Mã thủ tục</th>
                    <th scope="col">Tên thủ tục</th>
                    <th scope="col">Căn cứ</th>
                    <th scope="col">Cập nhật</th>
                    <th scope="col">Thao tác</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((e, i) => (
                    <tr key={e.procedure_code}>
                      <th scope="row" data-label="Mã thủ tục" class="code">
                        <span id={`bf-row-${i}`} tabIndex={-1}>{e.procedure_code}</span>
                      </th>
                      <td data-label="Tên thủ tục">{e.procedure_name}</td>
                      <td data-label="Căn cứ">{e.basis}</td>
                      <td data-label="Cập nhật">
                        Phiên bản {e.version}, {e.updated_by},{' '}
                        <time dateTime={e.updated_at}>{formatDateTime(e.updated_at)}</time>
                      </td>
                      <td data-label="Thao tác">
                        <div class="actions bf-actions">
                          <button type="button" class="secondary" onClick={() => onEdit(e)}
                            aria-label={`Sửa căn cứ của thủ tục ${e.procedure_code}`}>Sửa căn cứ</button>
                          <button type="button" class="secondary" onClick={() => showHistory(e.procedure_code)}
                            aria-label={`Lịch sử của thủ tục ${e.procedure_code}`}>Lịch sử</button>
                          <button type="button" class="danger" onClick={() => onDelete(e)}
                            aria-label={`Xoá thủ tục ${e.procedure_code} khỏi danh mục`}>Xoá</button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {moreError && <p class="error" role="alert">{moreError}</p>}
          {next && (
            <div class="pager">
              <button type="button" class="secondary" disabled={busy} onClick={onMore}>{busy ? 'Đang tải…' : 'Xem thêm'}</button>
            </div>
          )}
          {historyOf && <EntryHistory code={historyOf} reload={reload} onClose={() => setHistoryOf('')} />}
        </>
      )}
    </section>
  );
}
