#pragma once
// Key rotation for the personal data sealed at rest (issue 14, point 3; src/secret/README.md):
// a new sealing key, then every sealed value sealed again under it, page by page, each page in
// its own write so a serving node goes on working beside it.
#include <cstdint>
#include <string>
#include <vector>

#include "motcua/store/database.hpp"
#include "motcua/store/personal_data_sealing.hpp"

namespace motcua::service {

struct Resealing {
  std::string key_id;  // the key that now seals
  std::string key_file;
  std::vector<store::ResealCount> tables;
};

class DataKeyService {
 public:
  explicit DataKeyService(store::Database& db) : db_(db) {}

  // Adds a new sealing key to the key file (the older ones stay) and records it in the store.
  // Nothing is sealed again yet: nodes that hold their own copy of the file must get the new
  // one first, or they could not open what is sealed under it.
  Result<Resealing> rotate_key();
  // Seals again, under the current key, every value another key sealed, page by page while the
  // nodes serve. A value that does not open is listed and left.
  Result<Resealing> reseal();

 private:
  store::Database& db_;
};

}  // namespace motcua::service
