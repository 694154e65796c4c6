#include "motcua/service/data_key_service.hpp"

#include "motcua/store/personal_data_sealing.hpp"

namespace motcua::service {

namespace {
// Rows per write: short transactions, so a serving node's requests wait little.
constexpr int kPage = 500;
}  // namespace

Result<Resealing> DataKeyService::rotate_key() {
  store::DataKeys& keys = db_.data_keys();
  auto added = keys.add_sealing_key();
  if (!added.ok()) return added.error();
  // Recorded before any value is sealed with it, so a node with an older key file is refused
  // at start rather than failing on the first value it cannot open.
  MOTCUA_TRY(
      db_.write([&](store::SqlConnection& c) { return store::record_data_keys(c, keys.ring()); }));
  return reseal();
}

Result<Resealing> DataKeyService::reseal() {
  store::DataKeys& keys = db_.data_keys();
  Resealing out{keys.ring().current().id, keys.file(), {}};
  for (const auto& t : store::sealed_tables()) {
    ResealCount count{t.table};
    std::string after;
    do {
      auto page = db_.write_returning<store::ResealedPage>(
          [&](store::SqlConnection& c) { return store::reseal_page(c, keys, t, after, kPage); });
      if (!page.ok()) return page.error();
      count.rows_read += page->rows_read;
      count.rows_sealed_again += page->rows_sealed_again;
      count.unreadable.insert(count.unreadable.end(), page->unreadable.begin(),
                              page->unreadable.end());
      after = page->last_key;
    } while (!after.empty());
    out.tables.push_back(std::move(count));
  }
  return out;
}

}  // namespace motcua::service
