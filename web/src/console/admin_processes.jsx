// Admin: a procedure's process definitions. Pick the procedure by typing, see the process in
// force for each channel (steps, roles, agency, allowance in working hours, whether it is the
// generated default) and its stored versions, and edit the one of a channel: saving stores a
// new version (PUT /api/v1/admin/procedures/{code}/process?channel=…). The server judges the
// edit; its 400 answer is shown beside the input it names.
import { useEffect, useState } from 'preact/hooks';
import { getJson, putJson, withQuery } from '../lib/api.js';
import { formatDateTime } from '../lib/format.js';
import { ACTION, CHANNEL, ROLE } from '../lib/labels.js';
import { navigate } from '../lib/router.js';
import { described, FieldError, splitError } from './admin_common.jsx';
import { ProcedurePicker } from './reception.jsx';

const PROCESS_CHANNEL = { any: 'Mọi kênh', ...CHANNEL };
const AGENCY_KIND = { competent: 'Cơ quan có thẩm quyền giải quyết', receiving: 'Bộ phận Một cửa nơi tiếp nhận' };
const hours = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function agencyText(agency) {
  return AGENCY_KIND[agency] ?? `Cơ quan ${agency} (liên thông)`;
}

function StepsTable({ steps, caption }) {
  return (
    <div class="table-wrap">
      <table class="steps-table">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Bước</th>
            <th scope="col">Vai trò xử lý</th>
            <th scope="col">Cơ quan thực hiện</th>
            <th scope="col">Thời gian (giờ làm việc)</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => (
            <tr key={s.name}>
              <th scope="row" data-label="Bước">{i + 1}. {s.label || s.name}</th>
              <td data-label="Vai trò xử lý">{ROLE[s.role] ?? s.role}</td>
              <td data-label="Cơ quan thực hiện">{agencyText(s.agency)}</td>
              <td data-label="Thời gian (giờ làm việc)">{s.allowance_hours ? hours.format(s.allowance_hours) : 'Theo hạn của hồ sơ'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function versionText(p) {
  if (p.default) return 'Quy trình mặc định do hệ thống tạo (chưa có phiên bản lưu)';
  return `Phiên bản ${p.version}, lưu bởi ${p.created_by} lúc ${formatDateTime(p.created_at)}`;
}

// One editable step; `at` is its index, errors[`steps[i].member`] the server's messages.
function StepEditor({ step, at, count, errors, onChange, onMove, onRemove }) {
  const id = (m) => `step-${at}-${m}`;
  const err = (m) => errors[`steps[${at}].${m}`];
  const fixed = step.agency !== 'competent' && step.agency !== 'receiving';
  return (
    <li class="step-edit">
      <fieldset>
        <legend>Bước {at + 1}: {step.label || step.name || 'bước mới'}</legend>
        <div class="field-grid">
          <div class="field">
            <label for={id('label')}>Tên bước</label>
            <input id={id('label')} value={step.label} aria-invalid={err('label') ? 'true' : undefined}
              aria-describedby={described(id('label'), err('label'))}
              onInput={(e) => onChange({ label: e.currentTarget.value })} />
            <FieldError id={id('label')} error={err('label')} />
          </div>
          <div class="field">
            <label for={id('name')}>Mã bước</label>
            <input id={id('name')} value={step.name} spellcheck={false} autocomplete="off"
              aria-invalid={err('name') ? 'true' : undefined}
              aria-describedby={described(id('name'), err('name'), true)}
              onInput={(e) => onChange({ name: e.currentTarget.value })} />
            <small id={`${id('name')}-hint`} class="hint">Mã dùng trong hệ thống, không trùng nhau (ví dụ examination, approval, result, return).</small>
            <FieldError id={id('name')} error={err('name')} />
          </div>
          <div class="field">
            <label for={id('role')}>Vai trò xử lý</label>
            <select id={id('role')} value={step.role} aria-invalid={err('role') ? 'true' : undefined}
              aria-describedby={described(id('role'), err('role'))}
              onChange={(e) => onChange({ role: e.currentTarget.value })}>
              {Object.entries(ROLE).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
            </select>
            <FieldError id={id('role')} error={err('role')} />
          </div>
          <div class="field">
            <label for={id('allowance')}>Thời gian của bước (giờ làm việc)</label>
            <input id={id('allowance')} type="number" inputmode="decimal" step="any"
              value={step.allowance_hours} aria-invalid={err('allowance_hours') ? 'true' : undefined}
              aria-describedby={described(id('allowance'), err('allowance_hours'), true)}
              onInput={(e) => onChange({ allowance_hours: e.currentTarget.value })} />
            <small id={`${id('allowance')}-hint`} class="hint">1 ngày làm việc = 8 giờ; 0 = theo hạn của hồ sơ.</small>
            <FieldError id={id('allowance')} error={err('allowance_hours')} />
          </div>
          <div class="field">
            <label for={id('agency')}>Cơ quan thực hiện</label>
            <select id={id('agency')} value={fixed ? 'fixed' : step.agency}
              aria-invalid={err('agency') ? 'true' : undefined}
              aria-describedby={described(id('agency'), err('agency'))}
              onChange={(e) => onChange({ agency: e.currentTarget.value === 'fixed' ? '' : e.currentTarget.value })}>
              <option value="competent">{AGENCY_KIND.competent}</option>
              <option value="receiving">{AGENCY_KIND.receiving}</option>
              <option value="fixed">Cơ quan khác (liên thông)</option>
            </select>
            <FieldError id={id('agency')} error={!fixed && err('agency')} />
          </div>
          {fixed && (
            <div class="field">
              <label for={id('agency-code')}>Mã cơ quan liên thông</label>
              <input id={id('agency-code')} value={step.agency} spellcheck={false} autocomplete="off"
                aria-invalid={err('agency') ? 'true' : undefined}
                aria-describedby={described(id('agency-code'), err('agency'))}
                onInput={(e) => onChange({ agency: e.currentTarget.value })} />
              <FieldError id={id('agency-code')} error={err('agency')} />
            </div>
          )}
        </div>
        {step.actions?.length > 0 && (
          <p class="hint">Thao tác được phép ở bước này: {step.actions.map((a) => ACTION[a] ?? a).join('; ')}.</p>
        )}
        <div class="actions">
          <button type="button" class="secondary" disabled={at === 0} onClick={() => onMove(-1)}
            aria-label={`Đưa bước ${at + 1} lên trước`}>↑ Lên</button>
          <button type="button" class="secondary" disabled={at === count - 1} onClick={() => onMove(1)}
            aria-label={`Đưa bước ${at + 1} xuống sau`}>↓ Xuống</button>
          <button type="button" class="secondary" disabled={count === 1} onClick={onRemove}
            aria-label={`Xoá bước ${at + 1}`}>Xoá bước</button>
        </div>
      </fieldset>
    </li>
  );
}

function ProcessEditor({ code, channel, inForce, onStart, onSaved }) {
  const [steps, setSteps] = useState(() => inForce.steps.map((s) => ({ ...s })));
  const [errors, setErrors] = useState({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const change = (i, patch) => setSteps(steps.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  const move = (i, by) => {
    const next = [...steps];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    setSteps(next);
    requestAnimationFrame(() => document.getElementById(`step-${i + by}-label`)?.focus());
  };
  const remove = (i) => setSteps(steps.filter((_, k) => k !== i));
  const add = () => {
    setSteps([...steps, { name: '', label: '', role: 'specialist', agency: 'competent', allowance_hours: 0 }]);
    requestAnimationFrame(() => document.getElementById(`step-${steps.length}-label`)?.focus());
  };
  const total = steps.reduce((t, s) => t + (Number(s.allowance_hours) || 0), 0);
  const onSubmit = async (e) => {
    e.preventDefault();
    setBusy(true); setErrors({}); setError(''); onStart();
    const body = {
      steps: steps.map((s) => {
        const out = { name: s.name.trim(), label: s.label.trim(), role: s.role, agency: s.agency.trim() };
        // What the officer typed goes as typed when it is no number, so the server names it.
        const n = String(s.allowance_hours).trim();
        out.allowance_hours = n !== '' && Number.isFinite(Number(n)) ? Number(n) : n;
        if (s.actions?.length) out.actions = s.actions;
        return out;
      }),
    };
    try {
      const r = await putJson(withQuery(`/api/v1/admin/procedures/${encodeURIComponent(code)}/process`, { channel }), body);
      onSaved(r.created ? `Đã lưu phiên bản ${r.version} của quy trình.`
        : 'Quy trình không thay đổi so với phiên bản đang áp dụng; không lưu phiên bản mới.');
    } catch (err) {
      const { field, message } = splitError(err);
      if (/^steps\[\d+\]\./.test(field)) {
        setErrors({ [field]: message });
        const [, i, m] = field.match(/^steps\[(\d+)\]\.(\w+)/);
        const input = { allowance_hours: 'allowance', agency: steps[i]?.agency === 'competent' || steps[i]?.agency === 'receiving' ? 'agency' : 'agency-code' }[m] ?? m;
        requestAnimationFrame(() => document.getElementById(`step-${i}-${input}`)?.focus());
      } else {
        setError(message);
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="process-edit" onSubmit={onSubmit} noValidate aria-labelledby="h-edit">
      <h2 id="h-edit">Sửa quy trình: {PROCESS_CHANNEL[channel]}</h2>
      <p class="hint">Lưu sẽ tạo một phiên bản mới; hồ sơ đã tiếp nhận vẫn theo phiên bản lúc tiếp nhận.
        Tổng thời gian các bước không được vượt thời hạn giải quyết của thủ tục.</p>
      <ol class="step-edits">
        {steps.map((s, i) => (
          <StepEditor key={i} step={s} at={i} count={steps.length} errors={errors}
            onChange={(p) => change(i, p)} onMove={(by) => move(i, by)} onRemove={() => remove(i)} />
        ))}
      </ol>
      <p role="status">Tổng thời gian các bước: <strong>{hours.format(total)} giờ làm việc</strong></p>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="actions">
        <button type="button" class="secondary" onClick={add}>+ Thêm bước</button>
        <button type="submit" disabled={busy}>{busy ? 'Đang lưu…' : 'Lưu phiên bản mới'}</button>
      </div>
    </form>
  );
}

function Versions({ code, reload }) {
  const [list, setList] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setError('');
    getJson(withQuery(`/api/v1/procedures/${encodeURIComponent(code)}/process/versions`, { limit: 50 }))
      .then(setList).catch((e) => setError(e.message));
  }, [code, reload]);
  return (
    <section aria-labelledby="h-versions">
      <h2 id="h-versions">Các phiên bản đã lưu</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {list && list.items.length === 0 && <p>Chưa có phiên bản nào được lưu: thủ tục theo quy trình mặc định.</p>}
      {list && list.items.length > 0 && (
        <ol class="history versions">
          {list.items.map((v) => (
            <li key={v.version}>
              <details>
                <summary>Phiên bản {v.version} · {PROCESS_CHANNEL[v.channel] ?? v.channel} · {hours.format(v.total_hours)} giờ làm việc · {v.created_by}, {formatDateTime(v.created_at)}</summary>
                <StepsTable steps={v.steps} caption={`Các bước của phiên bản ${v.version}`} />
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function AdminProcesses({ me, search }) {
  const params = new URLSearchParams(search);
  const code = params.get('thu-tuc') ?? '';
  const [procedure, setProcedure] = useState(null);
  const [channel, setChannel] = useState(params.get('kenh') ?? 'any');
  const [inForce, setInForce] = useState({});
  const [error, setError] = useState('');
  const [reload, setReload] = useState(0);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    if (!code) { setProcedure(null); return; }
    if (procedure?.code === code) return;
    getJson(`/api/v1/procedures/${encodeURIComponent(code)}`).then(setProcedure).catch((e) => setError(e.message));
  }, [code]);

  const channels = procedure
    ? ['any', ...new Set(procedure.channels.map((c) => c.channel).filter((c) => PROCESS_CHANNEL[c]))] : [];
  useEffect(() => {
    if (!procedure) return;
    setError('');
    Promise.all(channels.map((c) => getJson(withQuery(`/api/v1/procedures/${encodeURIComponent(procedure.code)}/process`, { channel: c }))
      .then((p) => [c, p])))
      .then((pairs) => setInForce(Object.fromEntries(pairs)))
      .catch((e) => setError(e.message));
  }, [procedure, reload]);

  const onPick = (p) => {
    setSaved('');
    setProcedure(p);
    setInForce({});
    navigate(withQuery('/can-bo/quan-tri/quy-trinh', { 'thu-tuc': p.code }), { replace: true });
  };
  const current = inForce[channel];

  return (
    <section class="admin" aria-labelledby="h-admin">
      <h1 id="h-admin">Quy trình xử lý hồ sơ</h1>
      <ProcedurePicker procedure={procedure} onPick={onPick} />
      {error && <p class="error" role="alert">{error}</p>}
      {procedure && Object.keys(inForce).length > 0 && (
        <>
          <h2>Quy trình đang áp dụng theo kênh</h2>
          <ul class="in-force">
            {channels.map((c) => inForce[c] && (
              <li key={c}>
                <strong>{PROCESS_CHANNEL[c]}</strong>: {versionText(inForce[c])}
                {inForce[c].channel !== c && !inForce[c].default && ` (dùng quy trình của kênh “${PROCESS_CHANNEL[inForce[c].channel]}”)`}
                {' '}· tổng {hours.format(inForce[c].total_hours)} giờ làm việc
              </li>
            ))}
          </ul>
          <div class="field channel-pick">
            <label for="process-channel">Kênh cần xem và sửa</label>
            <select id="process-channel" value={channel} onChange={(e) => { setSaved(''); setChannel(e.currentTarget.value); }}>
              {channels.map((c) => <option key={c} value={c}>{PROCESS_CHANNEL[c]}</option>)}
            </select>
          </div>
          {current && (
            <>
              <h2>{PROCESS_CHANNEL[channel]}: {current.default ? 'quy trình mặc định' : `phiên bản ${current.version}`}</h2>
              <p>{versionText(current)}.</p>
              <StepsTable steps={current.steps} caption={`Quy trình đang áp dụng cho kênh ${PROCESS_CHANNEL[channel]}`} />
              {me.role !== 'admin' && <p class="notice">Chỉ quản trị viên cấp tỉnh được sửa quy trình.</p>}
              {me.role === 'admin' && <ProcessEditor key={`${channel}-${current.version}-${reload}`} code={procedure.code} channel={channel}
                inForce={current} onStart={() => setSaved('')} onSaved={(note) => { setSaved(note); setReload((n) => n + 1); }} />}
              {saved && <p class="notice notice-ok" role="status">{saved}</p>}
            </>
          )}
          <Versions code={procedure.code} reload={reload} />
        </>
      )}
    </section>
  );
}
