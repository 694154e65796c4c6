// Calls to the server's JSON API. Errors carry the server's Vietnamese message; requests that
// change state carry the session's CSRF token, which the console learns from GET /api/v1/me.

export class ApiError extends Error {
  constructor(status, body) {
    const err = body?.error ?? {};
    super(err.message_vi || messageFor(status));
    this.status = status;
    this.code = err.code ?? '';
    this.field = err.field ?? '';
  }
}

function messageFor(status) {
  if (status === 401) return 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.';
  if (status === 403) return 'Bạn không có quyền thực hiện thao tác này.';
  if (status === 404) return 'Không tìm thấy.';
  if (status === 429) return 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.';
  return 'Hệ thống đang bận, vui lòng thử lại sau.';
}

let csrfToken = '';
export function setCsrfToken(token) {
  csrfToken = token ?? '';
}

async function request(method, path, body, signal, extraHeaders = {}) {
  const headers = { Accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res;
  try {
    res = await fetch(path, {
      method, headers, signal, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { error: { message_vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.' } });
  }
  if (res.status === 204) return null;
  const json = await res.json().catch(() => null);
  if (res.status === 401) toLoginPage(path);
  if (!res.ok) throw new ApiError(res.status, json);
  return json;
}

// A staff page whose session ended (30 minutes without a request, 12 hours after the login, or
// "log out everywhere" elsewhere) goes to the login page, which brings the officer back here.
// Not for the login itself (a wrong password) nor for the session check (/api/v1/me), whose
// callers decide.
function toLoginPage(path) {
  const here = location.pathname;
  const staffPage = (here.startsWith('/can-bo/') || here.startsWith('/bao-cao')) && !here.startsWith('/can-bo/dang-nhap');
  if (!staffPage || path === '/api/v1/auth/login' || path === '/api/v1/me') return;
  location.assign(`/can-bo/dang-nhap?tiep=${encodeURIComponent(here + location.search)}`);
}

export const getJson = (path, signal) => request('GET', path, undefined, signal);
export const postJson = (path, body, signal, headers) => request('POST', path, body ?? {}, signal, headers);
export const putJson = (path, body, signal) => request('PUT', path, body ?? {}, signal);
export const deleteJson = (path, signal) => request('DELETE', path, undefined, signal);

// "/api/v1/procedures" + {q: 'a', level: ''} → "/api/v1/procedures?q=a" (empty values left out).
export function withQuery(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
