// "Tải Excel" and "Tải CSV" for a table: the server builds both (XLSX with a totals row, CSV in
// UTF-8 with a byte order mark so Excel shows the Vietnamese).
import { withQuery } from '../lib/api.js';

export function ExportLinks({ path, params, what }) {
  return (
    <p class="exports">
      <a href={withQuery(path, { ...params, format: 'xlsx' })} download>Tải Excel (.xlsx) {what}</a>
      <a href={withQuery(path, { ...params, format: 'csv' })} download>Tải CSV {what}</a>
    </p>
  );
}
