#pragma once
// How every command but `serve` opens a store: it never starts sealing a store's personal data
// (docs/deploy.md §2a), so a run without the production key file cannot seal an old store under
// a key file of its own, nor leave one behind.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "motcua/store/database.hpp"

namespace motcua::app {

// `use`: never_start, or not_read for a command that reads no personal data.
inline Result<std::unique_ptr<store::Database>> open_cli_store(
    const std::string& where, const std::string& key_file = {},
    store::KeyUse use = store::KeyUse::never_start) {
  return store::Database::open_at(where, key_file, use);
}

// For a command that reads no personal data: it works without the key file.
inline Result<std::unique_ptr<store::Database>> open_cli_store_without_personal_data(
    const std::string& where) {
  return open_cli_store(where, {}, store::KeyUse::not_read);
}

// Opens the existing store `where` for `command` ("motcua pdp"); nothing, said on stderr, when
// there is none or it cannot be opened.
inline std::unique_ptr<store::Database> open_existing_cli_store(
    const std::string& command, const std::string& where,
    store::KeyUse use = store::KeyUse::never_start) {
  if (!store::Database::names_server(where) && !std::filesystem::exists(where)) {
    std::cerr << command << ": no database at " << where << "\n";
    return nullptr;
  }
  auto db = open_cli_store(where, {}, use);
  if (!db.ok()) {
    std::cerr << command << ": " << db.error().message << "\n";
    return nullptr;
  }
  return std::move(*db);
}

}  // namespace motcua::app
