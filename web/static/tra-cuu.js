// Public status lookup: asks the API with the dossier code and the phone's last four digits.
const STATUS = {
  received: 'Đã tiếp nhận',
  in_progress: 'Đang giải quyết',
  supplement_requested: 'Chờ bổ sung hồ sơ',
  paused: 'Tạm dừng giải quyết',
  approved: 'Đã phê duyệt',
  result_ready: 'Đã có kết quả, chờ trả',
  returned: 'Đã trả kết quả',
  refused: 'Từ chối giải quyết',
  withdrawn: 'Đã rút hồ sơ',
  submitted: 'Đã nộp trực tuyến, chờ tiếp nhận',
  not_received: 'Không tiếp nhận (đã có thông báo bổ sung hoặc từ chối)',
};
const ACTION = {
  receive: 'Tiếp nhận hồ sơ',
  claim: 'Cán bộ nhận xử lý',
  assign: 'Phân công xử lý',
  forward: 'Chuyển bước xử lý',
  send_back: 'Trả lại bước trước',
  request_supplement: 'Yêu cầu bổ sung hồ sơ',
  submit_supplement: 'Đã nhận hồ sơ bổ sung',
  refuse: 'Từ chối giải quyết',
  approve: 'Phê duyệt',
  sign: 'Ký kết quả',
  result_ready: 'Có kết quả',
  return_result: 'Trả kết quả',
  withdraw: 'Rút hồ sơ',
  pause: 'Tạm dừng',
  resume: 'Tiếp tục giải quyết',
  apologize: 'Xin lỗi và hẹn lại ngày trả kết quả',
  submit_online: 'Nộp hồ sơ trực tuyến',
  accept_online: 'Tiếp nhận hồ sơ trực tuyến',
  not_received: 'Thông báo không tiếp nhận hồ sơ',
  rated: 'Người nộp đánh giá sự hài lòng',
  personal_data_erased: 'Xóa dữ liệu cá nhân của người nộp',
};

const fmt = (iso) =>
  new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit',
    minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });
const $ = (id) => document.getElementById(id);

async function lookup(code, phone) {
  $('message').textContent = 'Đang tra cứu…';
  $('result').hidden = true;
  const res = await fetch(`/api/v1/public/dossiers/${encodeURIComponent(code)}?phone_last4=${encodeURIComponent(phone)}`);
  if (res.status === 404) {
    $('message').textContent = 'Không tìm thấy hồ sơ với mã và số điện thoại này. Vui lòng kiểm tra lại.';
    return;
  }
  if (res.status === 429) {
    $('message').textContent = 'Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau một phút.';
    return;
  }
  if (!res.ok) {
    $('message').textContent = 'Hệ thống đang bận, vui lòng thử lại sau.';
    return;
  }
  const d = await res.json();
  $('message').textContent = '';
  $('r-procedure').textContent = d.procedure_name;
  $('r-code').textContent = d.code;
  $('r-status').textContent = STATUS[d.status] ?? d.status;
  $('r-received').textContent = d.received_at ? fmt(d.received_at) : 'Chưa tiếp nhận';
  $('r-due').textContent = d.due_at ? fmt(d.due_at) : 'Tính từ khi hồ sơ được tiếp nhận';
  const steps = $('r-steps');
  steps.replaceChildren(...d.steps.map((s) => {
    const li = document.createElement('li');
    li.textContent = `${fmt(s.at)} — ${ACTION[s.action] ?? s.action}`;
    return li;
  }));
  const notices = d.notifications ?? [];
  $('r-notices').replaceChildren(...notices.map((n) => {
    const li = document.createElement('li');
    const when = document.createElement('time');
    when.dateTime = n.at;
    when.textContent = fmt(n.at);
    const text = document.createElement('p');
    text.textContent = n.message;
    li.append(when, text);
    return li;
  }));
  $('r-notices-box').hidden = notices.length === 0;
  showRating(d, code, phone);
  $('result').hidden = false;
}

// Rating once the result was returned (one per dossier): the levels come from the server.
let levelsLoaded = false;
async function loadLevels() {
  if (levelsLoaded) return;
  const res = await fetch('/api/v1/public/rating-levels');
  if (!res.ok) return;
  const { items } = await res.json();
  $('rate-levels').replaceChildren(...items.map((l, i) => {
    const label = document.createElement('label');
    label.className = 'choice';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'level';
    input.value = l.code;
    input.required = true;
    input.id = `level-${i}`;
    label.append(input, ` ${l.label}`);
    return label;
  }));
  levelsLoaded = true;
}

function showRating(d, code, phone) {
  $('rate-box').hidden = !(d.can_rate || d.rating);
  $('rate-form').hidden = !d.can_rate;
  $('rate-done').textContent = d.rating ? `Ông/Bà đã đánh giá: ${d.rating.label}.` : '';
  $('rate-message').textContent = '';
  if (d.can_rate) loadLevels();
  $('rate-form').dataset.code = code;
  $('rate-form').dataset.phone = phone;
}

$('rate-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = e.currentTarget;
  const level = form.querySelector('input[name=level]:checked');
  if (!level) {
    $('rate-message').textContent = 'Vui lòng chọn một mức đánh giá.';
    return;
  }
  const res = await fetch(`/api/v1/public/dossiers/${encodeURIComponent(form.dataset.code)}/rating`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ phone_last4: form.dataset.phone, level: level.value, comment: $('rate-comment').value.trim() }),
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) {
    $('rate-message').textContent = json?.error?.message_vi ?? 'Hệ thống đang bận, vui lòng thử lại sau.';
    return;
  }
  form.hidden = true;
  $('rate-done').textContent = `Cảm ơn Ông/Bà đã đánh giá: ${json.label}.`;
});

const params = new URLSearchParams(location.search);
if (params.get('code')) $('code').value = params.get('code');
$('lookup').addEventListener('submit', (e) => {
  e.preventDefault();
  lookup($('code').value.trim(), $('phone').value.trim());
});
