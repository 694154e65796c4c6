// Admin: the official holiday schedules (days off and swapped working days, as the Government
// announces them each year) and a year view of the days off they make on the officer's agency's
// calendar. One schedule is viewed, created, edited or deleted at /can-bo/quan-tri/ngay-nghi/{id}
// (`moi` for a new one), with its history.
import { useEffect, useState } from 'preact/hooks';
import { deleteJson, getJson, putJson, withQuery } from '../lib/api.js';
import { formatDateTime } from '../lib/format.js';
import { navigate, spaClick } from '../lib/router.js';
import { collator, DATE_HINT, described, EditHistory, FieldError, formatDate, isoDate, splitError, weekdayOf } from './admin_common.jsx';

const BASE = '/can-bo/quan-tri/ngay-nghi';
const NEW_ID = 'moi';

export const OCCASIONS = [
  ['new_year', 'Tết Dương lịch'],
  ['tet', 'Tết Nguyên đán'],
  ['hung_kings', 'Giỗ Tổ Hùng Vương'],
  ['reunification', 'Ngày Chiến thắng 30/4'],
  ['labour_day', 'Ngày Quốc tế Lao động'],
  ['national_day', 'Quốc khánh'],
  ['culture_day', 'Ngày Văn hóa Việt Nam'],
];
const REASON = { rule: 'Theo Bộ luật Lao động', compensation: 'Nghỉ bù', schedule: 'Theo lịch nghỉ chính thức' };
const MONTHS = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);

