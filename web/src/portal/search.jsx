// The catalogue search: results as the citizen types, with or without accents, filtered by
// level, field and whether the procedure can be submitted online. The query and filters live
// in the address, so Back from a procedure's page returns to the same results.
import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson, withQuery } from '../lib/api.js';
import { LEVEL, LEVELS } from '../lib/labels.js';
import { navigate, spaClick } from '../lib/router.js';
import { Page } from '../components/layout.jsx';

const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 150;

function readParams(search) {
  const p = new URLSearchParams(search);
  return {
    q: p.get('q') ?? '',
    level: LEVEL[p.get('level')] ? p.get('level') : '',
    field: p.get('field') ?? '',
    online: ['true', 'false'].includes(p.get('online')) ? p.get('online') : '',
  };
}

function useFields(level) {
  const [fields, setFields] = useState([]);
  useEffect(() => {
    const ctl = new AbortController();
    getJson(withQuery('/api/v1/catalog/fields', { level }), ctl.signal)
      .then((r) => setFields(r.items))
      .catch(() => {});
    return () => ctl.abort();
  }, [level]);
  return fields;
}

function ResultItem({ p }) {
  return (
    <li>
      <a href={`/thu-tuc/${encodeURIComponent(p.code)}`} onClick={spaClick}>
        <span class="r-name">{p.name}</span>
        <span class="r-meta">
          <span>Mã {p.code}</span>
          {p.field && <span>{p.field}</span>}
          {p.levels.length > 0 && <span>{p.levels.map((l) => LEVEL[l]).join(', ')}</span>}
          {p.online && <span class="tag tag-online">Nộp trực tuyến</span>}
          {p.status !== 'active' && <span class="tag tag-old">Không còn áp dụng</span>}
        </span>
      </a>
    </li>
  );
}

export function SearchPage({ search }) {
  const initial = readParams(search);
  const [params, setParams] = useState(initial);
  const [input, setInput] = useState(initial.q);
  const [result, setResult] = useState(null); // {items, total, next_cursor}
  const [error, setError] = useState('');
  const [loading, setLoading] = useState(false);
  const fields = useFields(params.level);
  const inputRef = useRef(null);
  const timer = useRef(0);
  const wideScreen = typeof matchMedia === 'function' && matchMedia('(min-width: 48rem)').matches;

  // Every change of the query or filters asks the server once; an older answer never replaces
  // a newer one.
  useEffect(() => {
    const ctl = new AbortController();
    setLoading(true);
    getJson(withQuery('/api/v1/procedures', { ...params, limit: PAGE_SIZE }), ctl.signal)
      .then((r) => { setResult(r); setError(''); setLoading(false); })
      .catch((e) => { if (e.name !== 'AbortError') { setError(e.message); setLoading(false); } });
    navigate(withQuery('/', params), { replace: true });
    return () => ctl.abort();
  }, [params.q, params.level, params.field, params.online]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onInput = (e) => {
    const q = e.currentTarget.value;
    setInput(q);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setParams((p) => ({ ...p, q })), TYPING_PAUSE_MS);
  };
  const onSubmit = (e) => {
    e.preventDefault();
    clearTimeout(timer.current);
    setParams((p) => ({ ...p, q: input }));
  };
  const setFilter = (name) => (e) => {
    const value = e.currentTarget.value;
    setParams((p) => ({ ...p, [name]: value, ...(name === 'level' ? { field: '' } : {}) }));
  };
  const more = async () => {
    try {
      const r = await getJson(withQuery('/api/v1/procedures',
        { ...params, limit: PAGE_SIZE, cursor: result.next_cursor }));
      setResult({ ...r, items: [...result.items, ...r.items] });
    } catch (e) {
      setError(e.message);
    }
  };
  const activeFilters = [params.level, params.field, params.online].filter(Boolean).length;

  return (
    <Page title="Tìm thủ tục hành chính" current="/">
      <h1 class="page-title">Tìm thủ tục hành chính</h1>
      <form class="search" role="search" onSubmit={onSubmit}>
        <label for="q">Tên hoặc mã thủ tục</label>
        <div class="search-row">
          <input id="q" name="q" type="search" ref={inputRef} value={input} onInput={onInput}
            autocomplete="off" spellcheck={false} enterkeyhint="search" aria-describedby="q-hint"
            aria-controls="ket-qua" />
          <button type="submit">Tìm</button>
        </div>
        <small id="q-hint" class="hint">Gõ có dấu hoặc không dấu, ví dụ: dang ky khai sinh</small>
        <details class="filters" open={wideScreen || activeFilters > 0}>
          <summary>Bộ lọc{activeFilters > 0 ? ` (${activeFilters})` : ''}</summary>
          <div class="filter-grid">
            <div>
              <label for="f-level">Cấp thực hiện</label>
              <select id="f-level" value={params.level} onChange={setFilter('level')}>
                <option value="">Tất cả các cấp</option>
                {LEVELS.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
              </select>
            </div>
            <div>
              <label for="f-online">Nộp trực tuyến</label>
              <select id="f-online" value={params.online} onChange={setFilter('online')}>
                <option value="">Tất cả</option>
                <option value="true">Có nộp trực tuyến</option>
                <option value="false">Không nộp trực tuyến</option>
              </select>
            </div>
            <div class="filter-field">
              <label for="f-field">Lĩnh vực</label>
              <select id="f-field" value={params.field} onChange={setFilter('field')}>
                <option value="">Tất cả lĩnh vực</option>
                {params.field && !fields.some((f) => f.name === params.field) &&
                  <option value={params.field}>{params.field}</option>}
                {fields.map((f) => <option key={f.name} value={f.name}>{f.name} ({f.count})</option>)}
              </select>
            </div>
          </div>
        </details>
      </form>
      <p class="count" role="status" aria-live="polite">
        {error ? '' : result ? (result.total === 0
          ? 'Không tìm thấy thủ tục phù hợp. Hãy thử từ khác hoặc bỏ bớt bộ lọc.'
          : `Tìm thấy ${result.total.toLocaleString('vi-VN')} thủ tục`) : 'Đang tải danh mục…'}
      </p>
      {error && <p class="error" role="alert">{error}</p>}
      <ol id="ket-qua" class="results" aria-busy={loading ? 'true' : 'false'} aria-label="Kết quả tìm kiếm">
        {result?.items.map((p) => <ResultItem key={p.code} p={p} />)}
      </ol>
      {result?.next_cursor && (
        <button type="button" class="secondary more" onClick={more}>Xem thêm thủ tục</button>
      )}
    </Page>
  );
}
