// Who read this dossier in full (GET /api/v1/dossiers/{code}/reads; PDP Law 91/2025): shown on
// the dossier page to admins and inspectors, the newest first, more on request. The server
// records every full read, this page's own included, and refuses the list to other roles.
import { useEffect, useState } from 'preact/hooks';
import { getJson } from '../lib/api.js';
import { formatDateTime } from '../lib/format.js';

export const READ_LOG_ROLES = ['admin', 'inspector'];
const PAGE_SIZE = 20;

const PURPOSE = {
  view: 'Xem hồ sơ',
  history: 'Xem lịch sử',
  receipt: 'Mở giấy tiếp nhận',
  workflow: 'Xử lý hồ sơ',
};

export function ReadLog({ code }) {
  const [items, setItems] = useState([]);
  const [next, setNext] = useState(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(true);

  const load = async (offset, signal) => {
    setBusy(true);
    try {
      const r = await getJson(`/api/v1/dossiers/${encodeURIComponent(code)}/reads?limit=${PAGE_SIZE}&offset=${offset}`, signal);
      setItems((old) => (offset === 0 ? r.items : [...old, ...r.items]));
      setNext(r.next_offset);
      setError('');
    } catch (e) {
      if (e.name !== 'AbortError') setError(e.message);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    const ctl = new AbortController();
    load(0, ctl.signal);
    return () => ctl.abort();
  }, [code]);

  return (
    <section aria-labelledby="h-reads">
      <h2 id="h-reads">Lượt xem hồ sơ</h2>
      <p class="hint">Mỗi lần cán bộ mở toàn bộ hồ sơ đều được ghi lại: ai, lúc nào, để làm gì, từ máy nào.</p>
      {error && <p class="error" role="alert">{error}</p>}
      <ol class="history read-log">
        {items.map((r, i) => (
          <li key={`${r.at}-${r.username}-${i}`}>
            <time datetime={r.at}>{formatDateTime(r.at)}</time>{' '}
            <strong>{r.username}</strong> — {PURPOSE[r.purpose] ?? r.purpose}
            {r.address && <span class="hint"> (máy {r.address})</span>}
          </li>
        ))}
      </ol>
      {busy && <p role="status">Đang tải…</p>}
      {next !== null && !busy && (
        <button type="button" class="secondary" onClick={() => load(next)}>Xem thêm</button>
      )}
    </section>
  );
}
