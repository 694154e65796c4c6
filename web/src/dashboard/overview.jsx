// The leaders' dashboard at /bao-cao/: the period's rates, by month, by agency (ranked) and by
// field, the overdue dossiers, apology coverage and the steps that make dossiers late. Every
// number links to the dossiers behind it.
import { useEffect, useState } from 'preact/hooks';
import { getJson, withQuery } from '../lib/api.js';
import { STEP } from '../lib/labels.js';
import { navigate, spaClick } from '../lib/router.js';
import { BarChart } from './chart.jsx';
import { ExportLinks } from './export_links.jsx';
import { drillHref, fmt, MEASURE, pct } from './measures.js';
import { choices, KINDS, periodFrom, range } from './period.js';

const BUCKET = { '1': 'Đến 1 ngày', '2-5': 'Từ 2 đến 5 ngày', '6-10': 'Từ 6 đến 10 ngày', '11+': 'Trên 10 ngày' };
const stepLabel = (s) => STEP[s] ?? (s || 'Không rõ bước');

// A count that opens its dossiers.
function N({ measure, period, params, value }) {
  if (!value) return <span>{fmt(value)}</span>;
  return (
    <a href={drillHref(measure, period, params)} onClick={spaClick}
      aria-label={`${fmt(value)} — xem danh sách: ${MEASURE[measure]}`}>{fmt(value)}</a>
  );
}

