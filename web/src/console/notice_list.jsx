// The reception notices the officer's agency (and those below it) issued at the desk: Form 02
// (guidance to supplement) and Form 03 (refusal to receive), by issue time, filtered by kind and
// dates, paged by the server's cursor, each with its PDF (GET /api/v1/reception-notices).
import { useEffect, useState } from 'preact/hooks';
import { getJson, withQuery } from '../lib/api.js';
import { formatDateTime } from '../lib/format.js';
import { FORM_TITLE } from '../lib/labels.js';
import { DATE_HINT, isoDate } from './admin_common.jsx';

const PAGE_SIZE = 20;
const KIND = { supplement: 'Mẫu 02: yêu cầu bổ sung', refusal: 'Mẫu 03: từ chối tiếp nhận' };

export function NoticeList() {
  const [filter, setFilter] = useState({ kind: '', from: '', to: '' });
  const [typed, setTyped] = useState(filter);
  const [cursors, setCursors] = useState(['']);
  const [page, setPage] = useState(null);
  const [counts, setCounts] = useState(null);
  const [error, setError] = useState('');
  const index = cursors.length - 1;

  useEffect(() => {
    const ctl = new AbortController();
    setError('');
    getJson(withQuery('/api/v1/reception-notices', { ...filter, limit: PAGE_SIZE, cursor: cursors[index] }), ctl.signal)
      .then((p) => { setPage(p); if (p.counts) setCounts(p.counts); })
      .catch((e) => { if (e.name !== 'AbortError') { setPage(null); setError(e.message); } });
    return () => ctl.abort();
  }, [filter, cursors]);

  const onFilter = (e) => {
    e.preventDefault();
    setCursors(['']);
    setFilter({ kind: typed.kind, from: isoDate(typed.from), to: isoDate(typed.to) });
  };
  const focusTop = () => requestAnimationFrame(() => document.getElementById('h-notices')?.focus());
  const items = page?.items ?? [];

  return (
    <section aria-labelledby="h-notices">
      <h1 id="h-notices" tabIndex={-1}>Phiếu bổ sung, từ chối đã lập</h1>
      <p class="hint">Hồ sơ chưa được tiếp nhận: phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) và phiếu từ chối tiếp nhận (Mẫu 03)
        do bộ phận một cửa của cơ quan lập, theo thời điểm lập.</p>
      <form class="card filter-grid notice-filters" onSubmit={onFilter}>
        <div>
          <label for="nf-kind">Loại phiếu</label>
          <select id="nf-kind" value={typed.kind} onChange={(e) => setTyped({ ...typed, kind: e.currentTarget.value })}>
            <option value="">Tất cả</option>
            <option value="supplement">{KIND.supplement}</option>
            <option value="refusal">{KIND.refusal}</option>
          </select>
        </div>
        <div>
          <label for="nf-from">Từ ngày</label>
          <input id="nf-from" value={typed.from} inputmode="numeric" autocomplete="off"
            aria-describedby="nf-date-hint" onInput={(e) => setTyped({ ...typed, from: e.currentTarget.value })} />
        </div>
        <div>
          <label for="nf-to">Đến ngày</label>
          <input id="nf-to" value={typed.to} inputmode="numeric" autocomplete="off"
            aria-describedby="nf-date-hint" onInput={(e) => setTyped({ ...typed, to: e.currentTarget.value })} />
        </div>
        <div class="filter-submit"><button type="submit">Lọc</button></div>
        <small id="nf-date-hint" class="hint nf-hint">{DATE_HINT} Để trống: không giới hạn.</small>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {!page && !error && <p role="status">Đang tải danh sách phiếu…</p>}
      {page && (
        <p class="count" role="status">
          {counts && `Trong khoảng thời gian: ${counts.total} phiếu (${counts.supplement} yêu cầu bổ sung, ${counts.refusal} từ chối). `}
          {items.length === 0 && index === 0 ? 'Không có phiếu nào phù hợp.' : `Trang ${index + 1}: ${items.length} phiếu.`}
        </p>
      )}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="queue notices-table">
            <caption class="sr-only">Phiếu đã lập, trang {index + 1}</caption>
            <thead>
              <tr>
                <th scope="col">Số phiếu</th>
                <th scope="col">Loại</th>
                <th scope="col">Lập lúc</th>
                <th scope="col">Thủ tục</th>
                <th scope="col">Người nộp</th>
                <th scope="col">Cán bộ lập</th>
                <th scope="col">Bản in</th>
              </tr>
            </thead>
            <tbody>
              {items.map((n) => (
                <tr key={n.id}>
                  <th scope="row" data-label="Số phiếu" class="code">{n.id}</th>
                  <td data-label="Loại">{KIND[n.kind] ?? n.kind}</td>
                  <td data-label="Lập lúc"><time dateTime={n.issued_at}>{formatDateTime(n.issued_at)}</time></td>
                  <td data-label="Thủ tục">{n.procedure_name || n.procedure_code}</td>
                  <td data-label="Người nộp">{n.applicant?.full_name}</td>
                  <td data-label="Cán bộ lập">{n.issuer_name || n.issued_by}</td>
                  <td data-label="Bản in">
                    <a href={n.pdf_url} target="_blank" rel="noopener"
                      aria-label={`${FORM_TITLE[n.form] ?? 'Phiếu'} số ${n.id} (PDF, mở trong thẻ mới)`}>Mẫu {n.form} (PDF)</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(index > 0 || page?.next_cursor) && (
        <nav class="pager" aria-label="Phân trang">
          <button type="button" class="secondary" disabled={index === 0}
            onClick={() => { setCursors(cursors.slice(0, -1)); focusTop(); }}>‹ Trang trước</button>
          <span>Trang {index + 1}</span>
          <button type="button" class="secondary" disabled={!page?.next_cursor}
            onClick={() => { setCursors([...cursors, page.next_cursor]); focusTop(); }}>Trang sau ›</button>
        </nav>
      )}
    </section>
  );
}
