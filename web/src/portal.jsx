// The citizen portal: the catalogue search at / and a procedure's page at /thu-tuc/{code}.
import { render } from 'preact';
import { useLocation } from './lib/router.js';
import { SearchPage } from './portal/search.jsx';
import { ProcedurePage } from './portal/procedure.jsx';

function Portal() {
  const { path, search } = useLocation();
  const m = path.match(/^\/thu-tuc\/([^/]+)$/);
  if (m) return <ProcedurePage key={path} code={decodeURIComponent(m[1])} />;
  return <SearchPage search={search} />;
}

render(<Portal />, document.getElementById('app'));
