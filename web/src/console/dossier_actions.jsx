// The actions an officer may take on a dossier now (the server's allowed_actions), each in a
// dialog that asks for what it needs: what to supplement, a reason, a new appointment, a
// listed pause reason, how the result goes back. It posts to /api/v1/dossiers/{code}/actions;
// the page then reloads and offers the form the action produced.
import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson, postJson } from '../lib/api.js';
import { ACTION, RETURN_METHOD } from '../lib/labels.js';

// What each action asks for; the others only confirm.
const NEEDS = {
  request_supplement: ['items'],
  refuse: ['reason'],
  send_back: ['reason'],
  withdraw: ['optional_reason'],
  apologize: ['reason', 'new_due_at'],
  pause: ['reason_code', 'optional_reason'],
  return_result: ['method'],
  assign: ['assignee'],
};

// A local "2026-03-12T17:00" (the datetime-local input) as ISO time in Vietnam.
export function localToIso(value) {
  return value ? `${value.length === 16 ? `${value}:00` : value}+07:00` : '';
}

// The first required input left empty: [input id, message], or null.
function firstMissing(needs, body) {
  if (needs.includes('items') && !body.items.length) return ['act-items', 'Ghi ít nhất một nội dung cần bổ sung, hoàn thiện.'];
  if (needs.includes('reason_code') && !body.reason_code) return ['act-reason-code', 'Chọn lý do tạm dừng trong danh sách.'];
  if (needs.includes('reason') && !body.reason) return ['act-reason', 'Ghi rõ lý do.'];
  if (needs.includes('new_due_at') && !body.new_due_at) return ['act-due', 'Chọn thời điểm hẹn trả kết quả mới.'];
  if (body.method === 'postal' && !body.tracking_number) return ['act-tracking', 'Ghi số hiệu bưu gửi.'];
  if (needs.includes('assignee') && !body.assignee) return ['act-assignee', 'Ghi tên đăng nhập của cán bộ được giao.'];
  return null;
}

// Which input shows the error the server names.
const FIELD_INPUT = {
  items: 'act-items', reason: 'act-reason', new_due_at: 'act-due', reason_code: 'act-reason-code',
  method: 'act-method-counter', tracking_number: 'act-tracking', assignee: 'act-assignee',
};

function TextArea({ id, label, hint, value, onInput, rows = 3 }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)} />
      {hint && <small id={`${id}-hint`} class="hint">{hint}</small>}
    </div>
  );
}

