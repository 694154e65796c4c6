// The consulted agencies that answered late, or have not answered past their deadline
// (Decree 61/2018 Art. 19(5): reported to the head of the one-stop department), for the
// officer's agency or one below it, over a period (GET /api/v1/reports/late-consultations).
// Empty dates: the server's default, from the first day of this month until now; the dates it
// used fill the inputs. More rows come by the server's cursor ("Xem thêm").
import { useEffect, useState } from 'preact/hooks';
import { getJson, withQuery } from '../lib/api.js';
import { formatDateTime, formatDay, formatWorkingMinutes } from '../lib/format.js';
import { ROLE } from '../lib/labels.js';
import { spaClick } from '../lib/router.js';
import { DATE_HINT, isoDate } from './admin_common.jsx';

const PAGE_SIZE = 20;

// Who the server lets see the report: not the desk, not the specialists.
export const LATE_CONSULTATION_ROLES = ['leader', 'manager', 'admin', 'inspector'];
export const LATE_CONSULTATIONS_PATH = '/can-bo/phoi-hop-tra-loi-cham';

export function LateConsultations() {
  const [filter, setFilter] = useState({ from: '', to: '', agency: '' });
  const [typed, setTyped] = useState(filter);
  const [report, setReport] = useState(null);
  const [items, setItems] = useState([]);
  const [error, setError] = useState('');
  const [moreError, setMoreError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const ctl = new AbortController();
    setError(''); setMoreError(''); setReport(null); setItems([]);
    getJson(withQuery('/api/v1/reports/late-consultations', { ...filter, limit: PAGE_SIZE }), ctl.signal)
      .then((r) => {
        setReport(r);
        setItems(r.items);
        // The period the server used, in the inputs the officer left empty.
        setTyped((t) => ({
          from: t.from || formatDay(r.from),
          to: t.to || formatDay(r.to),
          agency: t.agency || r.agency_code,
        }));
      })
      .catch((e) => { if (e.name !== 'AbortError') setError(e.message); });
    return () => ctl.abort();
  }, [filter]);

  const onFilter = (e) => {
    e.preventDefault();
    setFilter({ from: isoDate(typed.from), to: isoDate(typed.to), agency: typed.agency.trim() });
  };
  const onMore = async () => {
    setBusy(true); setMoreError('');
    const first = items.length;
    try {
      const r = await getJson(withQuery('/api/v1/reports/late-consultations',
        { ...filter, limit: PAGE_SIZE, cursor: report.next_cursor }));
      setReport(r);
      setItems((old) => [...old, ...r.items]);
      // Focus on the first new row, so a keyboard user carries on from there.
      requestAnimationFrame(() => document.getElementById(`late-row-${first}`)?.focus());
    } catch (x) {
      setMoreError(x.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="late-consultations" aria-labelledby="h-late">
      <h1 id="h-late" tabIndex={-1}>Cơ quan phối hợp trả lời chậm</h1>
      <p class="hint">Các cơ quan được hỏi ý kiến, phối hợp giải quyết hồ sơ liên thông đã trả lời sau thời hạn, hoặc quá thời hạn
        mà chưa trả lời (Điều 19 Nghị định 61/2018/NĐ-CP), theo hạn trả lời trong khoảng thời gian đã chọn.</p>
      <form class="card filter-grid notice-filters late-filters" onSubmit={onFilter}>
        <div>
          <label for="lc-agency">Mã cơ quan</label>
          <input id="lc-agency" value={typed.agency} autocomplete="off" spellcheck={false}
            aria-describedby="lc-agency-hint" onInput={(e) => setTyped({ ...typed, agency: e.currentTarget.value })} />
        </div>
        <div>
          <label for="lc-from">Từ ngày</label>
          <input id="lc-from" value={typed.from} inputmode="numeric" autocomplete="off"
            aria-describedby="lc-date-hint" onInput={(e) => setTyped({ ...typed, from: e.currentTarget.value })} />
        </div>
        <div>
          <label for="lc-to">Đến ngày</label>
          <input id="lc-to" value={typed.to} inputmode="numeric" autocomplete="off"
            aria-describedby="lc-date-hint" onInput={(e) => setTyped({ ...typed, to: e.currentTarget.value })} />
        </div>
        <div class="filter-submit"><button type="submit">Xem báo cáo</button></div>
        <small id="lc-agency-hint" class="hint nf-hint">Mã cơ quan: cơ quan của bạn hoặc một cơ quan trực thuộc; để trống: cơ quan của bạn.</small>
        <small id="lc-date-hint" class="hint nf-hint">{DATE_HINT} Để trống: từ đầu tháng này đến nay.</small>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {!report && !error && <p role="status">Đang tải báo cáo…</p>}
      {report && (
        <p class="count" role="status">
          Cơ quan {report.agency_code}, hạn trả lời từ {formatDateTime(report.from)} đến {formatDateTime(report.to)}:{' '}
          {items.length === 0
            ? 'không có cơ quan phối hợp nào trả lời chậm.'
            : `${items.length} lượt xin ý kiến trả lời chậm${report.next_cursor ? ' (còn nữa)' : ''}.`}
        </p>
      )}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="queue late-table">
            <caption class="sr-only">Lượt xin ý kiến trả lời chậm</caption>
            <thead>
              <tr>
                <th scope="col">Mã hồ sơ</th>
                <th scope="col">Cơ quan được hỏi ý kiến</th>
                <th scope="col">Cơ quan hỏi</th>
                <th scope="col">Hỏi lúc</th>
                <th scope="col">Hạn trả lời</th>
                <th scope="col">Trả lời lúc</th>
                <th scope="col">Chậm (thời gian làm việc)</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c, i) => (
                <tr key={c.id}>
                  <th scope="row" data-label="Mã hồ sơ" class="code">
                    <a id={`late-row-${i}`} href={`/can-bo/ho-so/${encodeURIComponent(c.dossier_code)}`}
                      onClick={spaClick}>{c.dossier_code}</a>
                  </th>
                  <td data-label="Cơ quan được hỏi ý kiến">
                    {c.consulted_agency}
                    {c.consulted_role && <><br /><small>{ROLE[c.consulted_role] ?? ''}</small></>}
                  </td>
                  <td data-label="Cơ quan hỏi">{c.asking_agency}</td>
                  <td data-label="Hỏi lúc">
                    <time dateTime={c.asked_at}>{formatDateTime(c.asked_at)}</time>
                    {c.asked_by && <><br /><small>{c.asked_by}</small></>}
                  </td>
                  <td data-label="Hạn trả lời"><time dateTime={c.due_at}>{formatDateTime(c.due_at)}</time></td>
                  <td data-label="Trả lời lúc">
                    {c.answered
                      ? <><time dateTime={c.answered_at}>{formatDateTime(c.answered_at)}</time>
                        {c.answered_by && <><br /><small>{c.answered_by}</small></>}</>
                      : <strong class="tag tag-old">Chưa trả lời</strong>}
                  </td>
                  <td data-label="Chậm (thời gian làm việc)">
                    {c.late_minutes > 0 ? formatWorkingMinutes(c.late_minutes) : 'Quá hạn'}
                    {!c.answered && <><br /><small>tính đến nay</small></>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {moreError && <p class="error" role="alert">{moreError}</p>}
      {report?.next_cursor && (
        <div class="pager">
          <button type="button" class="secondary" disabled={busy} onClick={onMore}>
            {busy ? 'Đang tải…' : 'Xem thêm'}
          </button>
        </div>
      )}
    </section>
  );
}