// The days off of `year` on the agency's calendar, month by month.
function YearView({ year, reload }) {
  const [data, setData] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setError(''); setData(null);
    getJson(withQuery('/api/v1/calendar/holidays', { year })).then(setData).catch((e) => setError(e.message));
  }, [year, reload]);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!data) return <p role="status">Đang tải…</p>;
  const byMonth = MONTHS.map((_, m) => data.days_off.filter((d) => Number(d.date.slice(5, 7)) === m + 1));
  return (
    <>
      <p role="status">Năm {data.year}, cơ quan {data.agency}: {data.days_off.length} ngày nghỉ lễ, Tết
        (không kể thứ Bảy, Chủ nhật){data.working_days.length ? `, ${data.working_days.length} ngày làm việc bù` : ''}.</p>
      <div class="year-view">
        {byMonth.map((days, m) => days.length > 0 && (
          <section key={m} class="month card" aria-labelledby={`h-month-${m}`}>
            <h3 id={`h-month-${m}`}>{MONTHS[m]}</h3>
            <ul class="days">
              {days.map((d) => (
                <li key={d.date}>
                  <time dateTime={d.date}><strong>{formatDate(d.date)}</strong></time> ({weekdayOf(d.date)}): {d.name}
                  <small class="hint">{REASON[d.reason] ?? ''}</small>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {data.working_days.length > 0 && (
        <>
          <h3>Ngày làm việc bù (thứ Bảy, Chủ nhật đi làm)</h3>
          <ul class="days">
            {data.working_days.map((d) => (
              <li key={d.date}><time dateTime={d.date}><strong>{formatDate(d.date)}</strong></time> ({weekdayOf(d.date)}): {d.name}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function AdminHolidays({ search }) {
  const thisYear = new Date().getFullYear();
  const year = Number(new URLSearchParams(search).get('nam')) || thisYear;
  const [typed, setTyped] = useState(String(year));
  const [list, setList] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => { setTyped(String(year)); }, [year]);
  useEffect(() => {
    getJson('/api/v1/admin/calendar/schedules').then((r) => {
      r.items.sort((a, b) => b.year - a.year || collator.compare(a.id, b.id));
      setList(r.items);
    }).catch((e) => setError(e.message));
  }, []);
  const onYear = (e) => {
    e.preventDefault();
    navigate(withQuery(BASE, { nam: typed.trim() }), { replace: true });
  };
  return (
    <section class="admin" aria-labelledby="h-admin">
      <h1 id="h-admin">Lịch nghỉ lễ, Tết</h1>
      <h2 id="h-year">Ngày nghỉ trong năm</h2>
      <form class="search-row agency-pick" onSubmit={onYear}>
        <div class="field">
          <label for="year">Năm</label>
          <input id="year" type="number" inputmode="numeric" min="1900" max="2100" value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)} />
        </div>
        <button type="submit" class="secondary">Xem</button>
      </form>
      <YearView year={year} />
      <h2 id="h-schedules">Lịch nghỉ chính thức</h2>
      <p class="hint">Lịch do Chính phủ công bố hằng năm: ngày nghỉ Tết, nghỉ bù và ngày đi làm bù. Lịch đi kèm chương trình
        không xoá được, chỉ sửa được.</p>
      <p><a class="button" href={`${BASE}/${NEW_ID}`} onClick={spaClick}>+ Thêm lịch nghỉ</a></p>
      {error && <p class="error" role="alert">{error}</p>}
      {list && (
        <div class="table-wrap">
          <table class="queue schedules">
            <caption class="sr-only">Các lịch nghỉ chính thức</caption>
            <thead>
              <tr><th scope="col">Lịch</th><th scope="col">Năm</th><th scope="col">Ngày nghỉ</th>
                <th scope="col">Ngày làm bù</th><th scope="col">Cập nhật</th></tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.id}>
                  <th scope="row" data-label="Lịch"><a href={`${BASE}/${encodeURIComponent(s.id)}`} onClick={spaClick}>{s.id}</a></th>
                  <td data-label="Năm">{s.year}</td>
                  <td data-label="Ngày nghỉ">{s.schedule.days_off?.length ?? 0}</td>
                  <td data-label="Ngày làm bù">{s.schedule.working_days?.length ?? 0}</td>
                  <td data-label="Cập nhật">{s.stored
                    ? `Phiên bản ${s.version}, ${s.updated_by}, ${formatDateTime(s.updated_at)}`
                    : 'Đi kèm chương trình, chưa sửa'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

// Rows of dates (days off or working days) with their names; errors by "days_off[2].date".
function DayRows({ kind, legend, rows, setRows, errors, withInsteadOf }) {
  const set = (i, patch) => setRows(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const add = () => {
    setRows([...rows, { date: '', name: '' }]);
    requestAnimationFrame(() => document.getElementById(`${kind}-${rows.length}-date`)?.focus());
  };
  const whole = errors[kind];
  return (
    <fieldset aria-describedby={whole ? `${kind}-error` : undefined}>
      <legend>{legend}</legend>
      <FieldError id={kind} error={whole} />
      {rows.length === 0 && <p class="hint">Chưa có ngày nào.</p>}
      <ol class="day-rows">
        {rows.map((r, i) => {
          const id = `${kind}-${i}`;
          const e = (m) => errors[`${kind}[${i}].${m}`] ?? (m === 'date' ? errors[`${kind}[${i}]`] : undefined);
          return (
            <li key={i} class="day-row">
              <div class="field">
                <label for={`${id}-date`}>Ngày</label>
                <input id={`${id}-date`} value={r.date} inputmode="numeric" autocomplete="off"
                  aria-invalid={e('date') ? 'true' : undefined}
                  aria-describedby={described(`${id}-date`, e('date'), true)}
                  onInput={(x) => set(i, { date: x.currentTarget.value })} />
                <small id={`${id}-date-hint`} class="hint">{DATE_HINT}</small>
                <FieldError id={`${id}-date`} error={e('date')} />
              </div>
              <div class="field">
                <label for={`${id}-name`}>Tên, lý do</label>
                <input id={`${id}-name`} value={r.name ?? ''} aria-invalid={e('name') ? 'true' : undefined}
                  aria-describedby={described(`${id}-name`, e('name'))}
                  onInput={(x) => set(i, { name: x.currentTarget.value })} />
                <FieldError id={`${id}-name`} error={e('name')} />
              </div>
              {withInsteadOf && (
                <div class="field">
                  <label for={`${id}-instead`}>Làm bù cho ngày (nếu có)</label>
                  <input id={`${id}-instead`} value={r.instead_of ?? ''} inputmode="numeric" autocomplete="off"
                    aria-invalid={e('instead_of') ? 'true' : undefined}
                    aria-describedby={described(`${id}-instead`, e('instead_of'), true)}
                    onInput={(x) => set(i, { instead_of: x.currentTarget.value })} />
                  <small id={`${id}-instead-hint`} class="hint">{DATE_HINT}</small>
                  <FieldError id={`${id}-instead`} error={e('instead_of')} />
                </div>
              )}
              <button type="button" class="secondary" onClick={() => setRows(rows.filter((_, k) => k !== i))}
                aria-label={`Xoá ngày ${r.date || i + 1}`}>Xoá</button>
            </li>
          );
        })}
      </ol>
      <button type="button" class="secondary" onClick={add}>+ Thêm ngày</button>
    </fieldset>
  );
}

function scheduleSummary(e) {
  const n = e.new;
  if (!n) return 'Đã xoá lịch.';
  if (typeof n !== 'object') return '';
  return `Năm ${n.year}: ${n.days_off?.length ?? 0} ngày nghỉ` +
    (n.days_off?.length ? ` (${n.days_off.map((d) => formatDate(d.date)).join(', ')})` : '') +
    `; ${n.working_days?.length ?? 0} ngày làm bù.`;
}

export function AdminSchedule({ id }) {
  const isNew = id === NEW_ID;
  const [entry, setEntry] = useState(isNew ? null : undefined);
  const [form, setForm] = useState(isNew ? { id: '', year: String(new Date().getFullYear()), source: '', replaces: [], days_off: [], working_days: [] } : null);
  const [errors, setErrors] = useState({});
  const [error, setError] = useState('');
  const [loadError, setLoadError] = useState('');
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState(0);

  const shown = (d) => ({ ...d, date: formatDate(d.date), instead_of: d.instead_of ? formatDate(d.instead_of) : '' });
  const fill = (e) => {
    setEntry(e);
    const s = e.schedule;
    setForm({
      id: s.id, year: String(s.year), source: s.source ?? '', replaces: s.replaces ?? [],
      days_off: (s.days_off ?? []).map(shown), working_days: (s.working_days ?? []).map(shown),
    });
  };
  useEffect(() => {
    if (isNew) return;
    getJson(`/api/v1/admin/calendar/schedules/${encodeURIComponent(id)}`).then(fill).catch((e) => setLoadError(e.message));
  }, [id]);

  const set = (patch) => setForm({ ...form, ...patch });
  const onSubmit = async (e) => {
    e.preventDefault();
    setBusy(true); setErrors({}); setError(''); setSaved('');
    const clean = (d) => {
      const out = { date: isoDate(d.date) };
      if (d.name?.trim()) out.name = d.name.trim();
      if (d.instead_of?.trim()) out.instead_of = isoDate(d.instead_of);
      return out;
    };
    const scheduleId = form.id.trim();
    const body = {
      id: scheduleId, year: /^\d+$/.test(form.year.trim()) ? Number(form.year) : form.year,
      replaces: form.replaces, source: form.source.trim(),
      days_off: form.days_off.map(clean), working_days: form.working_days.map(clean),
    };
    if (!scheduleId) {
      setErrors({ id: 'Nhập mã lịch, ví dụ 2027-tet.' });
      setBusy(false);
      requestAnimationFrame(() => document.getElementById('schedule-id')?.focus());
      return;
    }
    try {
      const r = await putJson(`/api/v1/admin/calendar/schedules/${encodeURIComponent(scheduleId)}`, body);
      fill(r);
      setSaved(`Đã lưu lịch ${r.id} (phiên bản ${r.version}).`);
      setReload((n) => n + 1);
      if (isNew) navigate(`${BASE}/${encodeURIComponent(r.id)}`, { replace: true });
    } catch (x) {
      const { field, message } = splitError(x);
      if (field && field !== 'body') {
        setErrors({ [field]: message });
        const target = { id: 'schedule-id', year: 'schedule-year', replaces: 'schedule-replaces-new_year' }[field]
          ?? field.replace(/^(\w+)\[(\d+)\](?:\.(\w+))?$/, (_, k, i, m) => `${k}-${i}-${m === 'instead_of' ? 'instead' : m ?? 'date'}`);
        requestAnimationFrame(() => document.getElementById(target)?.focus());
      } else {
        setError(message);
      }
    } finally {
      setBusy(false);
    }
  };
  const onDelete = async () => {
    if (!confirm(`Xoá lịch ${entry.id}? Thao tác được ghi vào lịch sử.`)) return;
    setBusy(true); setError('');
    try {
      await deleteJson(`/api/v1/admin/calendar/schedules/${encodeURIComponent(entry.id)}`);
      navigate(withQuery(BASE, { nam: entry.year }));
    } catch (x) {
      setError(x.message);
      setBusy(false);
    }
  };

  const title = isNew && !entry ? 'Thêm lịch nghỉ' : `Lịch nghỉ ${entry?.id ?? id}`;
  return (
    <section class="admin" aria-labelledby="h-admin">
      <p class="crumbs"><a href={BASE} onClick={spaClick}>‹ Lịch nghỉ lễ, Tết</a></p>
      <h1 id="h-admin">{title}</h1>
      {loadError && <p class="error" role="alert">{loadError}</p>}
      {!form && !loadError && <p role="status">Đang tải…</p>}
      {entry && (
        <p>{entry.shipped ? 'Lịch đi kèm chương trình' : 'Lịch do quản trị viên thêm'}
          {entry.stored ? `; phiên bản ${entry.version}, cập nhật bởi ${entry.updated_by} lúc ${formatDateTime(entry.updated_at)}` : '; chưa sửa'}.</p>
      )}
      {form && (
        <form class="schedule-form" onSubmit={onSubmit} noValidate>
          <div class="field-grid">
            <div class="field">
              <label for="schedule-id">Mã lịch</label>
              <input id="schedule-id" value={form.id} readOnly={!isNew || !!entry} spellcheck={false} autocomplete="off"
                aria-invalid={errors.id ? 'true' : undefined} aria-describedby={described('schedule-id', errors.id, true)}
                onInput={(e) => set({ id: e.currentTarget.value })} />
              <small id="schedule-id-hint" class="hint">Ví dụ 2027-tet; không đổi được sau khi tạo.</small>
              <FieldError id="schedule-id" error={errors.id} />
            </div>
            <div class="field">
              <label for="schedule-year">Năm</label>
              <input id="schedule-year" type="number" inputmode="numeric" value={form.year}
                aria-invalid={errors.year ? 'true' : undefined} aria-describedby={described('schedule-year', errors.year)}
                onInput={(e) => set({ year: e.currentTarget.value })} />
              <FieldError id="schedule-year" error={errors.year} />
            </div>
          </div>
          <div class="field">
            <label for="schedule-source">Căn cứ (văn bản công bố lịch nghỉ)</label>
            <textarea id="schedule-source" rows="3" value={form.source}
              onInput={(e) => set({ source: e.currentTarget.value })} />
          </div>
          <fieldset aria-describedby={errors.replaces ? 'schedule-replaces-error' : 'schedule-replaces-hint'}>
            <legend>Thay cho ngày nghỉ tính theo luật của dịp</legend>
            <small id="schedule-replaces-hint" class="hint">Đánh dấu dịp mà lịch này quy định lại toàn bộ ngày nghỉ (ví dụ Tết Nguyên đán).</small>
            <div class="inline-choices">
              {OCCASIONS.map(([k, label]) => (
                <label key={k} class="choice">
                  <input type="checkbox" id={`schedule-replaces-${k}`} checked={form.replaces.includes(k)}
                    onChange={(e) => set({ replaces: e.currentTarget.checked ? [...form.replaces, k] : form.replaces.filter((x) => x !== k) })} />
                  <span>{label}</span>
                </label>
              ))}
            </div>
            <FieldError id="schedule-replaces" error={errors.replaces} />
          </fieldset>
          <DayRows kind="days_off" legend="Ngày nghỉ" rows={form.days_off} errors={errors}
            setRows={(rows) => set({ days_off: rows })} />
          <DayRows kind="working_days" legend="Ngày đi làm bù (thứ Bảy, Chủ nhật)" rows={form.working_days} errors={errors}
            setRows={(rows) => set({ working_days: rows })} withInsteadOf />
          {error && <p class="error" role="alert">{error}</p>}
          {saved && <p class="notice notice-ok" role="status">{saved}</p>}
          <div class="actions">
            <button type="submit" disabled={busy}>{busy ? 'Đang lưu…' : 'Lưu lịch nghỉ'}</button>
            {entry?.stored && !entry.shipped && (
              <button type="button" class="danger" disabled={busy} onClick={onDelete}>Xoá lịch</button>
            )}
          </div>
        </form>
      )}
      {entry && (
        <EditHistory path={`/api/v1/admin/calendar/schedules/${encodeURIComponent(entry.id)}/history`}
          reload={reload} summary={scheduleSummary} />
      )}
    </section>
  );
}
