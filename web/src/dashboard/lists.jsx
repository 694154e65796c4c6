// The dossiers behind a figure of the dashboard: /bao-cao/ho-so (a count of the indicators),
// /bao-cao/qua-han (the overdue dossiers, by age, step or holding agency) and
// /bao-cao/buoc-cham (dossiers whose stint at a step overran it). Each code opens the
// console's dossier page.
import { useEffect, useState } from 'preact/hooks';
import { getJson, withQuery } from '../lib/api.js';
import { CHANNEL, DOSSIER_STATUS, STEP } from '../lib/labels.js';
import { formatDateTime } from '../lib/format.js';
import { spaClick } from '../lib/router.js';
import { ExportLinks } from './export_links.jsx';
import { fmt, MEASURE } from './measures.js';

const PAGE_SIZE = 50;
const OUTCOME = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' };
const BUCKET = { '1': 'quá hạn đến 1 ngày', '2-5': 'quá hạn từ 2 đến 5 ngày', '6-10': 'quá hạn từ 6 đến 10 ngày', '11+': 'quá hạn trên 10 ngày' };

function DossierLink({ item }) {
  if (item.kind === 'reception_notice') return <span>{item.code}</span>;
  return <a href={`/can-bo/ho-so/${encodeURIComponent(item.code)}`}>{item.code}</a>;
}

