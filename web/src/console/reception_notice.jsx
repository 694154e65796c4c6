// When the dossier on the counter is incomplete or cannot be accepted, nothing is received
// (Decree 61/2018 Art. 15(2)): the officer issues Form 02, guidance to supplement and complete
// it (everything missing at once), or Form 03, the refusal to receive it with the reason. The
// notice is recorded by POST /api/v1/reception-notices and its PDF opens to be printed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { postJson } from '../lib/api.js';
import { formatDateTime } from '../lib/format.js';

export const NOTICE_TITLE = {
  supplement: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
  refusal: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)',
};

// The lines of the "to supplement" box, one item each; blank lines left out.
export function noticeItems(text) {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).map((content) => ({ content }));
}

// The choice offered under an incomplete dossier. `missing` names the mandatory documents not
// ticked (they fill the supplement box); `request()` gives the procedure, channel and applicant
// of the form, or null after it has shown what to correct; `onIssued(notice)` follows.
export function NoticeChoice({ missing, request, onIssued }) {
  const [items, setItems] = useState(() => missing.map((d) => d.name).join('\n'));
  const [reason, setReason] = useState('');
  const [contact, setContact] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState('');
  // One Idempotency-Key per kind of notice: a retry after a lost answer gets the notice the
  // first attempt made instead of a second one with a new number.
  const keys = useRef({});

  const issue = async (kind) => {
    setError('');
    const base = request();
    if (!base) return;
    const body = { ...base, kind };
    if (kind === 'supplement') {
      body.items = noticeItems(items);
      if (!body.items.length) {
        setError('Ghi ít nhất một nội dung cần bổ sung, hoàn thiện.');
        document.getElementById('notice-items').focus();
        return;
      }
      if (contact.trim()) body.contact_phone = contact.trim();
    } else {
      body.reason = reason.trim();
      if (!body.reason) {
        setError('Ghi rõ lý do từ chối tiếp nhận hồ sơ.');
        document.getElementById('notice-reason').focus();
        return;
      }
    }
    // Opened now, while the click still counts as the officer's, and pointed at the PDF once
    // the notice exists: a window opened after the answer would be taken for a pop-up.
    const win = window.open('', '_blank');
    setBusy(kind);
    try {
      keys.current[kind] ||= crypto.randomUUID();
      const notice = await postJson('/api/v1/reception-notices', body, undefined,
        { 'Idempotency-Key': keys.current[kind] });
      if (win) win.location.href = notice.pdf_url;
      onIssued(notice);
    } catch (e) {
      win?.close();
      setError(e.message);
      const field = { items: 'notice-items', reason: 'notice-reason', contact_phone: 'notice-contact' }[e.field?.split('[')[0]];
      if (field) document.getElementById(field)?.focus();
    } finally {
      setBusy('');
    }
  };

  return (
    <section class="notice-choice card" aria-labelledby="h-notice-choice">
      <h2 id="h-notice-choice">Hồ sơ chưa được tiếp nhận</h2>
      <p>Lập phiếu cho người nộp: hướng dẫn bổ sung khi hồ sơ chưa đầy đủ, chưa đúng; từ chối tiếp
        nhận khi hồ sơ không thuộc thẩm quyền hoặc không đủ điều kiện.</p>
      <div class="field">
        <label for="notice-items">Nội dung cần bổ sung, hoàn thiện (mỗi dòng một nội dung)</label>
        <textarea id="notice-items" rows={Math.min(8, Math.max(3, missing.length + 1))} value={items}
          onInput={(e) => setItems(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="notice-contact">Số điện thoại để người nộp liên hệ khi cần hướng dẫn (không bắt buộc)</label>
        <input id="notice-contact" type="tel" inputmode="tel" autocomplete="off" value={contact}
          onInput={(e) => setContact(e.currentTarget.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); issue('supplement'); } }} />
      </div>
      <p class="actions">
        <button type="button" disabled={!!busy} onClick={() => issue('supplement')}>
          {busy === 'supplement' ? 'Đang lập phiếu…' : 'Hướng dẫn bổ sung (Mẫu 02)'}
        </button>
      </p>
      <div class="field">
        <label for="notice-reason">Lý do từ chối tiếp nhận</label>
        <textarea id="notice-reason" rows={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </div>
      <p class="actions">
        <button type="button" class="danger" disabled={!!busy} onClick={() => issue('refusal')}>
          {busy === 'refusal' ? 'Đang lập phiếu…' : 'Từ chối tiếp nhận (Mẫu 03)'}
        </button>
      </p>
      <p class="error" role="alert">{error}</p>
    </section>
  );
}

// What the officer sees once the notice is issued: its number and the form to print again.
export function NoticeIssued({ notice, onNext }) {
  const headRef = useRef(null);
  useEffect(() => { headRef.current?.focus(); }, []);
  return (
    <section class="received card" aria-labelledby="h-notice-done">
      <h1 id="h-notice-done" tabIndex={-1} ref={headRef}>Đã lập {NOTICE_TITLE[notice.kind]}</h1>
      <p>Hồ sơ không được tiếp nhận và không có mã hồ sơ; phiếu đã được lưu.</p>
      <dl class="facts summary">
        <dt>Số phiếu</dt><dd class="code">{notice.number}/TBTN</dd>
        <dt>Mã phiếu</dt><dd>{notice.id}</dd>
        <dt>Người nộp</dt><dd>{notice.applicant.full_name}</dd>
        <dt>Thủ tục</dt><dd>{notice.procedure_name}</dd>
        <dt>Lập lúc</dt><dd>{formatDateTime(notice.issued_at)}</dd>
      </dl>
      <p class="actions">
        <a class="button" href={notice.pdf_url} target="_blank" rel="noopener">In {NOTICE_TITLE[notice.kind]}</a>
        <button type="button" class="secondary" onClick={onNext}>Tiếp nhận hồ sơ khác</button>
      </p>
    </section>
  );
}
