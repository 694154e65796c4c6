#pragma once
// Key rotation for the personal data sealed at rest (issue 14, point 3; src/secret/README.md):
// a new sealing key, then every sealed value sealed again under it, page by page, each page in
// its own write so a serving node goes on working beside it.
#include <cstdint>
#include <string>
#include <vector>

#include "motcua/store/database.hpp"

namespace motcua::service {

struct ResealCount {
  std::string table;
  std::int64_t rows_read = 0;
  std::int64_t rows_sealed_again = 0;
  std::vector<std::string> unreadable;  // "<row key> <column>": values that did not open
};

struct Resealing {
  std::string key_id;  // the key that now seals
  std::string key_file;
  std::vector<ResealCount> tables;
};

class DataKeyService {
 public:
  explicit DataKeyService(store::Database& db) : db_(db) {}

  // Adds a new sealing key to the key file (the older ones stay: values a serving node seals
  // before it reads the file again still open), records it in the store, and seals again under
  // it every value another key sealed.
  Result<Resealing> rotate_key();
  // Only the second half: seals again, under the current key, the values another key sealed
  // (those that nodes sealed with their older key while a rotation ran).
  Result<Resealing> reseal();

 private:
  store::Database& db_;
};

}  // namespace motcua::service
