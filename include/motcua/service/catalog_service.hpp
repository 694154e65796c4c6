#pragma once
// The procedure catalogue: saving imported procedures (versioned), reading one, searching.
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "motcua/catalog/agency.hpp"
#include "motcua/catalog/procedure.hpp"
#include "motcua/catalog/search_index.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

struct SaveCounts {
  int inserted = 0;
  int updated = 0;
  int unchanged = 0;
};

// One field (lĩnh vực) of the catalogue and how many procedures in force it holds.
struct FieldCount {
  std::string name;
  std::size_t count = 0;
};

struct SearchPage {
  std::vector<catalog::Procedure> items;
  std::size_t total = 0;
  std::string next_cursor;  // empty on the last page
};

class CatalogService {
 public:
  CatalogService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Saves procedures in one transaction; a changed procedure becomes a new version.
  Result<SaveCounts> save_procedures(const std::vector<catalog::Procedure>& procedures);
  Status save_agencies(const std::vector<catalog::Agency>& agencies);
  Result<catalog::Procedure> get(const std::string& code);

  // Rebuilds the in-memory search index from the database (at start and after imports).
  Status rebuild_index();
  // Rebuilds it when the stored catalogue generation moved since (an import by the CLI or by
  // another node on the same database): one primary-key read when nothing changed. Searches,
  // field lists and get() call it first, so every node serves the catalogue as committed.
  Status refresh_if_changed();
  // online: when set, only procedures that offer (true) or do not offer (false) an online
  // channel; the total and the pages count only those.
  Result<SearchPage> search(const std::string& query, const catalog::SearchFilters& filters,
                            int limit, const std::string& cursor,
                            std::optional<bool> online = std::nullopt);
  // The fields of the procedures in force (at `level` when given), in Vietnamese alphabetical
  // order, each with its count: what a field filter offers.
  Result<std::vector<FieldCount>> fields(std::optional<catalog::Level> level = std::nullopt);

 private:
  store::Database& db_;
  const Clock& clock_;
  std::mutex rebuild_mutex_;  // one rebuild at a time; taken before index_mutex_
  std::mutex index_mutex_;
  std::int64_t generation_ = -1;  // the catalogue generation the index was built from
  std::shared_ptr<const catalog::ProcedureSearchIndex> index_;
  std::shared_ptr<const std::map<std::string, catalog::Procedure>> procedures_;
  // fields_[0]: every level; fields_[1 + int(level)]: that level's.
  std::shared_ptr<const std::vector<std::vector<FieldCount>>> fields_;
};

// Whether a procedure can be submitted online (it has an online channel).
bool offered_online(const catalog::Procedure& p);

}  // namespace motcua::service
