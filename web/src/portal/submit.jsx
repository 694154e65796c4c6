// Online submission at /nop-ho-so/{code}: the receiving agency (province, then the commune or
// desk), the applicant (ID number and phone checked as they are typed; the server checks again)
// and one file per document the online channel asks for (PDF, JPEG or PNG, at most 10 MiB
// each). The dossier gets its code at once and waits for the desk's check; its status is on
// /tra-cuu with the code and the phone's last four digits.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getJson, withQuery } from '../lib/api.js';
import { idNumberError, phoneError, requiredOn } from '../lib/validate.js';
import { spaClick } from '../lib/router.js';
import { Field } from '../components/field.jsx';
import { Page } from '../components/layout.jsx';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

// What the browser can tell before sending: the size and the name's type. The server judges
// the content itself.
export function fileError(file) {
  if (!file) return '';
  if (file.size === 0) return 'Tệp rỗng.';
  if (file.size > MAX_BYTES) return `Tệp ${(file.size / 1048576).toFixed(1)} MB vượt quá giới hạn 10 MB.`;
  if (!/\.(pdf|jpe?g|png)$/i.test(file.name)) return 'Chỉ nhận tệp PDF, JPEG hoặc PNG.';
  return '';
}

function newKey() {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

function AgencyPicker({ code, agency, setAgency, shown }) {
  const [provinces, setProvinces] = useState([]);
  const [province, setProvince] = useState('');
  const [desks, setDesks] = useState([]);
  const [error, setError] = useState('');
  useEffect(() => {
    getJson(withQuery(`/api/v1/public/procedures/${encodeURIComponent(code)}/agencies`, {}))
      .then((r) => {
        setProvinces(r.items);
        if (r.items.length === 1) setProvince(r.items[0].code);
      })
      .catch((e) => setError(e.message));
  }, [code]);
  useEffect(() => {
    setDesks([]);
    setAgency('');
    if (!province) return;
    getJson(withQuery(`/api/v1/public/procedures/${encodeURIComponent(code)}/agencies`, { parent: province }))
      .then((r) => setDesks(r.items.filter((a) => a.submittable)))
      .catch((e) => setError(e.message));
  }, [province]);
  const missing = shown && !agency;
  return (
    <fieldset>
      <legend>Nơi nộp hồ sơ</legend>
      {error && <p class="field-error" role="alert">{error}</p>}
      <div class="field">
        <label for="province">Tỉnh, thành phố</label>
        <select id="province" value={province} onChange={(e) => setProvince(e.currentTarget.value)}>
          <option value="">— Chọn tỉnh, thành phố —</option>
          {provinces.map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="agency">Xã, phường hoặc cơ quan tiếp nhận</label>
        <select id="agency" value={agency} disabled={!province}
          aria-invalid={missing ? 'true' : undefined} aria-describedby="agency-hint"
          onChange={(e) => setAgency(e.currentTarget.value)}>
          <option value="">— Chọn nơi tiếp nhận —</option>
          {desks.map((a) => <option key={a.code} value={a.code}>{a.name}</option>)}
        </select>
        <small id="agency-hint" class={missing ? 'field-error' : 'hint'}>
          {missing ? 'Vui lòng chọn nơi tiếp nhận hồ sơ.' : 'Chọn xã, phường nơi Ông/Bà cư trú hoặc nơi muốn nhận kết quả.'}
        </small>
      </div>
    </fieldset>
  );
}

function Uploads({ documents, files, setFiles, shown }) {
  return (
    <fieldset>
      <legend>Thành phần hồ sơ (tải lên)</legend>
      <p class="hint" id="files-hint">Mỗi giấy tờ một tệp PDF, JPEG hoặc PNG, tối đa 10 MB mỗi tệp.</p>
      <ul class="doc-uploads">
        {documents.map((d) => {
          const file = files[d.id];
          const required = requiredOn(d, 'online');
          const err = fileError(file) || (shown && required && !file ? 'Giấy tờ này bắt buộc.' : '');
          return (
            <li key={d.id}>
              <label for={`file-${d.id}`}>
                {d.name} {required ? <strong class="req">(bắt buộc)</strong> : <span class="hint">(nếu có)</span>}
              </label>
              <input id={`file-${d.id}`} type="file" accept={ACCEPT}
                aria-invalid={err ? 'true' : undefined}
                aria-describedby={err ? `file-${d.id}-error` : 'files-hint'}
                onChange={(e) => setFiles({ ...files, [d.id]: e.currentTarget.files[0] ?? undefined })} />
              {err && <small id={`file-${d.id}-error`} class="field-error">{err}</small>}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function Submitted({ d }) {
  return (
    <section class="card" aria-labelledby="h-done">
      <h2 id="h-done">Đã nộp hồ sơ trực tuyến</h2>
      <dl class="facts">
        <dt>Mã hồ sơ</dt><dd><strong id="dossier-code">{d.code}</strong></dd>
        <dt>Thủ tục</dt><dd>{d.procedure_name}</dd>
        <dt>Tình trạng</dt><dd>Đã nộp, chờ Bộ phận Một cửa kiểm tra và tiếp nhận</dd>
      </dl>
      <p>Ghi lại mã hồ sơ. Khi cán bộ tiếp nhận, thời hạn giải quyết được tính từ lúc tiếp nhận và Ông/Bà
        xem được ngày hẹn trả kết quả. Tra cứu bằng mã hồ sơ và 4 số cuối điện thoại ({d.phone_last4}).</p>
      <p><a href={`/tra-cuu?code=${encodeURIComponent(d.code)}`}>Tra cứu tình trạng hồ sơ</a></p>
    </section>
  );
}

export function SubmitPage({ code }) {
  const [p, setP] = useState(null);
  const [loadError, setLoadError] = useState('');
  const [agency, setAgency] = useState('');
  const [applicant, setApplicant] = useState({ full_name: '', id_number: '', phone: '', email: '', address: '' });
  const [touched, setTouched] = useState({});
  const [files, setFiles] = useState({});
  const [shown, setShown] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(null);
  // One key for this form: pressing "Nộp" again after a lost answer makes no second dossier.
  const key = useMemo(newKey, [code]);

  useEffect(() => {
    getJson(`/api/v1/procedures/${encodeURIComponent(code)}`)
      .then(setP)
      .catch((e) => setLoadError(e.status === 404 ? `Không có thủ tục mang mã ${code}.` : e.message));
  }, [code]);

  const back = <p class="crumbs"><a href={`/thu-tuc/${encodeURIComponent(code)}`} onClick={spaClick}>‹ Thông tin thủ tục</a></p>;
  if (loadError) return <Page title="Nộp hồ sơ trực tuyến" current="/">{back}<h1>Nộp hồ sơ trực tuyến</h1><p role="alert">{loadError}</p></Page>;
  if (!p) return <Page title="Nộp hồ sơ trực tuyến" current="/">{back}<p role="status">Đang tải thông tin thủ tục…</p></Page>;
  const online = p.channels.some((c) => c.channel === 'online');
  if (!online)
    return (
      <Page title="Nộp hồ sơ trực tuyến" current="/">{back}<h1>{p.name}</h1>
        <p class="notice" role="alert">Thủ tục này chưa nhận hồ sơ trực tuyến. Vui lòng nộp trực tiếp tại Bộ phận Một cửa.</p>
      </Page>
    );
  const documents = (p.required_documents ?? []).filter((d) => !d.channels?.length || d.channels.includes('online'));
  const set = (k) => (e) => setApplicant({ ...applicant, [k]: e.currentTarget.value });
  const touch = (k) => () => setTouched({ ...touched, [k]: true });
  const errors = {
    full_name: applicant.full_name.trim() ? '' : 'Nhập họ và tên người nộp.',
    id_number: idNumberError(applicant.id_number),
    phone: phoneError(applicant.phone),
  };
  const fileProblems = documents.some((d) => fileError(files[d.id]) || (requiredOn(d, 'online') && !files[d.id]));

  async function submit(e) {
    e.preventDefault();
    setShown(true);
    setTouched({ full_name: true, id_number: true, phone: true });
    if (!agency || Object.values(errors).some(Boolean) || fileProblems) {
      setError('Hồ sơ chưa đầy đủ: vui lòng xem các mục được đánh dấu.');
      return;
    }
    setBusy(true);
    setError('');
    const form = new FormData();
    form.append('submission', new Blob([JSON.stringify({
      procedure_code: p.code, agency_code: agency,
      applicant: Object.fromEntries(Object.entries(applicant).map(([k, v]) => [k, v.trim()])),
    })], { type: 'application/json' }), 'submission.json');
    for (const d of documents) if (files[d.id]) form.append(`document_${d.id}`, files[d.id], files[d.id].name);
    try {
      const res = await fetch('/api/v1/public/online-submissions', {
        method: 'POST', body: form, headers: { 'Idempotency-Key': key, Accept: 'application/json' },
      });
      const json = await res.json().catch(() => null);
      if (!res.ok) {
        setError(json?.error?.message_vi ?? 'Hệ thống đang bận, vui lòng thử lại sau.');
        return;
      }
      setDone(json);
      requestAnimationFrame(() => document.getElementById('h-done')?.focus?.());
    } catch {
      setError('Không kết nối được máy chủ. Vui lòng kiểm tra mạng và bấm Nộp hồ sơ lần nữa.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={`Nộp hồ sơ trực tuyến: ${p.name}`} current="/">
      {back}
      <h1>Nộp hồ sơ trực tuyến</h1>
      <p class="lead">{p.name} <small class="hint">({p.code})</small></p>
      {done ? <Submitted d={done} /> : (
        <form class="card" onSubmit={submit} noValidate>
          <AgencyPicker code={p.code} agency={agency} setAgency={setAgency} shown={shown} />
          <fieldset>
            <legend>Người nộp hồ sơ</legend>
            <Field id="full_name" label="Họ và tên" value={applicant.full_name} autocomplete="name"
              onInput={set('full_name')} onBlur={touch('full_name')} error={errors.full_name} shown={touched.full_name} />
            <Field id="id_number" label="Số định danh cá nhân" inputmode="numeric" maxlength="12"
              hint="12 chữ số trên thẻ căn cước." value={applicant.id_number}
              onInput={set('id_number')} onBlur={touch('id_number')} error={errors.id_number}
              shown={touched.id_number || applicant.id_number.length >= 12} />
            <Field id="phone" label="Số điện thoại" type="tel" autocomplete="tel" value={applicant.phone}
              hint="Dùng để báo kết quả; 4 số cuối dùng khi tra cứu." onInput={set('phone')} onBlur={touch('phone')}
              error={errors.phone} shown={touched.phone || applicant.phone.replace(/\D/g, '').length >= 10} />
            <Field id="email" label="Thư điện tử (nếu có)" type="email" autocomplete="email" value={applicant.email} onInput={set('email')} />
            <Field id="address" label="Địa chỉ liên hệ (nếu có)" autocomplete="street-address" value={applicant.address} onInput={set('address')} />
          </fieldset>
          <Uploads documents={documents} files={files} setFiles={setFiles} shown={shown} />
          {error && <p class="field-error" role="alert">{error}</p>}
          <button type="submit" disabled={busy}>{busy ? 'Đang nộp…' : 'Nộp hồ sơ'}</button>
        </form>
      )}
    </Page>
  );
}
