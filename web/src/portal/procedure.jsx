// A procedure's page: what to hand in, how long it takes and what it costs by each channel,
// where to submit it, and the legal basis.
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getJson } from '../lib/api.js';
import { CHANNEL, LEVEL, PROCEDURE_STATUS } from '../lib/labels.js';
import { formatFee, formatProcessingTime } from '../lib/format.js';
import { spaClick } from '../lib/router.js';
import { Page } from '../components/layout.jsx';

const CHANNEL_ORDER = ['counter', 'online', 'postal'];

// Where the dossier is handed in when the record names no agency: the one-stop desk of the
// level that implements it (Decree 118/2025).
const DESK_OF_LEVEL = {
  commune: 'Bộ phận Một cửa của Ủy ban nhân dân cấp xã (xã, phường, đặc khu)',
  province: 'Trung tâm Phục vụ hành chính công cấp tỉnh',
  ministry: 'Bộ phận Một cửa của bộ, cơ quan ngang bộ',
};

// The general sequence of a dossier at a one-stop desk, shown when the record has none.
const GENERAL_STEPS = [
  'Tổ chức, cá nhân chuẩn bị hồ sơ theo thành phần hồ sơ dưới đây và nộp trực tiếp, trực tuyến hoặc qua bưu chính công ích.',
  'Cán bộ Bộ phận Một cửa kiểm tra hồ sơ: hồ sơ đầy đủ thì tiếp nhận và cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản.',
  'Cơ quan có thẩm quyền thẩm định, giải quyết hồ sơ trong thời hạn quy định.',
  'Tổ chức, cá nhân nhận kết quả theo giấy hẹn, tại Bộ phận Một cửa, qua bưu chính hoặc trực tuyến.',
];

// The catalogue's words after "Miễn phí", e.g. "(Miễn lệ phí. Phí cấp bản sao …)", without
// the brackets around them.
function feeNote(text) {
  return (text ?? '').replace(/^Miễn phí\s*/, '').replace(/^\(+/, '').replace(/\)+$/, '').trim();
}

