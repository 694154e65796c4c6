#pragma once
// How every command but `serve` opens a store: it never starts sealing a store's personal data
// (docs/deploy.md §2a), so a run without the production key file cannot seal an old store under
// a key file of its own, nor leave one behind.
#include <memory>
#include <string>

#include "motcua/store/database.hpp"

namespace motcua::app {

inline Result<std::unique_ptr<store::Database>> open_cli_store(const std::string& where,
                                                               const std::string& key_file = {}) {
  return store::Database::open_at(where, key_file, store::Database::Sealing::never_start);
}

}  // namespace motcua::app
