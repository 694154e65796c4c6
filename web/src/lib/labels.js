// Vietnamese names of the API's codes, so that no English reaches the screen.

export const LEVELS = [
  ['commune', 'Cấp xã'],
  ['province', 'Cấp tỉnh'],
  ['ministry', 'Cấp bộ'],
  ['other', 'Cơ quan khác'],
];
export const LEVEL = Object.fromEntries(LEVELS);

export const CHANNEL = {
  counter: 'Nộp trực tiếp',
  online: 'Nộp trực tuyến',
  postal: 'Qua bưu chính công ích',
};

export const PROCEDURE_STATUS = {
  active: 'Đang áp dụng',
  abolished: 'Đã bãi bỏ',
  replaced: 'Đã được thay thế',
};

export const DOSSIER_STATUS = {
  received: 'Đã tiếp nhận',
  in_progress: 'Đang giải quyết',
  supplement_requested: 'Chờ bổ sung hồ sơ',
  paused: 'Tạm dừng giải quyết',
  approved: 'Đã phê duyệt',
  result_ready: 'Đã có kết quả, chờ trả',
  returned: 'Đã trả kết quả',
  refused: 'Từ chối giải quyết',
  withdrawn: 'Đã rút hồ sơ',
};

export const ROLE = {
  receiver: 'Cán bộ tiếp nhận',
  specialist: 'Chuyên viên xử lý',
  leader: 'Lãnh đạo',
  manager: 'Quản lý trung tâm',
  admin: 'Quản trị hệ thống',
  inspector: 'Thanh tra',
};

// The steps of the default process (src/dossier/process_definition.cpp); a province's own
// definition may name others, shown by their role.
export const STEP = {
  examination: 'Thẩm định, xử lý hồ sơ',
  approval: 'Lãnh đạo phê duyệt, ký kết quả',
  result: 'Chuẩn bị và chuyển kết quả',
  return: 'Trả kết quả cho tổ chức, cá nhân',
};

export function stepName(item) {
  return STEP[item.current_step] ?? `Bước của ${(ROLE[item.step_role] ?? 'cán bộ').toLowerCase()}`;
}
