// Online submissions in the console (issue 11): the desk's queue at /can-bo/nop-truc-tuyen
// (dossiers submitted on the portal, oldest first), and on a dossier's page its uploaded files
// and the desk's answer: accept it (received now; the appointment counts from now) or Form 02 /
// Form 03 through the reception notices, which closes it not received.
import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson, postJson, withQuery } from '../lib/api.js';
import { formatDateTime } from '../lib/format.js';
import { spaClick } from '../lib/router.js';
import { NoticeChoice, NOTICE_TITLE } from './reception_notice.jsx';

const enc = encodeURIComponent;
const TYPE = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

export function SubmittedQueue() {
  const [cursors, setCursors] = useState(['']);
  const [page, setPage] = useState(null);
  const [error, setError] = useState('');
  const cursor = cursors[cursors.length - 1];
  useEffect(() => {
    const ctl = new AbortController();
    getJson(withQuery('/api/v1/online-submissions', { limit: 20, cursor }), ctl.signal)
      .then(setPage).catch((e) => { if (e.name !== 'AbortError') setError(e.message); });
    return () => ctl.abort();
  }, [cursor]);
  return (
    <section aria-labelledby="h-online">
      <h1 id="h-online">Hồ sơ nộp trực tuyến chờ tiếp nhận</h1>
      <p class="hint">Hồ sơ công dân nộp qua cổng dịch vụ công tới cơ quan mình, nộp sớm nhất ở trên. Mở hồ sơ để xem tệp đính kèm rồi tiếp nhận, hướng dẫn bổ sung hoặc từ chối tiếp nhận.</p>
      {error && <p class="error" role="alert">{error}</p>}
      {!page && !error && <p role="status">Đang tải danh sách…</p>}
      {page && page.items.length === 0 && <p role="status">Không có hồ sơ nộp trực tuyến nào đang chờ tiếp nhận.</p>}
      {page && page.items.length > 0 && (
        <ul class="submitted">
          {page.items.map((d) => (
            <li key={d.code} class="submitted-item">
              <a href={`/can-bo/ho-so/${enc(d.code)}`} onClick={spaClick}><span class="code">{d.code}</span></a>
              <span>{d.procedure_name}</span>
              <span>Người nộp: {d.applicant.full_name}</span>
              <span class="hint">Nộp lúc {formatDateTime(d.submitted_at)}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="actions">
        {cursors.length > 1 && <button type="button" class="secondary" onClick={() => setCursors(cursors.slice(0, -1))}>Trang trước</button>}
        {page?.next_cursor && <button type="button" class="secondary" onClick={() => setCursors([...cursors, page.next_cursor])}>Trang sau</button>}
      </p>
    </section>
  );
}

export function Uploads({ code }) {
  const [items, setItems] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    getJson(`/api/v1/dossiers/${enc(code)}/uploads`).then((r) => setItems(r.items)).catch((e) => setError(e.message));
  }, [code]);
  return (
    <section aria-labelledby="h-uploads">
      <h2 id="h-uploads">Tệp đính kèm nộp trực tuyến</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {items && items.length === 0 && <p>Không có tệp đính kèm.</p>}
      {items && items.length > 0 && (
        <ul class="docs uploads">
          {items.map((u) => (
            <li key={u.position}>
              <a href={u.url} target="_blank" rel="noopener">{u.file_name || `Tệp ${u.position}`}</a>
              {' '}<span class="hint">— {TYPE[u.media_type] ?? u.media_type}, {(u.size / 1024).toFixed(0)} KB · {u.document_name}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// The desk's answer to a submission still waiting: accept it, or Form 02 / Form 03.
export function OnlineAnswer({ code, onDone }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState(null);
  const ref = useRef(null);
  useEffect(() => { if (notice) ref.current?.focus(); }, [notice]);
  const accept = async () => {
    setBusy(true);
    setError('');
    try {
      await postJson(`/api/v1/online-submissions/${enc(code)}/accept`, {});
      onDone('accept_online');
    } catch (e) {
      setError(e.message);
    } finally {
      setBusy(false);
    }
  };
  if (notice)
    return (
      <section class="notice notice-ok" aria-labelledby="h-online-notice">
        <h2 id="h-online-notice" tabIndex={-1} ref={ref}>Đã lập {NOTICE_TITLE[notice.kind]}</h2>
        <p>Số {notice.number}/TBTN. Hồ sơ không được tiếp nhận.</p>
        <p><a class="button" href={notice.pdf_url} target="_blank" rel="noopener">In {NOTICE_TITLE[notice.kind]}</a></p>
      </section>
    );
  return (
    <section class="card" aria-labelledby="h-online-answer">
      <h2 id="h-online-answer">Kiểm tra hồ sơ nộp trực tuyến</h2>
      <p>Hồ sơ đầy đủ, hợp lệ: tiếp nhận để bắt đầu tính thời hạn giải quyết từ bây giờ.</p>
      <p class="actions">
        <button type="button" disabled={busy} onClick={accept}>{busy ? 'Đang tiếp nhận…' : 'Tiếp nhận hồ sơ'}</button>
      </p>
      {error && <p class="error" role="alert">{error}</p>}
      <NoticeChoice missing={[]} request={() => ({ dossier_code: code })}
        onIssued={(n) => { setNotice(n); onDone(null); }} />
    </section>
  );
}
