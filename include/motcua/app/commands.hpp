#pragma once
// Each CLI command family registers its subcommands on the root app; main() lists them.
namespace CLI {
class App;
}

namespace motcua::app {

// What every command's --db takes (Database::open_at).
inline constexpr const char* kDbOptionHelp = "Database: a SQLite file or a postgresql:// URI";

void add_serve_command(CLI::App& root);
void add_routes_command(CLI::App& root);
void add_catalog_commands(CLI::App& root);
void add_calendar_commands(CLI::App& root);
void add_import_commands(CLI::App& root);
void add_audit_commands(CLI::App& root);
void add_stats_commands(CLI::App& root);
void add_export_commands(CLI::App& root);
void add_migrate_store_command(CLI::App& root);
void add_backup_commands(CLI::App& root);
void add_user_commands(CLI::App& root);
void add_pdp_commands(CLI::App& root);

}  // namespace motcua::app
