#include <charconv>
#include <nlohmann/json.hpp>

#include "motcua/catalog/procedure_json.hpp"
#include "motcua/service/catalog_service.hpp"
#include "motcua/store/catalog_repository.hpp"

namespace motcua::service {

Status CatalogService::rebuild_index() {
  auto stored = db_.read<std::vector<store::StoredProcedure>>(
      [](store::SqlConnection& c) { return store::all_procedures(c); });
  if (!stored.ok()) return stored.error();
  auto by_code = std::make_shared<std::map<std::string, catalog::Procedure>>();
  std::vector<catalog::Procedure> list;
  list.reserve(stored->size());
  for (const auto& s : *stored) {
    auto p = catalog::procedure_from_json(nlohmann::json::parse(s.body));
    if (!p.ok()) return p.error();
    list.push_back(*p);
    by_code->emplace(s.code, std::move(*p));
  }
  auto index = std::make_shared<const catalog::ProcedureSearchIndex>(list);
  std::lock_guard lock(index_mutex_);
  index_ = std::move(index);
  procedures_ = std::move(by_code);
  return ok_status();
}

Result<SearchPage> CatalogService::search(const std::string& query,
                                          const catalog::SearchFilters& filters, int limit,
                                          const std::string& cursor) {
  // The cursor is the offset of the next page; opaque to clients, stable for a given index.
  std::size_t offset = 0;
  if (!cursor.empty()) {
    auto [p, ec] = std::from_chars(cursor.data(), cursor.data() + cursor.size(), offset);
    if (ec != std::errc() || p != cursor.data() + cursor.size())
      return make_error(ErrorCode::invalid, "request.cursor", "cursor is not one this server gave",
                        "cursor không hợp lệ", "cursor");
  }
  std::shared_ptr<const catalog::ProcedureSearchIndex> index;
  std::shared_ptr<const std::map<std::string, catalog::Procedure>> procedures;
  {
    std::lock_guard lock(index_mutex_);
    index = index_;
    procedures = procedures_;
  }
  if (!index)
    return make_error(ErrorCode::unavailable, "catalog.index_not_ready",
                      "the catalogue is still loading", "danh mục thủ tục đang được nạp");
  auto found = index->search(query, filters, std::size_t(limit), offset);
  SearchPage page;
  page.total = found.total;
  for (const auto& code : found.codes)
    if (auto it = procedures->find(code); it != procedures->end()) page.items.push_back(it->second);
  if (offset + found.codes.size() < found.total)
    page.next_cursor = std::to_string(offset + found.codes.size());
  return page;
}

}  // namespace motcua::service
