// A dossier as staff see it at /can-bo/ho-so/{code}: its state and deadlines, what the user may
// do now, the applicant, the documents received, the process control sheet (Form 06) with
// each step early, on time or late, the full history, for admins and inspectors who read it,
// and the forms issued so far.
import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson } from '../lib/api.js';
import { ACTION, ACTION_FORM, CHANNEL, DOSSIER_STATUS, EVENT, FORM_TITLE, STEP, STEP_RESULT, stepName } from '../lib/labels.js';
import { formatDateTime } from '../lib/format.js';
import { spaClick } from '../lib/router.js';
import { DossierActions } from './dossier_actions.jsx';
import { OnlineAnswer, Uploads } from './online.jsx';
import { READ_LOG_ROLES, ReadLog } from './read_log.jsx';

const enc = encodeURIComponent;

// An online submission not (or never) received has no receipt and no process sheet yet.
export const unreceived = (d) => d.status === 'submitted' || d.status === 'not_received';

async function loadAll(code, signal) {
  const base = `/api/v1/dossiers/${enc(code)}`;
  const dossier = await getJson(base, signal);
  const [history, sheet] = await Promise.all([
    getJson(`${base}/history`, signal),
    unreceived(dossier) ? { handoffs: [] } : getJson(`${base}/forms/06.json`, signal),
  ]);
  return { dossier, events: history.events, sheet };
}

// The forms this dossier has: the receipt always, the sheet always, the others once issued.
export function issuedForms(events) {
  const forms = ['01'];
  for (const [action, form] of Object.entries(ACTION_FORM)) {
    if (events.some((e) => e.action === action)) forms.push(form);
  }
  forms.push('06');
  return forms.sort();
}

export function formUrl(code, form) {
  return form === '01' ? `/api/v1/dossiers/${enc(code)}/receipt.pdf` : `/api/v1/dossiers/${enc(code)}/forms/${form}.pdf`;
}

function Facts({ d }) {
  const late = d.outcome === 'late';
  return (
    <dl class="facts">
      <dt>Thủ tục</dt><dd>{d.procedure_name} ({d.procedure_code})</dd>
      <dt>Tình trạng</dt><dd><strong>{DOSSIER_STATUS[d.status] ?? d.status}</strong>
        {d.current_step && <> · {stepName(d)}</>}{d.assignee && <> · cán bộ {d.assignee}</>}</dd>
      <dt>Hình thức nộp</dt><dd>{CHANNEL[d.channel] ?? d.channel}</dd>
      {d.submitted_at && <><dt>Nộp trực tuyến lúc</dt><dd>{formatDateTime(d.submitted_at)}</dd></>}
      <dt>Tiếp nhận lúc</dt><dd>{d.received_at ? formatDateTime(d.received_at) : 'Chưa tiếp nhận'}</dd>
      <dt>Hẹn trả kết quả</dt><dd>{d.due_at ? formatDateTime(d.due_at) : 'Tính từ khi tiếp nhận'}
        {d.statutory_due_at && d.statutory_due_at !== d.due_at && <> (hạn theo quy định {formatDateTime(d.statutory_due_at)})</>}</dd>
      {d.step_due_at && <><dt>Hạn của bước đang xử lý</dt><dd>{formatDateTime(d.step_due_at)}</dd></>}
      {d.finished_at && <><dt>Kết thúc lúc</dt><dd>{formatDateTime(d.finished_at)}{d.outcome && <> · {late ? 'Trễ hạn' : STEP_RESULT[d.outcome]}</>}</dd></>}
      {d.pause && <><dt>Tạm dừng</dt><dd>{d.pause.label ?? d.pause.reason_code} từ {formatDateTime(d.pause.paused_at)}{d.pause.stops_clock ? ' (không tính thời hạn)' : ''}</dd></>}
      {d.apology && <><dt>Đã xin lỗi, hẹn lại</dt><dd>{formatDateTime(d.apology.at)}: hẹn mới {formatDateTime(d.apology.new_due_at)}{d.apology.late ? ' (xin lỗi muộn)' : ''}</dd></>}
    </dl>
  );
}

// Why the applicant's data was erased (Law 91/2025 Art. 14(1); docs/deploy.md §2a).
const ERASURE_GROUND = {
  'subject-request': 'theo yêu cầu của người nộp',
  'purpose-completed': 'do đã hoàn thành mục đích xử lý',
  'retention-ended': 'do đã hết thời hạn lưu trữ',
  'authority-decision': 'theo quyết định của cơ quan có thẩm quyền',
};