function ItemsTable({ items, caption, extra }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table class="drill">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Mã hồ sơ</th><th scope="col">Thủ tục</th><th scope="col">Tiếp nhận</th>
            <th scope="col">Hạn giải quyết</th><th scope="col">Tình trạng</th>
            {extra && <th scope="col">{extra.label}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.code}>
              <th scope="row" class="code"><DossierLink item={i} /></th>
              <td>{i.procedure_name}<br /><small>{CHANNEL[i.channel] ?? i.channel}</small></td>
              <td>{formatDateTime(i.received_at ?? i.issued_at)}</td>
              <td>{formatDateTime(i.statutory_due_at)}</td>
              <td>
                {i.kind === 'reception_notice' ? 'Phiếu từ chối tiếp nhận' : DOSSIER_STATUS[i.status] ?? i.status}
                {i.outcome && <><br /><small>{OUTCOME[i.outcome]}{i.finished_at ? ` · ${formatDateTime(i.finished_at)}` : ''}</small></>}
                {i.count > 1 && <><br /><small>Được tính {i.count} lần</small></>}
              </td>
              {extra && <td>{extra.cell(i)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function useLoad(path) {
  const [state, setState] = useState({ data: null, error: '' });
  useEffect(() => {
    const ctl = new AbortController();
    setState({ data: null, error: '' });
    getJson(path, ctl.signal).then((data) => setState({ data, error: '' })).catch((e) => {
      if (e.name === 'AbortError') return;
      if (e.status === 401) location.assign(`/can-bo/dang-nhap?tiep=${encodeURIComponent(location.pathname)}`);
      else setState({ data: null, error: e.message });
    });
    return () => ctl.abort();
  }, [path]);
  return state;
}

const back = <p class="crumbs"><a href="/bao-cao/" onClick={spaClick}>‹ Về bảng điều khiển</a></p>;

export function MeasureList({ search }) {
  const q = Object.fromEntries(new URLSearchParams(search));
  const [cursors, setCursors] = useState(['']);
  const index = cursors.length - 1;
  const params = { measure: q.measure, from: q.from, to: q.to, agency: q.agency, field: q.field, own: q.own, procedure: q.procedure, channel: q.channel };
  const state = useLoad(withQuery('/api/v1/stats/dossiers', { ...params, limit: PAGE_SIZE, cursor: cursors[index] }));
  const title = MEASURE[q.measure] ?? 'Danh sách hồ sơ';
  const d = state.data;
  return (
    <section aria-labelledby="h-list">
      {back}
      <h1 id="h-list" tabIndex={-1}>{title}</h1>
      <p class="hint">Kỳ từ {q.from?.split('-').reverse().join('/')} đến {q.to?.split('-').reverse().join('/')}{q.agency ? ` · cơ quan ${q.agency}` : ''}{q.field ? ` · lĩnh vực ${q.field}` : ''}</p>
      {state.error && <p class="error" role="alert">{state.error}</p>}
      {!d && !state.error && <p role="status">Đang tải danh sách…</p>}
      {d && <p class="count" role="status">{d.items.length === 0 && index === 0 ? 'Không có hồ sơ nào.' : `Trang ${index + 1}: ${fmt(d.items.length)} hồ sơ`}</p>}
      {d && d.items.length > 0 && <ItemsTable items={d.items} caption={`${title}, trang ${index + 1}`} />}
      {(index > 0 || d?.next_cursor) && (
        <nav class="pager" aria-label="Phân trang">
          <button type="button" class="secondary" disabled={index === 0} onClick={() => setCursors(cursors.slice(0, -1))}>‹ Trang trước</button>
          <span>Trang {index + 1}</span>
          <button type="button" class="secondary" disabled={!d?.next_cursor} onClick={() => setCursors([...cursors, d.next_cursor])}>Trang sau ›</button>
        </nav>
      )}
      {d && <ExportLinks path="/api/v1/stats/dossiers" params={params} what="— danh sách này" />}
    </section>
  );
}

export function BacklogList({ search }) {
  const q = Object.fromEntries(new URLSearchParams(search));
  const [offset, setOffset] = useState(0);
  const params = { agency: q.agency, bucket: q.bucket, step: q.step, holder: q.holder };
  const state = useLoad(withQuery('/api/v1/stats/backlog', { ...params, limit: PAGE_SIZE, offset }));
  const d = state.data;
  const what = q.bucket ? BUCKET[q.bucket] : q.step ? `ở bước ${STEP[q.step] ?? q.step}` : q.holder ? `do ${q.holder} đang giữ` : '';
  return (
    <section aria-labelledby="h-list">
      {back}
      <h1 id="h-list" tabIndex={-1}>Hồ sơ đang quá hạn {what}</h1>
      {state.error && <p class="error" role="alert">{state.error}</p>}
      {!d && !state.error && <p role="status">Đang tải danh sách…</p>}
      {d && <p class="count" role="status">{fmt(d.matching)} hồ sơ, tính đến {formatDateTime(d.judged_at)}</p>}
      {d && d.items.length > 0 && (
        <ItemsTable items={d.items} caption="Hồ sơ đang quá hạn, quá hạn lâu nhất trước"
          extra={{ label: 'Quá hạn', cell: (i) => `${fmt(i.overdue_days)} ngày làm việc · ${STEP[i.current_step] ?? i.current_step ?? ''}` }} />
      )}
      {d && d.matching > PAGE_SIZE && (
        <nav class="pager" aria-label="Phân trang">
          <button type="button" class="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>‹ Trang trước</button>
          <span>Trang {offset / PAGE_SIZE + 1}</span>
          <button type="button" class="secondary" disabled={offset + PAGE_SIZE >= d.matching} onClick={() => setOffset(offset + PAGE_SIZE)}>Trang sau ›</button>
        </nav>
      )}
      {d && <ExportLinks path="/api/v1/stats/backlog" params={params} what="— danh sách này" />}
    </section>
  );
}

export function StepList({ search }) {
  const q = Object.fromEntries(new URLSearchParams(search));
  const state = useLoad(withQuery('/api/v1/stats/bottlenecks', { from: q.from, to: q.to, agency: q.agency, step: q.step, holder: q.holder }));
  const d = state.data;
  return (
    <section aria-labelledby="h-list">
      {back}
      <h1 id="h-list" tabIndex={-1}>Hồ sơ chậm ở bước {STEP[q.step] ?? q.step}</h1>
      {state.error && <p class="error" role="alert">{state.error}</p>}
      {!d && !state.error && <p role="status">Đang tải danh sách…</p>}
      {d && <p class="count" role="status">{fmt(d.late_codes.length)} hồ sơ</p>}
      {d && d.late_codes.length > 0 && (
        <ul class="codes">{d.late_codes.map((c) => <li key={c}><a href={`/can-bo/ho-so/${encodeURIComponent(c)}`}>{c}</a></li>)}</ul>
      )}
    </section>
  );
}
