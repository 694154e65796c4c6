#include "motcua/service/data_key_service.hpp"

#include "motcua/store/personal_data_sealing.hpp"

namespace motcua::service {

namespace {
Status sealed_store(const store::DataKeys& keys) {
  if (!keys.unsealed_store()) return ok_status();
  return make_error(ErrorCode::invalid, "pdp.not_sealed",
                    "this store's personal data is not sealed yet: start `motcua serve` on it "
                    "once, with its key file (docs/deploy.md §2a)",
                    "dữ liệu cá nhân của kho chưa được mã hoá: hãy chạy `motcua serve` một lần "
                    "với tệp khoá của kho");
}
}  // namespace

Result<Resealing> DataKeyService::rotate_key() {
  store::DataKeys& keys = db_.data_keys();
  MOTCUA_TRY(sealed_store(keys));
  auto added = keys.add_sealing_key();
  if (!added.ok()) return added.error();
  // Recorded at once, so a node started with a key file that lacks it is refused at start
  // rather than failing later on the first value it cannot open.
  MOTCUA_TRY(
      db_.write([&](store::SqlConnection& c) { return store::record_data_keys(c, keys.ring()); }));
  return Resealing{added->id, keys.file(), {}};
}

Result<Resealing> DataKeyService::reseal() {
  store::DataKeys& keys = db_.data_keys();
  MOTCUA_TRY(sealed_store(keys));
  // Never seal under a key the store has not recorded (a rotation whose recording failed): a
  // node with an older file would start, then fail on every value sealed again.
  MOTCUA_TRY(
      db_.write([&](store::SqlConnection& c) { return store::record_data_keys(c, keys.ring()); }));
  Resealing out{keys.ring().current().id, keys.file(), {}};
  for (const auto& t : store::sealed_tables()) {
    // A page per write: short transactions, so a serving node's requests wait little.
    auto count = store::reseal_table(t, [&](const std::string& after) {
      return db_.write_returning<store::ResealedPage>(
          [&](store::SqlConnection& c) { return store::reseal_page(c, keys, t, after, t.page); });
    });
    if (!count.ok()) return count.error();
    out.tables.push_back(std::move(*count));
  }
  return out;
}

}  // namespace motcua::service