function useJson(path) {
  const [state, setState] = useState({ data: null, error: '' });
  useEffect(() => {
    if (!path) return undefined;
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

function Loading({ state, what }) {
  if (state.error) return <p class="error" role="alert">{state.error}</p>;
  if (!state.data) return <p role="status">Đang tải {what}…</p>;
  return null;
}

function Summary({ row, period, params }) {
  const finished = row.finished_early + row.finished_on_time + row.finished_late;
  const cards = [
    ['Tỷ lệ giải quyết đúng hạn', pct(row.on_time_rate), `${fmt(row.finished_early + row.finished_on_time)} / ${fmt(finished)} hồ sơ đã giải quyết`],
    ['Trong đó trước hạn', finished ? pct(row.finished_early / finished) : '—', `${fmt(row.finished_early)} hồ sơ`],
    ['Tỷ lệ tiếp nhận trực tuyến', pct(row.online_share), `${fmt(row.received_online)} / ${fmt(row.received)} hồ sơ`],
    ['Tỷ lệ đúng hạn theo Bộ chỉ số', pct(row.on_time_rate_national), 'Quyết định 766/QĐ-TTg, chỉ tiêu 2.1'],
  ];
  const counts = ['received', 'received_online', 'finished_early', 'finished_on_time', 'finished_late',
    'in_progress_on_time', 'in_progress_overdue', 'waiting_for_applicant', 'withdrawn', 'refused',
    'refused_at_reception', 'supplement_requests', 'apologies', 'late_without_apology',
    'finished_on_time_national', 'finished_late_national'];
  return (
    <>
      <ul class="kpis">
        {cards.map(([label, value, note]) => (
          <li key={label} class="kpi"><span class="kpi-label">{label}</span><strong class="kpi-value">{value}</strong><small>{note}</small></li>
        ))}
      </ul>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Bảng số liệu của kỳ">
        <table class="figures">
          <caption>Số liệu của kỳ (bấm vào một số để xem danh sách hồ sơ)</caption>
          <tbody>
            {counts.map((m) => (
              <tr key={m}><th scope="row">{MEASURE[m]}</th><td class="num"><N measure={m} period={period} params={params} value={row[m]} /></td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function RateTable({ id, caption, rows, keyLabel, period, paramsOf, exportParams }) {
  return (
    <>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <table class="rates" id={id}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{keyLabel}</th><th scope="col" class="num">Tiếp nhận</th>
              <th scope="col" class="num">Trước hạn</th><th scope="col" class="num">Đúng hạn</th>
              <th scope="col" class="num">Quá hạn</th><th scope="col" class="num">Đang quá hạn</th>
              <th scope="col" class="num">Tỷ lệ đúng hạn</th><th scope="col" class="num">Trực tuyến</th>
              <th scope="col" class="num">Theo Bộ chỉ số</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const p = paramsOf(r);
              return (
                <tr key={r.group}>
                  <th scope="row">{r.label}</th>
                  {['received', 'finished_early', 'finished_on_time', 'finished_late', 'in_progress_overdue'].map((m) => (
                    <td class="num" key={m}><N measure={m} period={p.period ?? period} params={p.params} value={r[m]} /></td>
                  ))}
                  <td class="num">{pct(r.on_time_rate)}</td><td class="num">{pct(r.online_share)}</td>
                  <td class="num">{pct(r.on_time_rate_national)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ExportLinks path="/api/v1/stats/indicators/export" params={exportParams} what={`— ${caption.toLowerCase()}`} />
    </>
  );
}

function monthRange(key, period) {
  const [y, m] = key.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const from = `${key}-01` < period.from ? period.from : `${key}-01`;
  const to = `${key}-${String(last).padStart(2, '0')}` > period.to ? period.to : `${key}-${String(last).padStart(2, '0')}`;
  return { from, to };
}

export function Overview({ me, search }) {
  const sel = periodFrom(search);
  const period = range(sel.kind, sel.value);
  const agency = sel.agency || me.agency_code;
  const base = { from: period.from, to: period.to, agency };
  const params = { agency };
  const totals = useJson(withQuery('/api/v1/stats/indicators', base));
  const byMonth = useJson(withQuery('/api/v1/stats/indicators', { ...base, group_by: 'month' }));
  const byAgency = useJson(withQuery('/api/v1/stats/indicators', { ...base, group_by: 'agency' }));
  const byField = useJson(withQuery('/api/v1/stats/indicators', { ...base, group_by: 'field' }));
  const scopeAgencies = useJson(withQuery('/api/v1/stats/indicators', { from: period.from, to: period.to, group_by: 'agency' }));
  const backlog = useJson(withQuery('/api/v1/stats/backlog', { agency, limit: 10 }));
  const bottlenecks = useJson(withQuery('/api/v1/stats/bottlenecks', base));
  const index766 = useJson(withQuery('/api/v1/stats/index766', { period: sel.value, agency }));

  const go = (next) => {
    const q = { ky: next.kind, 'gia-tri': next.value, 'co-quan': next.agency === me.agency_code ? '' : next.agency };
    navigate(withQuery('/bao-cao/', q), { replace: true });
  };
  const ranked = [...(byAgency.data?.rows ?? [])]
    .map((r) => ({ ...r, label: r.name || r.group }))
    .sort((a, b) => (b.on_time_rate ?? -1) - (a.on_time_rate ?? -1) || b.received - a.received);
  const months = (byMonth.data?.rows ?? []).map((r) => ({ ...r, label: `Tháng ${Number(r.group.slice(5))}/${r.group.slice(0, 4)}` }));
  const fields = (byField.data?.rows ?? []).map((r) => ({ ...r, label: r.group || 'Chưa phân loại' }));
  const total = totals.data?.rows?.[0];

  return (
    <>
      <h1 id="h-dashboard" tabIndex={-1}>Báo cáo tình hình giải quyết hồ sơ</h1>
      <form class="period card" onSubmit={(e) => e.preventDefault()} aria-label="Chọn kỳ báo cáo và cơ quan">
        <div>
          <label for="ky">Loại kỳ</label>
          <select id="ky" value={sel.kind} onChange={(e) => go({ ...sel, kind: e.currentTarget.value, value: choices(e.currentTarget.value)[0][0] })}>
            {KINDS.map(([k, l]) => <option key={k} value={k}>{l}</option>)}
          </select>
        </div>
        <div>
          <label for="gia-tri">Kỳ báo cáo</label>
          <select id="gia-tri" value={sel.value} onChange={(e) => go({ ...sel, value: e.currentTarget.value })}>
            {choices(sel.kind).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        </div>
        <div>
          <label for="co-quan">Cơ quan</label>
          <select id="co-quan" value={agency} onChange={(e) => go({ ...sel, agency: e.currentTarget.value })}>
            <option value={me.agency_code}>Toàn bộ đơn vị của tôi ({me.agency_code})</option>
            {(scopeAgencies.data?.rows ?? []).filter((r) => r.group !== me.agency_code).map((r) => (
              <option key={r.group} value={r.group}>{r.name || r.group}</option>
            ))}
          </select>
        </div>
        <p class="hint">Từ {period.from.split('-').reverse().join('/')} đến {period.to.split('-').reverse().join('/')}; hồ sơ đang giải quyết được tính tại cuối kỳ, hoặc tại thời điểm hiện tại nếu kỳ chưa kết thúc.</p>
      </form>
      <nav class="toc" aria-label="Các phần của báo cáo">
        <a href="#h-tong-quan">Tổng quan</a><a href="#h-theo-thang">Theo tháng</a><a href="#h-xep-hang">Xếp hạng cơ quan</a>
        <a href="#h-linh-vuc">Theo lĩnh vực</a><a href="#h-qua-han">Hồ sơ quá hạn</a><a href="#h-xin-loi">Thư xin lỗi</a>
        <a href="#h-buoc-cham">Bước làm chậm</a><a href="#h-766">Chỉ số 766</a>
      </nav>

      <section aria-labelledby="h-tong-quan">
        <h2 id="h-tong-quan">Tổng quan</h2>
        <Loading state={totals} what="số liệu" />
        {total && <Summary row={total} period={period} params={params} />}
        {total && <ExportLinks path="/api/v1/stats/indicators/export" params={base} what="— tổng quan" />}
      </section>

      <section aria-labelledby="h-theo-thang">
        <h2 id="h-theo-thang">Kết quả giải quyết theo tháng</h2>
        <Loading state={byMonth} what="số liệu theo tháng" />
        {months.length > 0 && (
          <>
            <BarChart labels={months.map((m) => m.label)}
              series={[
                { label: 'Trước hạn', data: months.map((m) => m.finished_early) },
                { label: 'Đúng hạn', data: months.map((m) => m.finished_on_time) },
                { label: 'Quá hạn', data: months.map((m) => m.finished_late) },
              ]}
              description="Biểu đồ cột: số hồ sơ giải quyết trước hạn, đúng hạn và quá hạn theo tháng; số liệu ở bảng ngay dưới." />
            <RateTable id="bang-thang" caption="Bảng số liệu theo tháng" rows={months} keyLabel="Tháng" period={period}
              paramsOf={(r) => ({ period: monthRange(r.group, period), params })} exportParams={{ ...base, group_by: 'month' }} />
          </>
        )}
      </section>

      <section aria-labelledby="h-xep-hang">
        <h2 id="h-xep-hang">Xếp hạng cơ quan theo tỷ lệ đúng hạn</h2>
        <Loading state={byAgency} what="xếp hạng" />
        {byAgency.data && ranked.length === 0 && <p>Không có số liệu trong kỳ.</p>}
        {ranked.length > 0 && (
          <>
            <BarChart labels={ranked.map((r) => r.label)} stacked={false}
              series={[{ label: 'Tỷ lệ đúng hạn (%)', data: ranked.map((r) => (r.on_time_rate ?? 0) * 100) }]}
              description="Biểu đồ cột: tỷ lệ giải quyết đúng hạn của từng cơ quan; số liệu ở bảng ngay dưới." />
            <RateTable id="bang-co-quan" caption="Bảng xếp hạng cơ quan" rows={ranked} keyLabel="Cơ quan" period={period}
              paramsOf={(r) => ({ params: { agency: r.group, own: 'true' } })} exportParams={{ ...base, group_by: 'agency' }} />
          </>
        )}
      </section>

      <section aria-labelledby="h-linh-vuc">
        <h2 id="h-linh-vuc">Theo lĩnh vực</h2>
        <Loading state={byField} what="số liệu theo lĩnh vực" />
        {byField.data && fields.length === 0 && <p>Không có số liệu trong kỳ.</p>}
        {fields.length > 0 && (
          <RateTable id="bang-linh-vuc" caption="Bảng số liệu theo lĩnh vực" rows={fields} keyLabel="Lĩnh vực" period={period}
            paramsOf={(r) => ({ params: { agency, field: r.group } })} exportParams={{ ...base, group_by: 'field' }} />
        )}
      </section>

      <Backlog state={backlog} agency={agency} />
      <Apologies total={total} period={period} params={params} />
      <Bottlenecks state={bottlenecks} base={base} />
      <Index766 state={index766} />
    </>
  );
}

function Backlog({ state, agency }) {
  const b = state.data;
  const href = (extra) => withQuery('/bao-cao/qua-han', { agency, ...extra });
  const link = (n, extra, label) => (n ? <a href={href(extra)} onClick={spaClick} aria-label={`${fmt(n)} hồ sơ quá hạn — ${label}`}>{fmt(n)}</a> : fmt(n));
  return (
    <section aria-labelledby="h-qua-han">
      <h2 id="h-qua-han">Hồ sơ đang quá hạn (tính đến hiện tại)</h2>
      <Loading state={state} what="hồ sơ quá hạn" />
      {b && (
        <>
          <p>Tổng số: <strong>{link(b.total, {}, 'tất cả')}</strong> hồ sơ đang quá hạn.</p>
          <div class="grid-3">
            <div class="table-wrap" tabIndex={0} role="region" aria-label="Bảng theo số ngày quá hạn">
              <table><caption>Theo số ngày làm việc quá hạn</caption>
                <thead><tr><th scope="col">Quá hạn</th><th scope="col" class="num">Số hồ sơ</th></tr></thead>
                <tbody>{b.by_bucket.map((r) => (
                  <tr key={r.key}><th scope="row">{BUCKET[r.key]}</th><td class="num">{link(r.count, { bucket: r.key }, BUCKET[r.key])}</td></tr>
                ))}</tbody>
              </table>
            </div>
            <div class="table-wrap" tabIndex={0} role="region" aria-label="Bảng theo bước đang giữ hồ sơ">
              <table><caption>Theo bước đang giữ hồ sơ</caption>
                <thead><tr><th scope="col">Bước</th><th scope="col" class="num">Số hồ sơ</th></tr></thead>
                <tbody>{b.by_step.map((r) => (
                  <tr key={r.key}><th scope="row">{stepLabel(r.key)}</th><td class="num">{link(r.count, { step: r.key }, stepLabel(r.key))}</td></tr>
                ))}</tbody>
              </table>
            </div>
            <div class="table-wrap" tabIndex={0} role="region" aria-label="Bảng theo cơ quan đang giữ hồ sơ">
              <table><caption>Theo cơ quan đang giữ hồ sơ</caption>
                <thead><tr><th scope="col">Cơ quan</th><th scope="col" class="num">Số hồ sơ</th></tr></thead>
                <tbody>{b.by_holder.map((r) => (
                  <tr key={r.key}><th scope="row">{r.name || r.key}</th><td class="num">{link(r.count, { holder: r.key }, r.name || r.key)}</td></tr>
                ))}</tbody>
              </table>
            </div>
          </div>
          <ExportLinks path="/api/v1/stats/backlog" params={{ agency }} what="— hồ sơ quá hạn" />
        </>
      )}
    </section>
  );
}

function Apologies({ total, period, params }) {
  if (!total) return null;
  const late = total.finished_late;
  const without = total.late_without_apology;
  const covered = late - without;
  return (
    <section aria-labelledby="h-xin-loi">
      <h2 id="h-xin-loi">Thư xin lỗi với hồ sơ quá hạn</h2>
      <p class="hint">Hồ sơ giải quyết quá hạn trong kỳ phải có thư xin lỗi (Nghị định 61/2018, Điều 19).</p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Bảng thư xin lỗi">
        <table>
          <caption>Hồ sơ giải quyết quá hạn trong kỳ, có và chưa có thư xin lỗi</caption>
          <tbody>
            <tr><th scope="row">Giải quyết quá hạn</th><td class="num"><N measure="finished_late" period={period} params={params} value={late} /></td></tr>
            <tr><th scope="row">Đã có thư xin lỗi</th><td class="num">{fmt(covered)}</td></tr>
            <tr><th scope="row">Chưa có thư xin lỗi</th><td class="num"><N measure="late_without_apology" period={period} params={params} value={without} /></td></tr>
            <tr><th scope="row">Tỷ lệ có thư xin lỗi</th><td class="num">{late ? pct(covered / late) : '—'}</td></tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Bottlenecks({ state, base }) {
  const b = state.data;
  return (
    <section aria-labelledby="h-buoc-cham">
      <h2 id="h-buoc-cham">Các bước làm chậm hồ sơ</h2>
      <p class="hint">Hồ sơ giải quyết xong trong kỳ: thời gian từng bước đã dùng so với thời gian được giao (giờ làm việc), xếp theo số lượt quá hạn bước.</p>
      <Loading state={state} what="các bước" />
      {b && b.steps.length === 0 && <p>Không có hồ sơ giải quyết xong trong kỳ.</p>}
      {b && b.steps.length > 0 && (
        <>
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Bảng các bước làm chậm">
            <table>
              <caption>{fmt(b.dossiers)} hồ sơ giải quyết xong, {fmt(b.late_dossiers)} quá hạn</caption>
              <thead><tr><th scope="col">Bước</th><th scope="col">Cơ quan</th><th scope="col" class="num">Số lượt</th>
                <th scope="col" class="num">Lượt quá hạn bước</th><th scope="col" class="num">Hồ sơ quá hạn có bước này chậm</th>
                <th scope="col" class="num">Giờ đã dùng (bình quân)</th><th scope="col" class="num">Giờ được giao (bình quân)</th></tr></thead>
              <tbody>{b.steps.map((s) => (
                <tr key={s.step + s.agency}>
                  <th scope="row">{stepLabel(s.step)}</th><td>{s.agency_name || s.agency}</td>
                  <td class="num">{fmt(s.stints)}</td>
                  <td class="num">{s.late_stints ? <a href={withQuery('/bao-cao/buoc-cham', { ...base, step: s.step, holder: s.agency })} onClick={spaClick}
                    aria-label={`${fmt(s.late_stints)} lượt quá hạn ở bước ${stepLabel(s.step)} — xem hồ sơ`}>{fmt(s.late_stints)}</a> : '0'}</td>
                  <td class="num">{fmt(s.late_dossiers)}</td>
                  <td class="num">{s.used_hours_mean.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}</td>
                  <td class="num">{s.allowed_hours_mean.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}</td>
                </tr>
              ))}</tbody>
            </table>
          </div>
          <ExportLinks path="/api/v1/stats/bottlenecks" params={base} what="— các bước làm chậm" />
        </>
      )}
    </section>
  );
}

const num1 = (v) => (v === null || v === undefined ? '—' : v.toLocaleString('vi-VN', { maximumFractionDigits: 1 }));

// Decision 766/QĐ-TTg's index for the period: the five groups and each indicator, with those
// motcua cannot measure yet said so.
function Index766({ state }) {
  const r = state.data;
  return (
    <section aria-labelledby="h-766">
      <h2 id="h-766">Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)</h2>
      <Loading state={state} what="bộ chỉ số" />
      {r && (
        <>
          <p>Điểm đo được: <strong>{num1(r.score)}</strong> / {num1(r.measured_points)} điểm của các chỉ tiêu đo được ở đây (tổng {r.points} điểm).</p>
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Bảng điểm theo nhóm">
            <table>
              <caption>Điểm theo nhóm chỉ tiêu</caption>
              <thead><tr><th scope="col">Nhóm</th><th scope="col" class="num">Điểm tối đa</th><th scope="col" class="num">Điểm đo được</th><th scope="col" class="num">Điểm đạt</th></tr></thead>
              <tbody>{r.groups.map((g) => (
                <tr key={g.group}><th scope="row">{g.name}</th><td class="num">{num1(g.points)}</td><td class="num">{num1(g.measured_points)}</td><td class="num">{num1(g.score)}</td></tr>
              ))}</tbody>
            </table>
          </div>
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Bảng từng chỉ tiêu">
            <table>
              <caption>Từng chỉ tiêu</caption>
              <thead><tr><th scope="col">Chỉ tiêu</th><th scope="col" class="num">Tỷ lệ</th><th scope="col" class="num">Điểm</th></tr></thead>
              <tbody>{r.indicators.map((i) => (
                <tr key={i.code}>
                  <th scope="row">{i.code}. {i.name}{!i.measured && <><br /><small>Chưa đo được ở đây: {i.not_measured?.vi}</small></>}</th>
                  <td class="num">{i.measured ? pct(i.rate) : '—'}</td>
                  <td class="num">{i.measured ? `${num1(i.score)} / ${num1(i.points)}` : `— / ${num1(i.points)}`}</td>
                </tr>
              ))}</tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
