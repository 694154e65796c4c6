// The officer console: the login page at /can-bo/dang-nhap and, behind it, the queue at
// /can-bo/, reception at /can-bo/tiep-nhan, the online submissions waiting at
// /can-bo/nop-truc-tuyen, a dossier at /can-bo/ho-so/{code}, the reception notices at
// /can-bo/phieu-tiep-nhan, for leaders, managers, admins and inspectors the consulted agencies
// that answered late at /can-bo/phoi-hop-tra-loi-cham and, for admins, the admin pages under
// /can-bo/quan-tri/.
// Without a session every console page sends to the login page. The menu shows what the
// user's role may use; the server still decides every request.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Page, SiteHeader } from './components/layout.jsx';
import { ROLE } from './lib/labels.js';
import { spaClick, useLocation } from './lib/router.js';
import { LoginPage } from './console/login.jsx';
import { DossierPage } from './console/dossier.jsx';
import { Queue } from './console/queue.jsx';
import { Reception } from './console/reception.jsx';
import { SubmittedQueue } from './console/online.jsx';
import { currentOfficer, logOut } from './console/session.js';
import { AdminTabs } from './console/admin_common.jsx';
import { AdminHolidays, AdminSchedule } from './console/admin_holidays.jsx';
import { AdminOfficeHours } from './console/admin_office_hours.jsx';
import { AdminProcesses } from './console/admin_processes.jsx';
import { NoticeList } from './console/notice_list.jsx';
import { AdminBoundaryFree } from './console/admin_boundary_free.jsx';
import { SESSIONS_PATH, Sessions } from './console/sessions.jsx';
import { LATE_CONSULTATION_ROLES, LATE_CONSULTATIONS_PATH, LateConsultations } from './console/late_consultations.jsx';

const RECEPTION_ROLES = ['receiver', 'manager', 'admin'];
const DOSSIER_PATH = '/can-bo/ho-so/';
const NOTICES_PATH = '/can-bo/phieu-tiep-nhan';
const ADMIN_PATH = '/can-bo/quan-tri/';
const SCHEDULE_PATH = '/can-bo/quan-tri/ngay-nghi/';

function consoleLinks(me) {
  return [
    ['/can-bo/', 'Hồ sơ cần xử lý'],
    ...(RECEPTION_ROLES.includes(me.role)
      ? [['/can-bo/tiep-nhan', 'Tiếp nhận hồ sơ'], ['/can-bo/nop-truc-tuyen', 'Hồ sơ nộp trực tuyến']]
      : []),
    [NOTICES_PATH, 'Phiếu đã lập'],
    // Every officer sees the figures of their agency's subtree (the server keeps the scope).
    ['/bao-cao/', 'Báo cáo thống kê'],
    // Those the report of late consultations is for (the server refuses the desk and specialists).
    ...(LATE_CONSULTATION_ROLES.includes(me.role) ? [[LATE_CONSULTATIONS_PATH, 'Cơ quan phối hợp trả lời chậm']] : []),
    ...(me.role === 'admin' ? [['/can-bo/quan-tri/quy-trinh', 'Quản trị']] : []),
    ['/', 'Thủ tục'],
    ['/tra-cuu', 'Tra cứu hồ sơ'],
  ];
}

function OfficerBar({ me, current }) {
  const [error, setError] = useState('');
  const onLogout = async () => {
    try {
      await logOut();
      location.assign('/can-bo/dang-nhap');
    } catch (e) {
      setError(e.message);
    }
  };
  return (
    <SiteHeader links={consoleLinks(me)} current={current}>
      <div class="officer">
        <span class="officer-name">{me.full_name}</span>
        <span class="officer-role">{ROLE[me.role] ?? 'Cán bộ'} · Mã cơ quan {me.agency_code}</span>
        <a class="officer-sessions" href={SESSIONS_PATH} onClick={spaClick}>Phiên đăng nhập</a>
        <button type="button" class="link-button" onClick={onLogout}>Đăng xuất</button>
        {error && <span class="error" role="alert">{error}</span>}
      </div>
    </SiteHeader>
  );
}

