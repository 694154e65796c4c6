// Builders for the browser tests' data, through the API as the officers would do it.
import assert from 'node:assert/strict';
import { apiAs } from './server.mjs';

// Sets the server's test clock; sessions expire on it, so callers log in again after it.
export async function setClock(base, iso) {
  const api = await apiAs(base, 'receiver');
  const r = await api('PUT', '/api/v1/_test/clock', { now: iso });
  assert.equal(r.status, 200, JSON.stringify(r.json));
}

let applicantNo = 0;

// Receives a counter dossier of `procedure` now (on the server's clock) and takes it through
// `steps` of the default process ('result_ready' = ready to return, in the receiver's queue).
export async function dossier(base, procedure, steps = []) {
  const desk = await apiAs(base, 'receiver');
  const proc = await desk('GET', `/api/v1/procedures/${procedure}`);
  const documents = proc.json.required_documents.filter((d) => d.mandatory)
    .map((d) => ({ id: d.id, copies: d.copies }));
  applicantNo++;
  const r = await desk('POST', '/api/v1/dossiers', {
    procedure_code: procedure, channel: 'counter', documents,
    applicant: {
      full_name: `Nguyễn Thị Mẫu ${applicantNo}`, id_number: `0012030${String(applicantNo).padStart(5, '0')}`,
      phone: `09123${String(applicantNo).padStart(5, '0')}`,
    },
  });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  const code = r.json.code;
  const actors = { specialist: await apiAs(base, 'specialist'), leader: await apiAs(base, 'leader') };
  const plan = { claim: 'specialist', approve: 'specialist', sign: 'leader', result_ready: 'specialist' };
  for (const action of steps) {
    const a = await actors[plan[action]]('POST', `/api/v1/dossiers/${code}/actions`, { action });
    assert.equal(a.status, 200, `${action}: ${JSON.stringify(a.json)}`);
  }
  return code;
}

export const TO_RETURN = ['claim', 'approve', 'sign', 'result_ready'];

// Opens `path` of the console at `base`, is sent to the login page, logs in as a demo user
// (by the labelled fields and Enter, as an officer would) and waits to be back at `path`.
export async function logInAs(page, base, username, path) {
  await page.goto(`${base}${path}`);
  await page.waitForURL(/\/can-bo\/dang-nhap/);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('motcua-demo');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${base}${path}`);
}