// The latest erasure in the history, if any: what went, why, when.
function lastErasure(events) {
  const e = [...(events ?? [])].reverse().find((x) => x.action === 'personal_data_erased');
  return e && { at: e.at, scope: e.details?.erased_scope, ground: e.details?.erasure_ground, decision: e.details?.decision };
}

function Applicant({ a, erasure }) {
  // An erased field reads as erased, never as a blank the officer might think was forgotten;
  // a field the erasure did not reach shows as it is.
  const everything = erasure?.scope === 'everything';
  const gone = (contact) => erasure && (everything || contact);
  const shown = (value, contact = false) => value || (gone(contact) ? <span class="hint">Đã xóa</span> : value);
  return (
    <section aria-labelledby="h-applicant">
      <h2 id="h-applicant">Người nộp hồ sơ</h2>
      {erasure && (
        <p class="notice">
          {erasure.scope === 'everything' ? 'Toàn bộ dữ liệu cá nhân của người nộp' : 'Số điện thoại và thư điện tử của người nộp'}
          {' '}đã được xóa {ERASURE_GROUND[erasure.ground] ?? ''}{erasure.decision ? ` (${erasure.decision})` : ''} lúc {formatDateTime(erasure.at)}.
        </p>
      )}
      <dl class="facts">
        <dt>Họ và tên</dt><dd>{shown(a.full_name)}</dd>
        <dt>Số định danh cá nhân</dt><dd>{shown(a.id_number)}</dd>
        <dt>Số điện thoại</dt><dd>{shown(a.phone, true)}</dd>
        {(a.email || gone(true)) && <><dt>Thư điện tử</dt><dd>{shown(a.email, true)}</dd></>}
        {(a.address || gone(false)) && <><dt>Địa chỉ</dt><dd>{shown(a.address)}</dd></>}
      </dl>
    </section>
  );
}

function Documents({ documents }) {
  return (
    <section aria-labelledby="h-documents">
      <h2 id="h-documents">Giấy tờ đã nhận</h2>
      {documents.length === 0 ? <p>Không có giấy tờ nào được ghi nhận.</p> : (
        <ul class="docs">
          {documents.map((doc, i) => <li key={i}>{doc.name} <span class="hint">— {doc.copies} bản</span></li>)}
        </ul>
      )}
    </section>
  );
}

