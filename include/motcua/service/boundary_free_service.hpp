#pragma once
// Each province's list of procedures received regardless of administrative boundaries
// (Decree 118/2025/NĐ-CP), kept by the province's admins (an admin of the province or of its
// service centre; 403 for anyone else) with the append-only history of every change. The
// list shipped in data/embed/boundary_free/procedures.tsv is seeded once per entry.
#include <optional>
#include <string>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/store/boundary_free_repository.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

struct BoundaryFreePage {
  std::string province_code;
  std::vector<store::BoundaryFreeEntry> items;
  std::optional<std::string> next;  // the last procedure code when more follow
};

class BoundaryFreeService {
 public:
  static constexpr int kHistoryPage = 200;
  static constexpr std::size_t kMaxBasis = 1000;

  BoundaryFreeService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The list of the province the admin belongs to, by procedure code after `after`.
  Result<BoundaryFreePage> list(const auth::User& admin, const std::string& after, int limit);
  // Adds (or re-cites) a procedure: it must be in the catalogue (400 naming procedure_code);
  // `basis`, the decision that published it, is required (400 naming basis).
  Result<store::BoundaryFreeEntry> put(const auth::User& admin, const std::string& procedure_code,
                                       const std::string& basis);
  // Removes a procedure from the list; 404 when it is not on it.
  Status remove(const auth::User& admin, const std::string& procedure_code);
  // A page of one entry's history, oldest first.
  Result<std::vector<store::BoundaryFreeEdit>> history(const auth::User& admin,
                                                       const std::string& procedure_code, int limit,
                                                       int offset);

  // Seeds the shipped rows whose province agency and procedure exist and that the list never
  // had (so an admin's removal stays removed); returns how many were added.
  Result<int> seed_shipped();

 private:
  // The province the admin keeps the list of; forbidden for anyone else.
  Result<std::string> province_of_admin(store::SqlConnection& c, const auth::User& admin);

  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service
