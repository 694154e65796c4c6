// Starts the real motcua server (SQLite, demo data, test clock) on a free loopback port.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binary = process.env.MOTCUA_BIN ?? join(root, 'build', 'motcua');

async function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-e2e-'));
  const port = await freePort();
  const proc = spawn(binary, ['serve', '--db', join(dir, 'm.db'), '--port', String(port), '--demo',
    '--test-clock'], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    base,
    db: join(dir, 'm.db'),  // for the command line beside the server (`motcua pdp …`)
    async stop() {
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Sessions opened by apiAs, by server and user: a real login costs an Argon2id hash (about
// 0.2 s), so one still accepted by the server (GET /api/v1/me) is taken again.
const sessions = new Map();

async function sessionOf(base, username) {
  const key = `${base} ${username}`;
  const known = sessions.get(key);
  if (known) {
    const me = await fetch(`${base}/api/v1/me`, { headers: { Authorization: `Bearer ${known}` } });
    if (me.ok && (await me.json()).username === username) return known;
  }
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: process.env.MOTCUA_DEMO_PASSWORD ?? 'motcua-demo' }),
  });
  const { token } = await login.json();
  sessions.set(key, token);
  return token;
}

// Logs in as a demo user and returns a function that calls the API with its token.
export async function apiAs(base, username) {
  const token = await sessionOf(base, username);
  return async (method, path, body) => {
    const res = await fetch(`${base}${path}`, {
      method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, json: await res.json() };
  };
}
