// The dashboard's period: a month, a quarter or a year, read from and written to the page's
// address (?ky=thang|quy|nam&gia-tri=2026-11|2026-Q4|2026), so a view can be shared.

const pad = (n) => String(n).padStart(2, '0');

function lastDay(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Today's date in Vietnam, as {year, month}.
export function thisMonth() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' })
    .formatToParts(new Date());
  const get = (t) => Number(parts.find((p) => p.type === t).value);
  return { year: get('year'), month: get('month') };
}

export const KINDS = [
  ['thang', 'Tháng'],
  ['quy', 'Quý'],
  ['nam', 'Năm'],
];

// The choices for a kind, the latest first: 24 months, 8 quarters or 5 years.
export function choices(kind) {
  const { year, month } = thisMonth();
  const out = [];
  if (kind === 'nam') {
    for (let y = year; y > year - 5; y--) out.push([String(y), `Năm ${y}`]);
  } else if (kind === 'quy') {
    let q = Math.floor((month - 1) / 3) + 1;
    let y = year;
    for (let i = 0; i < 8; i++) {
      out.push([`${y}-Q${q}`, `Quý ${q}/${y}`]);
      if (--q === 0) { q = 4; y--; }
    }
  } else {
    let m = month;
    let y = year;
    for (let i = 0; i < 24; i++) {
      out.push([`${y}-${pad(m)}`, `Tháng ${m}/${y}`]);
      if (--m === 0) { m = 12; y--; }
    }
  }
  return out;
}

// {from, to} (YYYY-MM-DD) of a choice.
export function range(kind, value) {
  if (kind === 'nam') return { from: `${value}-01-01`, to: `${value}-12-31` };
  if (kind === 'quy') {
    const [y, q] = value.split('-Q').map(Number);
    const first = (q - 1) * 3 + 1;
    return { from: `${y}-${pad(first)}-01`, to: `${y}-${pad(first + 2)}-${lastDay(y, first + 2)}` };
  }
  const [y, m] = value.split('-').map(Number);
  return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${lastDay(y, m)}` };
}

// The period the address names, or this month.
export function periodFrom(search) {
  const q = new URLSearchParams(search);
  const kind = KINDS.some(([k]) => k === q.get('ky')) ? q.get('ky') : 'thang';
  const all = choices(kind);
  const value = all.some(([v]) => v === q.get('gia-tri')) ? q.get('gia-tri') : all[0][0];
  return { kind, value, agency: q.get('co-quan') || '' };
}
