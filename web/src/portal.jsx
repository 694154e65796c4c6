// The citizen portal: the catalogue search at /, a procedure's page at /thu-tuc/{code} and its
// online submission at /nop-ho-so/{code}.
import { render } from 'preact';
import { useLocation } from './lib/router.js';
import { SearchPage } from './portal/search.jsx';
import { ProcedurePage } from './portal/procedure.jsx';
import { SubmitPage } from './portal/submit.jsx';

function Portal() {
  const { path, search } = useLocation();
  const m = path.match(/^\/thu-tuc\/([^/]+)$/);
  if (m) return <ProcedurePage key={path} code={decodeURIComponent(m[1])} />;
  const s = path.match(/^\/nop-ho-so\/([^/]+)$/);
  if (s) return <SubmitPage key={path} code={decodeURIComponent(s[1])} />;
  return <SearchPage search={search} />;
}

render(<Portal />, document.getElementById('app'));