function Channels({ channels }) {
  const sorted = [...channels].sort((a, b) => CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel));
  if (sorted.length === 0) return <p>Chưa có thông tin về cách thức thực hiện.</p>;
  return (
    <table class="channels">
      <caption class="sr-only">Thời hạn giải quyết và phí, lệ phí theo cách thức nộp</caption>
      <thead>
        <tr><th scope="col">Cách thức</th><th scope="col">Thời hạn giải quyết</th><th scope="col">Phí, lệ phí</th></tr>
      </thead>
      <tbody>
        {sorted.map((c) => (
          <tr key={c.channel}>
            <th scope="row">{CHANNEL[c.channel] ?? c.channel}</th>
            <td data-label="Thời hạn giải quyết">{formatProcessingTime(c)}</td>
            <td data-label="Phí, lệ phí">
              {formatFee(c)}
              {c.fee_vnd === 0 && feeNote(c.fee_text) && <small class="fee-note">{feeNote(c.fee_text)}</small>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Documents({ documents }) {
  if (documents.length === 0) return <p>Chưa có thông tin về thành phần hồ sơ.</p>;
  const mandatory = documents.filter((d) => d.mandatory);
  const optional = documents.filter((d) => !d.mandatory);
  const item = (d) => (
    <li key={d.id}>
      <p>{d.name}</p>
      <p class="doc-meta">
        <span>Số lượng: {d.copies} {d.copy_kind || 'bản'}</span>
        {d.form && <span>Mẫu đơn, tờ khai: {d.form}</span>}
      </p>
    </li>
  );
  return (
    <>
      {mandatory.length > 0 && (
        <>
          <h3>Giấy tờ phải nộp</h3>
          <ol class="docs">{mandatory.map(item)}</ol>
        </>
      )}
      {optional.length > 0 && (
        <>
          <h3>Giấy tờ nộp thêm trong từng trường hợp</h3>
          <ol class="docs">{optional.map(item)}</ol>
        </>
      )}
    </>
  );
}

function Where({ p }) {
  const places = [];
  if (p.implementing_agency) places.push(['Cơ quan thực hiện', p.implementing_agency]);
  if (p.competent_agency && p.competent_agency !== p.implementing_agency)
    places.push(['Cơ quan có thẩm quyền', p.competent_agency]);
  const desks = p.levels.map((l) => DESK_OF_LEVEL[l]).filter(Boolean);
  return (
    <dl class="facts">
      {places.map(([k, v]) => <Fragment key={k}><dt>{k}</dt><dd>{v}</dd></Fragment>)}
      <dt>Nơi nộp hồ sơ trực tiếp</dt>
      <dd>{desks.length ? desks.join('; ') : 'Bộ phận Một cửa của cơ quan thực hiện'}</dd>
    </dl>
  );
}

export function ProcedurePage({ code }) {
  const [p, setP] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const ctl = new AbortController();
    setP(null);
    setError('');
    getJson(`/api/v1/procedures/${encodeURIComponent(code)}`, ctl.signal)
      .then(setP)
      .catch((e) => {
        if (e.name === 'AbortError') return;
        setError(e.status === 404 ? `Không có thủ tục mang mã ${code}.` : e.message);
      });
    return () => ctl.abort();
  }, [code]);

  const back = (
    <p class="crumbs"><a href="/" onClick={(e) => {
      // Back to the results the citizen came from, when they came from them.
      if (history.length > 1 && document.referrer.startsWith(location.origin)) { e.preventDefault(); history.back(); }
      else spaClick(e);
    }}>‹ Danh mục thủ tục</a></p>
  );
  if (error) return <Page title="Không tìm thấy thủ tục" current="/">{back}<h1>Không tìm thấy thủ tục</h1><p role="alert">{error}</p></Page>;
  if (!p) return <Page title="Thủ tục hành chính" current="/">{back}<p role="status">Đang tải thông tin thủ tục…</p></Page>;

  const online = p.channels.some((c) => c.channel === 'online');
  return (
    <Page title={p.name} current="/">
      {back}
      <h1>{p.name}</h1>
      <dl class="facts summary">
        <dt>Mã thủ tục</dt><dd>{p.code}</dd>
        {p.field && <><dt>Lĩnh vực</dt><dd>{p.field}</dd></>}
        {p.levels.length > 0 && <><dt>Cấp thực hiện</dt><dd>{p.levels.map((l) => LEVEL[l]).join(', ')}</dd></>}
        {p.decision_number && <><dt>Quyết định công bố</dt><dd>{p.decision_number}</dd></>}
        <dt>Tình trạng</dt>
        <dd>{PROCEDURE_STATUS[p.status] ?? p.status}
          {p.status === 'replaced' && p.replaced_by && <> bởi thủ tục <a href={`/thu-tuc/${p.replaced_by}`} onClick={spaClick}>{p.replaced_by}</a></>}
        </dd>
      </dl>
      <p class={online ? 'notice notice-ok' : 'notice'}>
        {online
          ? 'Thủ tục này nhận hồ sơ trực tuyến: có thể nộp qua mạng mà không cần đến Bộ phận Một cửa.'
          : 'Thủ tục này chưa nhận hồ sơ trực tuyến: nộp trực tiếp tại Bộ phận Một cửa hoặc qua bưu chính công ích nếu có.'}
        {online && <> <a class="button" href={`/nop-ho-so/${encodeURIComponent(p.code)}`} onClick={spaClick}>Nộp hồ sơ trực tuyến</a></>}
      </p>

      <section aria-labelledby="h-kenh">
        <h2 id="h-kenh">Cách thức thực hiện, thời hạn và phí</h2>
        <Channels channels={p.channels} />
      </section>

      <section aria-labelledby="h-hoso">
        <h2 id="h-hoso">Thành phần hồ sơ</h2>
        <Documents documents={p.required_documents ?? []} />
      </section>

      <section aria-labelledby="h-trinhtu">
        <h2 id="h-trinhtu">Trình tự thực hiện</h2>
        {p.steps_text
          ? <p class="prewrap">{p.steps_text}</p>
          : <>
              <p class="hint">Trình tự chung khi giải quyết thủ tục tại Bộ phận Một cửa:</p>
              <ol class="steps">{GENERAL_STEPS.map((s) => <li key={s}>{s}</li>)}</ol>
            </>}
      </section>

      <section aria-labelledby="h-noinop">
        <h2 id="h-noinop">Nơi tiếp nhận hồ sơ</h2>
        <Where p={p} />
      </section>

      {(p.subjects || p.conditions || p.result) && (
        <section aria-labelledby="h-khac">
          <h2 id="h-khac">Đối tượng, điều kiện và kết quả</h2>
          <dl class="facts">
            {p.subjects && <><dt>Đối tượng thực hiện</dt><dd>{p.subjects}</dd></>}
            {p.conditions && <><dt>Yêu cầu, điều kiện</dt><dd class="prewrap">{p.conditions}</dd></>}
            {p.result && <><dt>Kết quả</dt><dd>{p.result.replace(/(\S)(Mã:)/, '$1 — $2')}</dd></>}
          </dl>
        </section>
      )}

      <section aria-labelledby="h-cancu">
        <h2 id="h-cancu">Căn cứ pháp lý</h2>
        {p.legal_basis?.length
          ? <ul class="legal">{p.legal_basis.map((l) => <li key={l}>{l}</li>)}</ul>
          : <p>Chưa có thông tin.</p>}
      </section>

      <p class="after">
        Đã nộp hồ sơ? <a href="/tra-cuu">Tra cứu tình trạng hồ sơ</a>
        {p.source_url && /^https:\/\//.test(p.source_url) && <> · <a href={p.source_url} rel="noopener noreferrer external">Xem trên Cổng Dịch vụ công quốc gia</a></>}
      </p>
    </Page>
  );
}
