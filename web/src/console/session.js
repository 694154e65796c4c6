// The officer's session: the server keeps it in an HttpOnly cookie the page cannot read; the
// page asks who is logged in and learns the CSRF token its state-changing requests must send.
import { getJson, postJson, setCsrfToken } from '../lib/api.js';

export async function currentOfficer() {
  try {
    const me = await getJson('/api/v1/me');
    setCsrfToken(me.csrf_token);
    return me;
  } catch (e) {
    if (e.status === 401) return null;
    throw e;
  }
}

export async function logIn(username, password) {
  const r = await postJson('/api/v1/auth/login', { username, password });
  setCsrfToken(r.csrf_token);
  return r.user;
}

export async function logOut() {
  await postJson('/api/v1/auth/logout');
  setCsrfToken('');
}

// Where to go after logging in: a path of the console or the dashboard (with its query) only,
// never another site.
export function afterLogin(search) {
  const next = new URLSearchParams(search).get('tiep');
  if (next && /^\/bao-cao\/[A-Za-z0-9\-/]*(\?[A-Za-z0-9\-_=&%.]*)?$/.test(next)) return next;
  return next && /^\/can-bo\/[A-Za-z0-9\-/]*(\?[A-Za-z0-9\-=&.%_]*)?$/.test(next) && !next.startsWith('/can-bo/dang-nhap') ? next : '/can-bo/';
}