// The admin pages: tabs, then the page. The menu offers them to admins only; whoever types
// their address still sees what the server answers, its refusal (403) included.
function AdminPage({ me, path, search }) {
  const tab = path.startsWith(SCHEDULE_PATH) ? '/can-bo/quan-tri/ngay-nghi' : path;
  let body;
  if (path === '/can-bo/quan-tri/quy-trinh') body = <AdminProcesses me={me} search={search} />;
  else if (path === '/can-bo/quan-tri/gio-lam-viec') body = <AdminOfficeHours me={me} search={search} />;
  else if (path === '/can-bo/quan-tri/ngay-nghi') body = <AdminHolidays search={search} />;
  else if (path === '/can-bo/quan-tri/khong-phu-thuoc-dia-gioi') body = <AdminBoundaryFree />;
  else if (path.startsWith(SCHEDULE_PATH)) body = <AdminSchedule id={decodeURIComponent(path.slice(SCHEDULE_PATH.length))} />;
  else body = <p class="error" role="alert">Không tìm thấy trang.</p>;
  return (
    <>
      {me.role === 'admin' && <AdminTabs current={tab} />}
      {body}
    </>
  );
}

const ADMIN_TITLE = {
  '/can-bo/quan-tri/quy-trinh': 'Quy trình xử lý hồ sơ',
  '/can-bo/quan-tri/gio-lam-viec': 'Giờ làm việc của cơ quan',
  '/can-bo/quan-tri/ngay-nghi': 'Lịch nghỉ lễ, Tết',
  '/can-bo/quan-tri/khong-phu-thuoc-dia-gioi': 'Danh mục thủ tục không phụ thuộc địa giới hành chính',
};

function Console({ path, search }) {
  const [me, setMe] = useState(undefined);
  const [error, setError] = useState('');
  useEffect(() => {
    currentOfficer().then((who) => {
      if (!who) location.replace(`/can-bo/dang-nhap?tiep=${encodeURIComponent(location.pathname + location.search)}`);
      else setMe(who);
    }).catch((e) => setError(e.message));
  }, []);
  if (error) return <Page title="Bảng điều khiển cán bộ"><p class="error" role="alert">{error}</p></Page>;
  if (!me) return <Page title="Bảng điều khiển cán bộ"><p role="status">Đang kiểm tra phiên đăng nhập…</p></Page>;
  if (path === '/can-bo/tiep-nhan') {
    return (
      <Page title="Tiếp nhận hồ sơ" wide header={<OfficerBar me={me} current={path} />}>
        {RECEPTION_ROLES.includes(me.role)
          ? <Reception />
          : <p class="error" role="alert">Chỉ cán bộ tiếp nhận được tiếp nhận hồ sơ.</p>}
      </Page>
    );
  }
  if (path.startsWith(ADMIN_PATH)) {
    return (
      <Page title={ADMIN_TITLE[path] ?? 'Lịch nghỉ lễ, Tết'} wide header={<OfficerBar me={me} current="/can-bo/quan-tri/quy-trinh" />}>
        <AdminPage me={me} path={path} search={search} />
      </Page>
    );
  }
  if (path === SESSIONS_PATH) {
    return (
      <Page title="Phiên đăng nhập của tôi" header={<OfficerBar me={me} current={path} />}>
        <Sessions />
      </Page>
    );
  }
  if (path === NOTICES_PATH) {
    return (
      <Page title="Phiếu bổ sung, từ chối đã lập" wide header={<OfficerBar me={me} current={path} />}>
        <NoticeList />
      </Page>
    );
  }
  if (path === LATE_CONSULTATIONS_PATH) {
    // Whoever types the address sees what the server answers, its refusal included.
    return (
      <Page title="Cơ quan phối hợp trả lời chậm" wide header={<OfficerBar me={me} current={path} />}>
        <LateConsultations />
      </Page>
    );
  }
  if (path === '/can-bo/nop-truc-tuyen') {
    return (
      <Page title="Hồ sơ nộp trực tuyến" wide header={<OfficerBar me={me} current={path} />}>
        {RECEPTION_ROLES.includes(me.role)
          ? <SubmittedQueue />
          : <p class="error" role="alert">Chỉ cán bộ tiếp nhận được tiếp nhận hồ sơ nộp trực tuyến.</p>}
      </Page>
    );
  }
  if (path.startsWith(DOSSIER_PATH)) {
    const code = decodeURIComponent(path.slice(DOSSIER_PATH.length));
    return (
      <Page title={`Hồ sơ ${code}`} wide header={<OfficerBar me={me} current="/can-bo/" />}>
        <DossierPage code={code} me={me} />
      </Page>
    );
  }
  return (
    <Page title="Hồ sơ cần xử lý" wide header={<OfficerBar me={me} current="/can-bo/" />}>
      <Queue />
    </Page>
  );
}

function App() {
  const { path, search } = useLocation();
  if (path === '/can-bo/dang-nhap') return <LoginPage search={search} />;
  return <Console path={path} search={search} />;
}

render(<App />, document.getElementById('app'));
