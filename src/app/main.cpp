// motcua: one binary for the server and its command-line tools.
#include <CLI/CLI.hpp>

#include "motcua/app/commands.hpp"

int main(int argc, char** argv) {
  CLI::App root{"motcua — one-stop administrative service system (Một cửa)"};
  root.require_subcommand(1);
  motcua::app::add_serve_command(root);
  motcua::app::add_routes_command(root);
  motcua::app::add_catalog_commands(root);
  motcua::app::add_calendar_commands(root);
  motcua::app::add_import_commands(root);
  motcua::app::add_audit_commands(root);
  motcua::app::add_migrate_store_command(root);
  motcua::app::add_backup_commands(root);
  motcua::app::add_user_commands(root);
  motcua::app::add_pdp_commands(root);
  motcua::app::add_stats_commands(root);
  motcua::app::add_export_commands(root);
  CLI11_PARSE(root, argc, argv);
  return 0;
}
