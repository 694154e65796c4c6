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
  submitted: 'Nộp trực tuyến, chờ tiếp nhận',
  not_received: 'Không tiếp nhận (Mẫu 02/03)',
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
  supplement: 'Chờ người nộp bổ sung hồ sơ',
};

export function stepName(item) {
  return STEP[item.current_step] ?? `Bước của ${(ROLE[item.step_role] ?? 'cán bộ').toLowerCase()}`;
}

// The workflow's actions as buttons and dialog titles say them, with the form each issues.
export const ACTION = {
  claim: 'Nhận xử lý hồ sơ',
  assign: 'Giao cán bộ xử lý',
  forward: 'Chuyển bước tiếp theo',
  send_back: 'Trả lại bước trước',
  request_supplement: 'Yêu cầu bổ sung hồ sơ (Mẫu 02)',
  submit_supplement: 'Ghi nhận hồ sơ đã bổ sung',
  refuse: 'Từ chối giải quyết (Mẫu 03)',
  approve: 'Hoàn thành thẩm định, trình ký',
  sign: 'Ký duyệt kết quả',
  result_ready: 'Đã có kết quả, chuyển trả',
  return_result: 'Trả kết quả cho người nộp',
  withdraw: 'Rút hồ sơ theo đề nghị (Mẫu 05)',
  pause: 'Tạm dừng giải quyết',
  resume: 'Tiếp tục giải quyết',
  apologize: 'Xin lỗi và hẹn lại (Mẫu 04)',
  accept_online: 'Tiếp nhận hồ sơ nộp trực tuyến',
};
export const ACTION_FORM = { request_supplement: '02', refuse: '03', apologize: '04', withdraw: '05' };

// The history's events (the actions above, and reception).
export const EVENT = {
  receive: 'Tiếp nhận hồ sơ',
  claim: 'Nhận xử lý',
  assign: 'Giao cán bộ xử lý',
  forward: 'Chuyển bước',
  send_back: 'Trả lại bước trước',
  request_supplement: 'Yêu cầu bổ sung hồ sơ',
  submit_supplement: 'Người nộp đã bổ sung hồ sơ',
  refuse: 'Từ chối giải quyết',
  approve: 'Hoàn thành thẩm định',
  sign: 'Ký duyệt kết quả',
  result_ready: 'Kết quả sẵn sàng',
  return_result: 'Trả kết quả',
  withdraw: 'Rút hồ sơ',
  pause: 'Tạm dừng giải quyết',
  resume: 'Tiếp tục giải quyết',
  apologize: 'Xin lỗi, hẹn lại',
  submit_online: 'Nộp hồ sơ trực tuyến',
  accept_online: 'Tiếp nhận hồ sơ trực tuyến',
  not_received: 'Không tiếp nhận, đã gửi thông báo',
  rated: 'Người nộp đánh giá',
  personal_data_erased: 'Xóa dữ liệu cá nhân của người nộp',
};

export const FORM_TITLE = {
  '01': 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)',
  '02': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
  '03': 'Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)',
  '04': 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu 04)',
  '05': 'Thông báo dừng giải quyết hồ sơ (Mẫu 05)',
  '06': 'Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)',
};

// A step's result on the process control sheet, in words (the colour only repeats them).
export const STEP_RESULT = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
  pending: 'Chưa có hạn',
};

export const RETURN_METHOD = [
  ['counter', 'Trả trực tiếp tại Bộ phận Một cửa'],
  ['postal', 'Qua bưu chính công ích'],
  ['online', 'Trả trực tuyến'],
];
