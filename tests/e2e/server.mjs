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
  // A port free when asked can be taken before the server binds it: that server says "cannot
  // listen" and exits 1, and another port is tried. A server counts as started only once it
  // says it serves, so another process's /healthz on that port is never taken for this one's.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const proc = spawn(binary, ['serve', '--db', join(dir, 'm.db'), '--port', String(port), '--demo',
      '--test-clock'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let said = '';
    let exited = false;
    let started = false;
    // Read to the end (a full pipe would block the server); kept only until it has started.
    const hear = (d) => { if (!started) said += d; };
    proc.stdout.on('data', hear);
    proc.stderr.on('data', hear);
    proc.once('exit', () => { exited = true; });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 1200 && !started && !exited; i++) {
      if (said.includes('motcua serving on')) {
        try {
          started = (await fetch(`${base}/healthz`)).ok;
        } catch { /* not answering yet */ }
      }
      if (!started) await new Promise((r) => setTimeout(r, 50));
    }
    if (!started) {
      if (exited && said.includes('cannot listen') && attempt < 5) continue;
      proc.kill('SIGKILL');
      throw new Error(`the server did not start:\n${said.slice(-2000)}`);
    }
    return {
      base,
      db: join(dir, 'm.db'),  // for the command line beside the server (`motcua pdp …`)
      async stop() {
        if (!exited) {
          const gone = new Promise((r) => proc.once('exit', r));
          proc.kill('SIGTERM');
          await gone;
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
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
