#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

#include "motcua/catalog/procedure_json.hpp"
#include "motcua/catalog/query_rewriter.hpp"
#include "motcua/service/catalog_service.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/text/collation.hpp"

namespace motcua::service {

Status CatalogService::rebuild_index() {
  std::lock_guard rebuilding(rebuild_mutex_);
  // The generation is read first: a change committed between the two reads makes the index
  // newer than its generation, and the next call rebuilds once more, never the other way.
  auto generation =
      db_.read<std::int64_t>([](store::SqlConnection& c) { return store::catalog_generation(c); });
  if (!generation.ok()) return generation.error();
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
  // Citizens' words (data/embed/catalog/synonyms.tsv, fillers.tsv) are searched as the
  // catalogue's.
  auto index = std::make_shared<const catalog::ProcedureSearchIndex>(
      list, catalog::builtin_query_rewriter());
  constexpr std::size_t kLevels = 4;  // ministry, province, commune, other
  std::vector<std::map<std::string, FieldCount>> by_key(1 + kLevels);  // collation key → field
  for (const auto& p : list) {
    if (p.status != catalog::ProcedureStatus::active || p.field.empty()) continue;
    const std::string key = text::collation_key(p.field);
    auto count = [&](std::size_t slot) {
      auto& f = by_key[slot][key];
      if (f.name.empty()) f.name = p.field;
      ++f.count;
    };
    count(0);
    for (auto level : p.levels) count(1 + static_cast<std::size_t>(level));
  }
  auto fields = std::make_shared<std::vector<std::vector<FieldCount>>>(by_key.size());
  for (std::size_t slot = 0; slot < by_key.size(); ++slot)
    for (auto& [key, f] : by_key[slot]) (*fields)[slot].push_back(std::move(f));
  std::lock_guard lock(index_mutex_);
  index_ = std::move(index);
  procedures_ = std::move(by_code);
  fields_ = std::move(fields);
  generation_ = *generation;
  return ok_status();
}

Status CatalogService::refresh_if_changed() {
  auto stored =
      db_.read<std::int64_t>([](store::SqlConnection& c) { return store::catalog_generation(c); });
  if (!stored.ok()) return stored.error();
  {
    std::lock_guard lock(index_mutex_);
    if (generation_ >= *stored) return ok_status();
  }
  return rebuild_index();
}

bool offered_online(const catalog::Procedure& p) {
  return std::any_of(p.channels.begin(), p.channels.end(),
                     [](const auto& c) { return c.channel == catalog::Channel::online; });
}

Result<std::vector<FieldCount>> CatalogService::fields(std::optional<catalog::Level> level) {
  MOTCUA_TRY(refresh_if_changed());
  std::lock_guard lock(index_mutex_);
  if (!fields_)
    return make_error(ErrorCode::unavailable, "catalog.index_not_ready",
                      "the catalogue is still loading", "danh mục thủ tục đang được nạp");
  return (*fields_)[level ? 1 + static_cast<std::size_t>(*level) : 0];
}

Result<SearchPage> CatalogService::search(const std::string& query,
                                          const catalog::SearchFilters& filters, int limit,
                                          const std::string& cursor, std::optional<bool> online) {
  // The cursor is the offset of the next page; opaque to clients, stable for a given index.
  std::size_t offset = 0;
  if (!cursor.empty()) {
    auto [p, ec] = std::from_chars(cursor.data(), cursor.data() + cursor.size(), offset);
    if (ec != std::errc() || p != cursor.data() + cursor.size())
      return make_error(ErrorCode::invalid, "request.cursor", "cursor is not one this server gave",
                        "cursor không hợp lệ", "cursor");
  }
  MOTCUA_TRY(refresh_if_changed());
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
  SearchPage page;
  if (online) {
    // The index knows nothing of channels: rank every match, keep those with the asked
    // channel, then page. A catalogue holds a few thousand procedures, so this stays cheap.
    auto all = index->search(query, filters, index->size(), 0);
    std::vector<const catalog::Procedure*> kept;
    for (const auto& code : all.codes)
      if (auto it = procedures->find(code);
          it != procedures->end() && offered_online(it->second) == *online)
        kept.push_back(&it->second);
    page.total = kept.size();
    for (std::size_t i = offset; i < kept.size() && page.items.size() < std::size_t(limit); ++i)
      page.items.push_back(*kept[i]);
    if (offset + page.items.size() < page.total)
      page.next_cursor = std::to_string(offset + page.items.size());
    return page;
  }
  auto found = index->search(query, filters, std::size_t(limit), offset);
  page.total = found.total;
  for (const auto& code : found.codes)
    if (auto it = procedures->find(code); it != procedures->end()) page.items.push_back(it->second);
  if (offset + found.codes.size() < found.total)
    page.next_cursor = std::to_string(offset + found.codes.size());
  return page;
}

}  // namespace motcua::service
