// Reception at the counter: find the procedure by typing, the channel, the applicant (ID number
// and phone checked as they are typed), the documents handed in with their copies; then the
// dossier's code, its appointment and the receipt (Form 01) to print. An incomplete dossier is
// not received: the officer issues Form 02 or Form 03 instead (reception_notice.jsx). Keyboard
// only works throughout: officers type fast.
import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson, postJson, withQuery } from '../lib/api.js';
import { formatDateTime } from '../lib/format.js';
import { NoticeChoice, NoticeIssued } from './reception_notice.jsx';

const CHANNELS = [['counter', 'Nộp trực tiếp tại quầy'], ['postal', 'Qua bưu chính công ích']];

import { idNumberError, phoneError, requiredOn } from '../lib/validate.js';
import { Field } from '../components/field.jsx';

export { idNumberError, phoneError, requiredOn };

export function ProcedurePicker({ procedure, onPick }) {
  const [q, setQ] = useState('');
  const [items, setItems] = useState([]);
  useEffect(() => {
    if (!q.trim()) { setItems([]); return undefined; }
    const ctl = new AbortController();
    const t = setTimeout(() => {
      getJson(withQuery('/api/v1/procedures', { q, limit: 6 }), ctl.signal)
        .then((r) => setItems(r.items)).catch(() => {});
    }, 120);
    return () => { clearTimeout(t); ctl.abort(); };
  }, [q]);
  const pick = (code) => getJson(`/api/v1/procedures/${encodeURIComponent(code)}`).then(onPick);
  return (
    <fieldset>
      <legend>Thủ tục</legend>
      <label for="proc-q">Tìm thủ tục theo tên hoặc mã</label>
      <input id="proc-q" type="search" value={q} autocomplete="off" spellcheck={false}
        aria-describedby="proc-q-hint"
        onInput={(e) => setQ(e.currentTarget.value)}
        onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); if (items[0]) pick(items[0].code); } }} />
      <small id="proc-q-hint" class="hint">Enter chọn kết quả đầu tiên; phím mũi tên chọn trong danh sách.</small>
      {items.length > 0 && (
        <div class="choices" role="radiogroup" aria-label="Kết quả tìm thủ tục">
          {items.map((p) => (
            <label key={p.code} class="choice">
              <input type="radio" name="procedure" value={p.code} checked={procedure?.code === p.code}
                onChange={() => pick(p.code)} />
              <span>{p.name} <small class="hint">({p.code})</small></span>
            </label>
          ))}
        </div>
      )}
      {procedure && <p class="picked" role="status">Đã chọn: <strong>{procedure.name}</strong> ({procedure.code})</p>}
    </fieldset>
  );
}

