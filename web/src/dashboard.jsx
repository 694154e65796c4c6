// The leaders' dashboard at /bao-cao/ (staff login through /can-bo/dang-nhap): the overview
// and, behind each number, the list of its dossiers (/bao-cao/ho-so, /bao-cao/qua-han,
// /bao-cao/buoc-cham).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Page, SiteHeader } from './components/layout.jsx';
import { ROLE } from './lib/labels.js';
import { useLocation } from './lib/router.js';
import { currentOfficer, logOut } from './console/session.js';
import { BacklogList, MeasureList, StepList } from './dashboard/lists.jsx';
import { Overview } from './dashboard/overview.jsx';

const LINKS = [
  ['/bao-cao/', 'Báo cáo'],
  ['/can-bo/', 'Hồ sơ cần xử lý'],
  ['/', 'Thủ tục'],
];

function Bar({ me }) {
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
    <SiteHeader links={LINKS} current="/bao-cao/">
      <div class="officer">
        <span class="officer-name">{me.full_name}</span>
        <span class="officer-role">{ROLE[me.role] ?? 'Cán bộ'} · Mã cơ quan {me.agency_code}</span>
        <button type="button" class="link-button" onClick={onLogout}>Đăng xuất</button>
        {error && <span class="error" role="alert">{error}</span>}
      </div>
    </SiteHeader>
  );
}

function App() {
  const { path, search } = useLocation();
  const [me, setMe] = useState(undefined);
  const [error, setError] = useState('');
  useEffect(() => {
    currentOfficer().then((who) => {
      if (!who) location.replace(`/can-bo/dang-nhap?tiep=${encodeURIComponent(location.pathname + location.search)}`);
      else setMe(who);
    }).catch((e) => setError(e.message));
  }, []);
  if (error) return <Page title="Báo cáo"><p class="error" role="alert">{error}</p></Page>;
  if (!me) return <Page title="Báo cáo"><p role="status">Đang kiểm tra phiên đăng nhập…</p></Page>;
  let body = <Overview me={me} search={search} />;
  let title = 'Báo cáo tình hình giải quyết hồ sơ';
  if (path === '/bao-cao/ho-so') { body = <MeasureList search={search} />; title = 'Danh sách hồ sơ'; }
  if (path === '/bao-cao/qua-han') { body = <BacklogList search={search} />; title = 'Hồ sơ đang quá hạn'; }
  if (path === '/bao-cao/buoc-cham') { body = <StepList search={search} />; title = 'Hồ sơ chậm ở một bước'; }
  return <Page title={title} wide header={<Bar me={me} />}>{body}</Page>;
}

render(<App />, document.getElementById('app'));
