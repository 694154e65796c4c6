// Admin: an agency's office hours and its day-limits policy (a limit of N working days counted
// as N × 8 working hours), each either inherited from the agency above or set for the agency
// itself (GET/PUT /api/v1/admin/agencies/{code}/office-hours), with the history of changes.
import { useEffect, useState } from 'preact/hooks';
import { getJson, putJson } from '../lib/api.js';
import { navigate } from '../lib/router.js';
import { described, EditHistory, FieldError, splitError } from './admin_common.jsx';

const DAYS = [
  ['monday', 'Thứ Hai'], ['tuesday', 'Thứ Ba'], ['wednesday', 'Thứ Tư'], ['thursday', 'Thứ Năm'],
  ['friday', 'Thứ Sáu'], ['saturday', 'Thứ Bảy'], ['sunday', 'Chủ nhật'],
];

function hoursText(intervals) {
  return intervals?.length ? intervals.map((i) => `${i.from}–${i.to}`).join(', ') : 'Nghỉ';
}

function fromText(from, agency) {
  if (!from) return 'mặc định của hệ thống';
  return from === agency ? 'đặt riêng cho cơ quan này' : `kế thừa từ cơ quan ${from}`;
}

function HoursTable({ hours, caption }) {
  return (
    <table class="hours-table">
      <caption class="sr-only">{caption}</caption>
      <tbody>
        {DAYS.map(([k, label]) => (
          <tr key={k}><th scope="row">{label}</th><td>{hoursText(hours[k])}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

// The form: inherit or set the hours (per weekday, any number of intervals) and the policy.
function SettingsForm({ agency, settings, onSaved }) {
  const [own, setOwn] = useState(settings.own_office_hours !== null);
  const [hours, setHours] = useState(() => {
    const base = settings.own_office_hours ?? settings.office_hours;
    return Object.fromEntries(DAYS.map(([k]) => [k, (base[k] ?? []).map((i) => ({ ...i }))]));
  });
  const policyOf = (v) => (v === null ? 'inherit' : v ? 'hours' : 'days');
  const [policy, setPolicy] = useState(policyOf(settings.own_day_limits_as_hours));
  const [fieldError, setFieldError] = useState({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const setInterval_ = (day, i, patch) =>
    setHours({ ...hours, [day]: hours[day].map((x, k) => (k === i ? { ...x, ...patch } : x)) });
  const addInterval = (day) => setHours({ ...hours, [day]: [...hours[day], { from: '', to: '' }] });
  const removeInterval = (day, i) => setHours({ ...hours, [day]: hours[day].filter((_, k) => k !== i) });
  const err = (f) => fieldError[f];

  const onSubmit = async (e) => {
    e.preventDefault();
    setBusy(true); setFieldError({}); setError('');
    const body = {
      office_hours: own ? Object.fromEntries(DAYS.filter(([k]) => hours[k].length).map(([k]) => [k, hours[k]])) : null,
      day_limits_as_hours: policy === 'inherit' ? null : policy === 'hours',
    };
    try {
      const r = await putJson(`/api/v1/admin/agencies/${encodeURIComponent(agency)}/office-hours`, body);
      onSaved(r);
    } catch (x) {
      const { field, message } = splitError(x);
      if (field.startsWith('office_hours')) setFieldError({ [field]: message });
      else setError(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card settings-form" onSubmit={onSubmit} noValidate aria-labelledby="h-hours-edit">
      <h2 id="h-hours-edit">Thay đổi</h2>
      <fieldset>
        <legend>Giờ làm việc</legend>
        <div class="inline-choices">
          <label class="choice"><input type="radio" name="own-hours" checked={!own} onChange={() => setOwn(false)} />
            <span>Kế thừa từ cơ quan cấp trên</span></label>
          <label class="choice"><input type="radio" name="own-hours" checked={own} onChange={() => setOwn(true)} />
            <span>Đặt riêng cho cơ quan này</span></label>
        </div>
        {own && <p id="hours-format-hint" class="hint">Giờ dạng HH:MM (24 giờ), ví dụ từ 07:30 đến 11:30.</p>}
        {own && (
          <ul class="day-hours">
            {DAYS.map(([day, label]) => (
              <li key={day}>
                <strong>{label}</strong>
                {hours[day].length === 0 && <span class="hint"> Nghỉ</span>}
                {hours[day].map((iv, i) => {
                  const id = `hours-${day}-${i}`;
                  const e1 = err(`office_hours.${day}`);
                  return (
                    <div class="interval" key={i}>
                      <span class="field">
                        <label for={`${id}-from`}>Từ</label>
                        <input id={`${id}-from`} value={iv.from} inputmode="numeric" autocomplete="off" aria-invalid={e1 ? 'true' : undefined}
                          aria-describedby={['hours-format-hint', described(`hours-${day}`, e1)].filter(Boolean).join(' ')}
                          onInput={(e) => setInterval_(day, i, { from: e.currentTarget.value })} />
                      </span>
                      <span class="field">
                        <label for={`${id}-to`}>Đến</label>
                        <input id={`${id}-to`} value={iv.to} inputmode="numeric" autocomplete="off" aria-invalid={e1 ? 'true' : undefined}
                          aria-describedby={['hours-format-hint', described(`hours-${day}`, e1)].filter(Boolean).join(' ')}
                          onInput={(e) => setInterval_(day, i, { to: e.currentTarget.value })} />
                      </span>
                      <button type="button" class="secondary" onClick={() => removeInterval(day, i)}
                        aria-label={`Xoá khoảng ${i + 1} của ${label}`}>Xoá</button>
                    </div>
                  );
                })}
                <FieldError id={`hours-${day}`} error={err(`office_hours.${day}`)} />
                <button type="button" class="secondary small" onClick={() => addInterval(day)}>+ Thêm khoảng giờ {label}</button>
              </li>
            ))}
          </ul>
        )}
        {own && Object.entries(fieldError).filter(([k]) => !DAYS.some(([d]) => k === `office_hours.${d}`))
          .map(([k, m]) => <p key={k} class="error" role="alert">{m}</p>)}
      </fieldset>
      <fieldset>
        <legend>Thời hạn tính theo ngày làm việc</legend>
        <div class="choices">
          <label class="choice"><input type="radio" name="policy" checked={policy === 'inherit'} onChange={() => setPolicy('inherit')} />
            <span>Kế thừa từ cơ quan cấp trên</span></label>
          <label class="choice"><input type="radio" name="policy" checked={policy === 'hours'} onChange={() => setPolicy('hours')} />
            <span>Quy đổi N ngày làm việc thành N × 8 giờ làm việc (hạn tính đến từng giờ)</span></label>
          <label class="choice"><input type="radio" name="policy" checked={policy === 'days'} onChange={() => setPolicy('days')} />
            <span>Tính theo ngày làm việc trọn ngày (hạn vào cuối ngày làm việc thứ N)</span></label>
        </div>
      </fieldset>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="actions"><button type="submit" disabled={busy}>{busy ? 'Đang lưu…' : 'Lưu thay đổi'}</button></div>
    </form>
  );
}

function historySummary(e) {
  const n = e.new;
  if (!n || typeof n !== 'object') return 'Trở lại kế thừa toàn bộ.';
  const parts = [];
  if ('office_hours' in n) {
    parts.push(n.office_hours ? `Giờ làm việc: ${DAYS.filter(([k]) => n.office_hours[k]?.length)
      .map(([k, l]) => `${l} ${hoursText(n.office_hours[k])}`).join('; ')}` : 'Giờ làm việc: kế thừa');
  }
  if ('day_limits_as_hours' in n) {
    parts.push(n.day_limits_as_hours === null || n.day_limits_as_hours === undefined ? 'Cách tính hạn: kế thừa'
      : n.day_limits_as_hours ? 'Cách tính hạn: N × 8 giờ làm việc' : 'Cách tính hạn: trọn ngày làm việc');
  }
  return parts.join('. ');
}

export function AdminOfficeHours({ me, search }) {
  const agency = new URLSearchParams(search).get('co-quan') || me.agency_code;
  const [typed, setTyped] = useState(agency);
  const [settings, setSettings] = useState(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const [reload, setReload] = useState(0);
  useEffect(() => {
    setSettings(null); setError(''); setTyped(agency);
    getJson(`/api/v1/admin/agencies/${encodeURIComponent(agency)}/office-hours`)
      .then(setSettings).catch((e) => setError(e.message));
  }, [agency]);
  const onShow = (e) => {
    e.preventDefault();
    setSaved('');
    navigate(`/can-bo/quan-tri/gio-lam-viec?co-quan=${encodeURIComponent(typed.trim())}`);
  };
  return (
    <section class="admin" aria-labelledby="h-admin">
      <h1 id="h-admin">Giờ làm việc của cơ quan</h1>
      <form class="search-row agency-pick" onSubmit={onShow}>
        <div class="field">
          <label for="agency-code">Mã cơ quan</label>
          <input id="agency-code" value={typed} spellcheck={false} autocomplete="off"
            onInput={(e) => setTyped(e.currentTarget.value)} />
        </div>
        <button type="submit" class="secondary">Xem</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {!settings && !error && <p role="status">Đang tải…</p>}
      {settings && (
        <>
          <h2>Đang áp dụng cho cơ quan {settings.agency}</h2>
          <p>Giờ làm việc: {fromText(settings.office_hours_from, settings.agency)}.</p>
          <HoursTable hours={settings.office_hours} caption={`Giờ làm việc của cơ quan ${settings.agency}`} />
          <p>Thời hạn tính theo ngày làm việc: <strong>{settings.day_limits_as_hours
            ? 'quy đổi N ngày thành N × 8 giờ làm việc' : 'tính trọn ngày làm việc'}</strong>{' '}
            ({fromText(settings.day_limits_as_hours_from, settings.agency)}).</p>
          {saved && <p class="notice notice-ok" role="status">{saved}</p>}
          <SettingsForm key={`${settings.agency}-${reload}`} agency={settings.agency} settings={settings}
            onSaved={(r) => { setSettings(r); setSaved('Đã lưu thay đổi.'); setReload((n) => n + 1); }} />
          <EditHistory path={`/api/v1/admin/agencies/${encodeURIComponent(settings.agency)}/office-hours/history`}
            reload={reload} summary={historySummary} />
        </>
      )}
    </section>
  );
}