function Documents({ documents, handed, setHanded, channel }) {
  const set = (id, patch) => setHanded({ ...handed, [id]: { ...handed[id], ...patch } });
  return (
    <fieldset>
      <legend>Giấy tờ đã nhận</legend>
      <ul class="doc-checks">
        {documents.map((d) => (
          <li key={d.id}>
            <input type="checkbox" id={`doc-${d.id}`} checked={!!handed[d.id]?.checked}
              onChange={(e) => set(d.id, { checked: e.currentTarget.checked })} />
            <label for={`doc-${d.id}`}>
              {d.name} {requiredOn(d, channel) ? <strong class="req">(bắt buộc)</strong> : <span class="hint">(nếu có)</span>}
            </label>
            <span class="copies">
              <label for={`copies-${d.id}`}>Số bản</label>
              <input id={`copies-${d.id}`} type="number" min="1" max="20" inputmode="numeric"
                value={handed[d.id]?.copies ?? d.copies ?? 1}
                onInput={(e) => set(d.id, { copies: Number(e.currentTarget.value) || 1 })} />
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function Reception() {
  const [procedure, setProcedure] = useState(null);
  const [channel, setChannel] = useState('counter');
  const [applicant, setApplicant] = useState({ full_name: '', id_number: '', phone: '', address: '' });
  const [touched, setTouched] = useState({});
  const [handed, setHanded] = useState({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [received, setReceived] = useState(null);
  // The mandatory documents missing at the last attempt (null before one), and the notice
  // issued instead of a receipt.
  const [missing, setMissing] = useState(null);
  const [notice, setNotice] = useState(null);
  const idempotency = useRef('');
  const doneRef = useRef(null);

  useEffect(() => { if (received) doneRef.current?.focus(); }, [received]);

  const onPick = (p) => {
    setProcedure(p);
    // Every document starts unticked: the officer ticks what is really on the counter.
    setHanded({});
    setMissing(null);
    setError('');
  };
  const change = (name) => (e) => setApplicant({ ...applicant, [name]: e.currentTarget.value });
  const blur = (name) => () => setTouched({ ...touched, [name]: true });
  const errors = {
    full_name: applicant.full_name.trim() ? '' : 'Nhập họ và tên người nộp.',
    id_number: idNumberError(applicant.id_number.trim()),
    phone: phoneError(applicant.phone.trim()),
  };
  // The ID number is checked as it is typed once it has its length; the rest after leaving.
  const shown = (name) => touched[name] || (name === 'id_number' && applicant.id_number.length >= 12);

  const submit = async (e) => {
    e.preventDefault();
    if (!procedure) { setError('Chọn thủ tục trước khi tiếp nhận.'); document.getElementById('proc-q').focus(); return; }
    // Documents first: an incomplete dossier is not received whatever the applicant's data,
    // and its notice (Form 02 / 03) needs no ID number.
    const docs = procedure.required_documents ?? [];
    const lacking = docs.filter((d) => requiredOn(d, channel) && !handed[d.id]?.checked);
    setMissing(lacking.length ? lacking : null);
    if (lacking.length) {
      setError(`Hồ sơ chưa đủ, chưa được tiếp nhận. Còn thiếu ${lacking.length} giấy tờ bắt buộc: ${lacking.map((d) => (d.name.length > 80 ? `${d.name.slice(0, 80)}…` : d.name)).join('; ')}. Đánh dấu giấy tờ đã nhận, hoặc lập phiếu hướng dẫn bổ sung hay từ chối tiếp nhận ở phần dưới.`);
      document.getElementById(`doc-${lacking[0].id}`).focus();
      return;
    }
    setTouched({ full_name: true, id_number: true, phone: true });
    const bad = Object.keys(errors).find((k) => errors[k]);
    if (bad) { setError('Thông tin người nộp chưa đúng, xem các ô được đánh dấu.'); document.getElementById(bad).focus(); return; }
    setBusy(true);
    setError('');
    // The same key on a retry: the server answers with the dossier it already made.
    idempotency.current ||= crypto.randomUUID();
    try {
      const d = await postJson('/api/v1/dossiers', {
        procedure_code: procedure.code, channel,
        applicant: { ...applicant, full_name: applicant.full_name.trim(), id_number: applicant.id_number.trim(), phone: applicant.phone.trim() },
        documents: docs.filter((x) => handed[x.id]?.checked)
          .map((x) => ({ id: x.id, copies: handed[x.id]?.copies ?? x.copies ?? 1 })),
      }, undefined, { 'Idempotency-Key': idempotency.current });
      setReceived(d);
    } catch (err) {
      setError(err.message);
    } finally {
      setBusy(false);
    }
  };
  // A complete dossier may still be unacceptable (not competent, not eligible): the officer
  // opens the same choice, with whatever documents are missing.
  const notAccepted = () => {
    const docs = procedure.required_documents ?? [];
    setMissing(docs.filter((d) => requiredOn(d, channel) && !handed[d.id]?.checked));
    requestAnimationFrame(() => document.getElementById('notice-items')?.focus());
  };
  // The procedure, channel and applicant of a reception notice, or null after marking what to
  // correct: a notice needs the name and phone; the ID number only when one is given.
  const noticeRequest = () => {
    setTouched({ full_name: true, phone: true, id_number: !!applicant.id_number.trim() });
    const bad = ['full_name', 'phone', 'id_number'].find((k) => errors[k] && (k !== 'id_number' || applicant.id_number.trim()));
    if (bad) { setError('Thông tin người nộp chưa đúng, xem các ô được đánh dấu.'); document.getElementById(bad).focus(); return null; }
    setError('');
    const person = { full_name: applicant.full_name.trim(), phone: applicant.phone.trim() };
    if (applicant.id_number.trim()) person.id_number = applicant.id_number.trim();
    if (applicant.address.trim()) person.address = applicant.address.trim();
    return { procedure_code: procedure.code, channel, applicant: person };
  };
  const again = () => {
    idempotency.current = '';
    setReceived(null);
    setNotice(null);
    setMissing(null);
    setError('');
    setProcedure(null);
    setApplicant({ full_name: '', id_number: '', phone: '', address: '' });
    setTouched({});
    setHanded({});
    requestAnimationFrame(() => document.getElementById('proc-q')?.focus());
  };

  if (notice) return <NoticeIssued notice={notice} onNext={again} />;
  if (received) {
    return (
      <section class="received card" aria-labelledby="h-done">
        <h1 id="h-done" tabIndex={-1} ref={doneRef}>Đã tiếp nhận hồ sơ</h1>
        <dl class="facts summary">
          <dt>Mã hồ sơ</dt><dd class="code">{received.code}</dd>
          <dt>Thủ tục</dt><dd>{received.procedure_name ?? procedure?.name}</dd>
          <dt>Tiếp nhận lúc</dt><dd>{formatDateTime(received.received_at)}</dd>
          <dt>Hẹn trả kết quả</dt><dd>{formatDateTime(received.due_at)}</dd>
        </dl>
        <p class="actions">
          <a class="button" href={`/api/v1/dossiers/${encodeURIComponent(received.code)}/receipt.pdf`}
            target="_blank" rel="noopener">In Giấy tiếp nhận và hẹn trả kết quả (Mẫu 01)</a>
          <button type="button" class="secondary" onClick={again}>Tiếp nhận hồ sơ khác</button>
        </p>
      </section>
    );
  }
  return (
    <form class="reception" onSubmit={submit} noValidate aria-labelledby="h-reception">
      <h1 id="h-reception">Tiếp nhận hồ sơ</h1>
      <ProcedurePicker procedure={procedure} onPick={onPick} />
      <fieldset>
        <legend>Hình thức nộp</legend>
        <div class="inline-choices">
          {CHANNELS.map(([v, l]) => (
            <label key={v} class="choice">
              <input type="radio" name="channel" value={v} checked={channel === v} onChange={() => setChannel(v)} /> {l}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Người nộp hồ sơ</legend>
        <div class="field-grid">
          <Field id="full_name" label="Họ và tên" autocomplete="off" value={applicant.full_name}
            onInput={change('full_name')} onBlur={blur('full_name')} error={errors.full_name} shown={shown('full_name')} />
          <Field id="id_number" label="Số định danh cá nhân" inputmode="numeric" maxlength="12" autocomplete="off"
            value={applicant.id_number} onInput={change('id_number')} onBlur={blur('id_number')}
            hint="12 chữ số trên thẻ căn cước" error={errors.id_number} shown={shown('id_number')} />
          <Field id="phone" label="Số điện thoại" type="tel" inputmode="tel" autocomplete="off" value={applicant.phone}
            onInput={change('phone')} onBlur={blur('phone')} error={errors.phone} shown={shown('phone')} />
          <Field id="address" label="Địa chỉ (không bắt buộc)" autocomplete="off" value={applicant.address}
            onInput={change('address')} />
        </div>
      </fieldset>
      {procedure && <Documents documents={procedure.required_documents ?? []} handed={handed} setHanded={setHanded} channel={channel} />}
      <p class="error" role="alert">{error}</p>
      {missing && procedure && (
        <NoticeChoice key={missing.map((d) => d.id).join(',')} missing={missing}
          request={noticeRequest} onIssued={setNotice} />
      )}
      <p class="actions">
        <button type="submit" disabled={busy}>{busy ? 'Đang tiếp nhận…' : 'Tiếp nhận hồ sơ'}</button>
        {procedure && !missing && (
          <button type="button" class="secondary" onClick={notAccepted}>Lập phiếu Mẫu 02 hoặc Mẫu 03…</button>
        )}
      </p>
    </form>
  );
}
