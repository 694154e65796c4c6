// The officer's queue: the dossiers waiting for them, the nearest step deadline first, with
// overdue and near-due ones marked by colour and by words; paged by the server's cursor.
import { useEffect, useState } from 'preact/hooks';
import { getJson, withQuery } from '../lib/api.js';
import { DOSSIER_STATUS, stepName } from '../lib/labels.js';
import { formatDateTime, formatWorkingMinutes } from '../lib/format.js';
import { spaClick } from '../lib/router.js';

const PAGE_SIZE = 20;

// How urgent an item is, as a class for the colour and words that say the same.
export function urgency(item) {
  if (item.status === 'supplement_requested')
    return { level: 'waiting', text: 'Chờ người nộp bổ sung hồ sơ' };
  if (item.status === 'paused') return { level: 'waiting', text: 'Đang tạm dừng giải quyết' };
  if (item.overdue)
    return { level: 'overdue', text: `Quá hạn ${formatWorkingMinutes(item.overdue_minutes)}` };
  if (item.warning)
    return { level: 'near', text: `Sắp đến hạn: còn ${formatWorkingMinutes(item.remaining_minutes)}` };
  return { level: 'ok', text: `Trong hạn: còn ${formatWorkingMinutes(item.remaining_minutes)}` };
}

// The opinion asked of another agency is late: answered after its deadline, or still awaited
// past it (the server's `consultation_overdue`), said in words beside the colour.
function ConsultationLate({ item }) {
  if (!item.consultation_overdue) return null;
  const c = item.consultation ?? {};
  const who = c.consulted_agency ? ` (cơ quan ${c.consulted_agency})` : '';
  const text = c.answered
    ? `Cơ quan phối hợp trả lời chậm${who}`
    : `Quá hạn trả lời xin ý kiến${who}${c.due_at ? `, hạn ${formatDateTime(c.due_at)}` : ''}`;
  return <><br /><strong class="tag tag-old consultation-late">{text}</strong></>;
}

function Due({ item }) {
  const u = urgency(item);
  return (
    <span class={`due due-${u.level}`}>
      <span class="due-text">{u.text}</span>
      {item.step_due_at && <span class="due-at">Hạn bước: {formatDateTime(item.step_due_at)}</span>}
    </span>
  );
}

export function Queue() {
  // cursors[i] is the cursor of page i + 1 (page 1 has none).
  const [cursors, setCursors] = useState(['']);
  const [page, setPage] = useState(null);
  const [error, setError] = useState('');
  const [reload, setReload] = useState(0);
  const index = cursors.length - 1;

  useEffect(() => {
    const ctl = new AbortController();
    setError('');
    getJson(withQuery('/api/v1/me/queue', { limit: PAGE_SIZE, cursor: cursors[index] }), ctl.signal)
      .then(setPage)
      .catch((e) => {
        if (e.name === 'AbortError') return;
        if (e.status === 401) location.assign(`/can-bo/dang-nhap?tiep=${encodeURIComponent(location.pathname)}`);
        else setError(e.message);
      });
    return () => ctl.abort();
  }, [cursors, reload]);

  const items = page?.items ?? [];
  const counts = items.reduce((c, i) => { c[urgency(i).level]++; return c; }, { overdue: 0, near: 0, ok: 0, waiting: 0 });
  const focusTable = () => requestAnimationFrame(() => document.getElementById('h-queue')?.focus());

  return (
    <section aria-labelledby="h-queue">
      <div class="queue-head">
        <h1 id="h-queue" tabIndex={-1}>Hồ sơ cần xử lý</h1>
        <button type="button" class="secondary" onClick={() => setReload((n) => n + 1)}>Làm mới</button>
      </div>
      <p class="hint">Sắp xếp theo hạn của bước đang xử lý: hồ sơ gần hạn nhất ở trên cùng; hồ sơ chờ người nộp bổ sung ở cuối.</p>
      {error && <p class="error" role="alert">{error}</p>}
      {!page && !error && <p role="status">Đang tải danh sách hồ sơ…</p>}
      {page && (
        <p class="count" role="status">
          {items.length === 0 && index === 0
            ? 'Không có hồ sơ nào đang chờ bạn xử lý.'
            : `Trang ${index + 1}: ${items.length} hồ sơ` +
              (counts.overdue ? `, ${counts.overdue} quá hạn` : '') +
              (counts.near ? `, ${counts.near} sắp đến hạn` : '')}
        </p>
      )}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="queue">
            <caption class="sr-only">Hồ sơ cần xử lý, trang {index + 1}</caption>
            <thead>
              <tr>
                <th scope="col">Thời hạn</th>
                <th scope="col">Mã hồ sơ</th>
                <th scope="col">Thủ tục</th>
                <th scope="col">Người nộp</th>
                <th scope="col">Bước, tình trạng</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.code} class={`row-${urgency(item).level}`}>
                  <td data-label="Thời hạn"><Due item={item} /></td>
                  <th scope="row" data-label="Mã hồ sơ" class="code">
                    <a href={`/can-bo/ho-so/${encodeURIComponent(item.code)}`} onClick={spaClick}>{item.code}</a>
                  </th>
                  <td data-label="Thủ tục">{item.procedure_name}</td>
                  <td data-label="Người nộp">{item.applicant_name}</td>
                  <td data-label="Bước, tình trạng">
                    {stepName(item)}
                    <br /><small>{DOSSIER_STATUS[item.status] ?? item.status}{item.assignee ? ` · ${item.assignee}` : ''}</small>
                    <ConsultationLate item={item} />
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
            onClick={() => { setCursors(cursors.slice(0, -1)); focusTable(); }}>‹ Trang trước</button>
          <span>Trang {index + 1}</span>
          <button type="button" class="secondary" disabled={!page?.next_cursor}
            onClick={() => { setCursors([...cursors, page.next_cursor]); focusTable(); }}>Trang sau ›</button>
        </nav>
      )}
    </section>
  );
}
