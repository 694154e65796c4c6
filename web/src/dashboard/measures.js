// The indicators' counts as the dashboard names them, and the links to the dossiers behind them.
import { withQuery } from '../lib/api.js';

export const MEASURE = {
  received: 'Hồ sơ tiếp nhận',
  received_counter: 'Tiếp nhận trực tiếp',
  received_online: 'Tiếp nhận trực tuyến',
  received_postal: 'Tiếp nhận qua bưu chính',
  finished_early: 'Giải quyết trước hạn',
  finished_on_time: 'Giải quyết đúng hạn',
  finished_late: 'Giải quyết quá hạn',
  finished_on_time_national: 'Đúng hạn theo cách tính của Bộ chỉ số',
  finished_late_national: 'Quá hạn theo cách tính của Bộ chỉ số',
  in_progress_on_time: 'Đang giải quyết trong hạn',
  in_progress_overdue: 'Đang giải quyết quá hạn',
  waiting_for_applicant: 'Chờ người nộp bổ sung',
  withdrawn: 'Rút hồ sơ',
  refused: 'Từ chối giải quyết',
  supplement_requests: 'Lần yêu cầu bổ sung',
  apologies: 'Thư xin lỗi',
  late_without_apology: 'Quá hạn chưa có thư xin lỗi',
  refused_at_reception: 'Từ chối tiếp nhận',
};

const number = new Intl.NumberFormat('vi-VN');
export const fmt = (n) => number.format(n ?? 0);
export function pct(r) {
  if (r === null || r === undefined) return '—';
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(r * 100)}%`;
}

// The address of the list of dossiers behind one figure.
export function drillHref(measure, period, extra = {}) {
  return withQuery('/bao-cao/ho-so', { measure, from: period.from, to: period.to, ...extra });
}
