#include <CLI/CLI.hpp>
#include <httplib.h>

#include <csignal>
#include <iostream>
#include <memory>

#include "motcua/app/commands.hpp"

namespace motcua::app {

void add_serve_command(CLI::App& root) {
  struct Options {
    std::string db = "motcua.db";
    int port = 8080;
    std::string host = "127.0.0.1";
    bool demo = false;
    bool test_clock = false;
  };
  auto opts = std::make_shared<Options>();
  auto* cmd = root.add_subcommand("serve", "Start the HTTP server");
  cmd->add_option("--db", opts->db, "SQLite database file");
  cmd->add_option("--port", opts->port, "TCP port");
  cmd->add_option("--host", opts->host, "Address to listen on");
  cmd->add_flag("--demo", opts->demo, "Seed demo data (idempotent)");
  cmd->add_flag("--test-clock", opts->test_clock, "Allow PUT /api/v1/_test/clock (tests only)");
  cmd->callback([opts] {
    httplib::Server server;
    server.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("{\"status\":\"ok\"}", "application/json");
    });
    std::cout << "motcua listening on http://" << opts->host << ":" << opts->port << std::endl;
    if (!server.listen(opts->host, opts->port)) throw CLI::RuntimeError("cannot listen", 1);
  });
}

}  // namespace motcua::app
