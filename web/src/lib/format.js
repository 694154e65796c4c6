// Dates, durations, money and processing times as a Vietnamese reader expects them.

const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit',
  year: 'numeric',
});

// "2026-03-03T17:00:00+07:00" → "17:00 03/03/2026"
export function formatDateTime(iso) {
  if (!iso) return '';
  return dateTime.format(new Date(iso));
}

const MINUTES_PER_WORKING_DAY = 8 * 60;

// Working minutes → "1 ngày 2 giờ", "45 phút" (a working day has 8 hours).
export function formatWorkingMinutes(minutes) {
  const m = Math.max(0, Math.round(minutes));
  const days = Math.floor(m / MINUTES_PER_WORKING_DAY);
  const hours = Math.floor((m % MINUTES_PER_WORKING_DAY) / 60);
  const mins = m % 60;
  const parts = [];
  if (days) parts.push(`${days} ngày`);
  if (hours) parts.push(`${hours} giờ`);
  if (mins && !days) parts.push(`${mins} phút`);
  return parts.length ? parts.join(' ') : 'dưới 1 phút';
}

const number = new Intl.NumberFormat('vi-VN');

// A channel's fee: "Miễn phí", "50.000 đồng", or the catalogue's own text.
export function formatFee(term) {
  if (term.fee_vnd === 0) return 'Miễn phí';
  if (typeof term.fee_vnd === 'number') return `${number.format(term.fee_vnd)} đồng`;
  return term.fee_text || 'Không có thông tin';
}

const UNIT = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
  calendar_months: 'tháng',
};

// A channel's processing time: "1 ngày làm việc", "0,5 ngày làm việc", or the catalogue's text.
export function formatProcessingTime(term) {
  if (term.time && UNIT[term.time.unit]) {
    return `${number.format(term.time.amount)} ${UNIT[term.time.unit]}`;
  }
  return term.time_text || 'Không có thông tin';
}

const dateOnly = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric',
});

// "2026-03-01T00:00:00+07:00" → "01/03/2026" (the day in Vietnam's time zone)
export function formatDay(iso) {
  if (!iso) return '';
  return dateOnly.format(new Date(iso));
}
