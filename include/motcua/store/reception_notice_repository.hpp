#pragma once
// Reception notices (Forms 02 and 03 issued at the desk, migration 0014): numbered per agency
// and year, inserted once, never changed; listed by issue time for an agency and the agencies
// below it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "motcua/dossier/reception_notice.hpp"
#include "motcua/store/queue_repository.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

// The next notice number of the agency's year (YYYY); numbers are never reused.
Result<long long> next_notice_number(SqlConnection& c, const std::string& agency_code,
                                     const std::string& year);

// Inserts `n` with `issuer_name`, the officer's full name as the notice prints it.
Status insert_reception_notice(SqlConnection& c, const dossier::ReceptionNotice& n,
                               const std::string& issuer_name);

struct StoredNotice {
  dossier::ReceptionNotice notice;
  std::string issuer_name;
};

Result<std::optional<StoredNotice>> find_reception_notice(SqlConnection& c, const std::string& id);
// The notice a client's Idempotency-Key made, if any.
Result<std::optional<StoredNotice>> find_reception_notice_by_key(SqlConnection& c,
                                                                 const std::string& key);

// Which notices a list covers: those of `agency_code` and every agency below it, issued in
// [from_iso, to_iso] (an empty bound is open), of `kind` ("supplement" or "refusal"; empty =
// both).
struct NoticeRange {
  std::string agency_code;
  std::string from_iso;
  std::string to_iso;
  std::string kind;
};

// A page of the range by issue time then id, after `after` (PageKey{issued_at, id}).
Result<std::vector<StoredNotice>> reception_notice_page(SqlConnection& c, const NoticeRange& range,
                                                        int limit,
                                                        const std::optional<PageKey>& after);

struct NoticeCounts {
  std::int64_t supplement = 0;
  std::int64_t refusal = 0;
};
Result<NoticeCounts> count_reception_notices(SqlConnection& c, const NoticeRange& range);

}  // namespace motcua::store