// onClose(answer): the dossier the server answered with, or null when cancelled.
function ActionDialog({ code, action, onClose }) {
  const ref = useRef(null);
  const answer = useRef(null);
  const [v, setV] = useState({ items: '', reason: '', new_due_at: '', reason_code: '', method: 'counter', tracking_number: '', assignee: '' });
  const [reasons, setReasons] = useState([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const needs = NEEDS[action] ?? [];
  const set = (k) => (value) => setV((old) => ({ ...old, [k]: value }));

  useEffect(() => {
    ref.current?.showModal();
    if (needs.includes('reason_code')) {
      getJson('/api/v1/pause-reasons').then((r) => setReasons(r.reasons)).catch((e) => setError(e.message));
    }
  }, []);

  const submit = async (e) => {
    e.preventDefault();
    const body = { action };
    if (needs.includes('items')) {
      body.items = v.items.split('\n').map((l) => l.trim()).filter(Boolean).map((content) => ({ content }));
    }
    if (needs.includes('reason') || needs.includes('optional_reason')) body.reason = v.reason.trim();
    if (needs.includes('new_due_at')) body.new_due_at = localToIso(v.new_due_at);
    if (needs.includes('reason_code')) body.reason_code = v.reason_code;
    if (needs.includes('method')) {
      body.method = v.method;
      if (v.method === 'postal') body.tracking_number = v.tracking_number.trim();
    }
    if (needs.includes('assignee')) body.assignee = v.assignee.trim();
    // What is plainly missing is said here, in the officer's words; the server checks the rest.
    const missing = firstMissing(needs, body);
    if (missing) {
      setError(missing[1]);
      document.getElementById(missing[0])?.focus();
      return;
    }
    setBusy(true);
    setError('');
    try {
      answer.current = await postJson(`/api/v1/dossiers/${encodeURIComponent(code)}/actions`, body);
      ref.current?.close();
    } catch (err) {
      setError(err.message);
      const input = FIELD_INPUT[err.field?.split('[')[0]];
      if (input) document.getElementById(input)?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} class="action-dialog" aria-labelledby="h-action" onClose={() => onClose(answer.current)}>
      <form onSubmit={submit} noValidate>
        <h2 id="h-action">{ACTION[action] ?? action}</h2>
        {needs.includes('items') && (
          <TextArea id="act-items" label="Nội dung cần bổ sung, hoàn thiện (mỗi dòng một nội dung)" rows={4}
            hint="Nêu đầy đủ một lần mọi nội dung cần bổ sung; thời hạn giải quyết tính lại khi nhận đủ hồ sơ."
            value={v.items} onInput={set('items')} />
        )}
        {needs.includes('reason_code') && (
          <div class="field">
            <label for="act-reason-code">Lý do tạm dừng</label>
            <select id="act-reason-code" value={v.reason_code} onChange={(e) => set('reason_code')(e.currentTarget.value)}>
              <option value="">— Chọn lý do —</option>
              {reasons.map((r) => (
                <option key={r.code} value={r.code}>{r.label}{r.stops_clock ? ' (dừng tính thời hạn)' : ''}</option>
              ))}
            </select>
          </div>
        )}
        {(needs.includes('reason') || needs.includes('optional_reason')) && (
          <TextArea id="act-reason" value={v.reason} onInput={set('reason')}
            label={needs.includes('reason') ? 'Lý do' : 'Ghi chú thêm (không bắt buộc)'} />
        )}
        {needs.includes('new_due_at') && (
          <div class="field">
            <label for="act-due">Thời điểm hẹn trả kết quả mới</label>
            <input id="act-due" type="datetime-local" value={v.new_due_at}
              onInput={(e) => set('new_due_at')(e.currentTarget.value)} />
          </div>
        )}
        {needs.includes('method') && (
          <fieldset>
            <legend>Hình thức trả kết quả</legend>
            {RETURN_METHOD.map(([m, label]) => (
              <label key={m} class="choice">
                <input type="radio" id={`act-method-${m}`} name="act-method" value={m} checked={v.method === m}
                  onChange={() => set('method')(m)} /> {label}
              </label>
            ))}
            {v.method === 'postal' && (
              <div class="field">
                <label for="act-tracking">Số hiệu bưu gửi</label>
                <input id="act-tracking" autocomplete="off" value={v.tracking_number}
                  onInput={(e) => set('tracking_number')(e.currentTarget.value)} />
              </div>
            )}
          </fieldset>
        )}
        {needs.includes('assignee') && (
          <div class="field">
            <label for="act-assignee">Tên đăng nhập của cán bộ được giao</label>
            <input id="act-assignee" autocomplete="off" value={v.assignee}
              onInput={(e) => set('assignee')(e.currentTarget.value)} />
          </div>
        )}
        {needs.length === 0 && <p>Xác nhận thực hiện thao tác này với hồ sơ {code}?</p>}
        <p class="error" role="alert">{error}</p>
        <p class="actions">
          <button type="submit" disabled={busy}>{busy ? 'Đang thực hiện…' : 'Xác nhận'}</button>
          <button type="button" class="secondary" onClick={() => ref.current?.close()}>Hủy</button>
        </p>
      </form>
    </dialog>
  );
}

// The buttons of allowed_actions and the dialog of the one chosen.
export function DossierActions({ code, allowed, onDone }) {
  const [open, setOpen] = useState('');
  const opener = useRef(null);
  const close = (answer) => {
    const action = open;
    setOpen('');
    if (answer) onDone(action, answer);
    else opener.current?.focus();
  };
  return (
    <section aria-labelledby="h-actions">
      <h2 id="h-actions">Việc có thể làm</h2>
      {allowed.length === 0
        ? <p>Bạn không có thao tác nào với hồ sơ này lúc này.</p>
        : (
          <ul class="action-list">
            {allowed.map((a) => (
              <li key={a}>
                <button type="button" class={a === 'refuse' || a === 'withdraw' ? 'danger' : 'secondary'}
                  onClick={(e) => { opener.current = e.currentTarget; setOpen(a); }}>{ACTION[a] ?? a}</button>
              </li>
            ))}
          </ul>
        )}
      {open && (
        <ActionDialog code={code} action={open} onClose={close} />
      )}
    </section>
  );
}