function Timeline({ sheet }) {
  return (
    <section aria-labelledby="h-timeline">
      <h2 id="h-timeline">Theo dõi quá trình giải quyết (Mẫu 06)</h2>
      {sheet.handoffs.length === 0 ? <p>Hồ sơ chưa được chuyển bước nào.</p> : (
        <div class="table-wrap">
          <table class="timeline">
            <caption class="sr-only">Các lần giao nhận hồ sơ và kết quả so với hạn của từng bước</caption>
            <thead>
              <tr>
                <th scope="col">Thời điểm</th><th scope="col">Việc</th><th scope="col">Bên giao</th>
                <th scope="col">Bên nhận</th><th scope="col">Hạn của bước</th><th scope="col">Kết quả</th>
              </tr>
            </thead>
            <tbody>
              {sheet.handoffs.map((h, i) => (
                <tr key={i}>
                  <th scope="row" data-label="Thời điểm">{formatDateTime(h.at)}</th>
                  <td data-label="Việc">{EVENT[h.action] ?? h.action}</td>
                  <td data-label="Bên giao">{h.giver_name}<br /><small>{h.giver_unit}</small></td>
                  <td data-label="Bên nhận">{STEP[h.receiver_name] ?? h.receiver_name}<br /><small>{h.receiver_unit}</small></td>
                  <td data-label="Hạn của bước">{h.step_deadline ? formatDateTime(h.step_deadline) : '—'}</td>
                  <td data-label="Kết quả"><span class={`result result-${h.result}`}>{STEP_RESULT[h.result] ?? h.result}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function eventText(e) {
  const d = e.details ?? {};
  const parts = [];
  if (d.reason) parts.push(`Lý do: ${d.reason}`);
  if (Array.isArray(d.items) && d.items.length) parts.push(`Cần bổ sung: ${d.items.map((i) => i.content).join('; ')}`);
  if (d.new_due_at) parts.push(`Hẹn mới: ${formatDateTime(d.new_due_at)}`);
  if (d.tracking_number) parts.push(`Số hiệu bưu gửi: ${d.tracking_number}`);
  if (e.note) parts.push(e.note);
  // Erased with the applicant's data: said, so no one thinks the officer wrote nothing.
  if (e.text_erased) parts.push('Ghi chú và lý do đã xóa (bảo vệ dữ liệu cá nhân)');
  return parts.join(' · ');
}

function History({ events }) {
  return (
    <section aria-labelledby="h-history">
      <h2 id="h-history">Lịch sử hồ sơ</h2>
      <ol class="history">
        {events.map((e) => (
          <li key={e.seq}>
            <time datetime={e.at}>{formatDateTime(e.at)}</time>{' '}
            <strong>{EVENT[e.action] ?? e.action}</strong> — {e.actor}
            {' '}<span class="hint">({e.from_status ? `${DOSSIER_STATUS[e.from_status] ?? e.from_status} → ` : ''}{DOSSIER_STATUS[e.to_status] ?? e.to_status})</span>
            {eventText(e) && <p>{eventText(e)}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

const RECEPTION_ROLES = ['receiver', 'manager', 'admin'];

export function DossierPage({ code, me }) {
  const [data, setData] = useState(null);
  const [error, setError] = useState('');
  const [done, setDone] = useState(null);  // {action, form} of the last action taken here
  const doneRef = useRef(null);

  useEffect(() => {
    const ctl = new AbortController();
    loadAll(code, ctl.signal).then(setData).catch((e) => {
      if (e.name === 'AbortError') return;
      if (e.status === 401) location.assign(`/can-bo/dang-nhap?tiep=${enc(location.pathname)}`);
      else setError(e.message);
    });
    return () => ctl.abort();
  }, [code]);
  useEffect(() => { if (done && data) doneRef.current?.focus(); }, [done, data]);

  if (error) return <><h1>Hồ sơ {code}</h1><p class="error" role="alert">{error}</p></>;
  if (!data) return <><h1>Hồ sơ {code}</h1><p role="status">Đang tải hồ sơ…</p></>;
  const d = data.dossier;
  // The notice names the new status and is read out by screen readers as it appears: it shows
  // only once the dossier is read again, never beside the facts from before the action.
  const onDone = (action) => {
    loadAll(code).then((fresh) => {
      setData(fresh);
      if (action) setDone({ action, form: ACTION_FORM[action] });
    }).catch((e) => {
      if (e.status === 401) location.assign(`/can-bo/dang-nhap?tiep=${enc(location.pathname)}`);
      else setError(e.message);
    });
  };
  return (
    <article class="dossier" aria-labelledby="h-dossier">
      <p class="crumbs"><a href="/can-bo/" onClick={spaClick}>‹ Hồ sơ cần xử lý</a></p>
      <h1 id="h-dossier">Hồ sơ <span class="code">{d.code}</span></h1>
      {done && (
        <div class="notice notice-ok" role="status">
          <p ref={doneRef} tabIndex={-1}>Đã thực hiện: {ACTION[done.action] ?? done.action}. Tình trạng mới: {DOSSIER_STATUS[d.status] ?? d.status}.</p>
          {done.form && (
            <p><a class="button" href={formUrl(d.code, done.form)} target="_blank" rel="noopener">Mở {FORM_TITLE[done.form]}</a></p>
          )}
        </div>
      )}
      <Facts d={d} />
      {d.status === 'submitted' && RECEPTION_ROLES.includes(me?.role) && <OnlineAnswer code={d.code} onDone={onDone} />}
      <DossierActions code={d.code} allowed={d.allowed_actions ?? []} onDone={onDone} />
      <Applicant a={d.applicant} erasure={lastErasure(data.events)} />
      <Documents documents={d.documents ?? []} />
      {d.channel === 'online' && <Uploads code={d.code} />}
      <Timeline sheet={data.sheet} />
      <History events={data.events} />
      {READ_LOG_ROLES.includes(me?.role) && <ReadLog code={d.code} />}
      <section aria-labelledby="h-forms">
        <h2 id="h-forms">Biểu mẫu của hồ sơ</h2>
        <ul class="forms">
          {(unreceived(d) ? [] : issuedForms(data.events)).map((f) => (
            <li key={f}><a href={formUrl(d.code, f)} target="_blank" rel="noopener">{FORM_TITLE[f]}</a></li>
          ))}
        </ul>
      </section>
    </article>
  );
}
