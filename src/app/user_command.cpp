// `motcua user add|passwd|disable|enable|list` (issue 14, point 4): an admin keeps the staff
// accounts on the server's machine. A password is read from standard input (typed twice with
// the echo off on a terminal; one line from a pipe), never from the command line, where `ps`
// and the shell's history would show it.
#include <termios.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iomanip>
#include <iostream>

#include "app/cli_store.hpp"
#include "app/operator_name.hpp"
#include "motcua/app/commands.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/service/user_admin_service.hpp"
#include "motcua/store/database.hpp"

namespace motcua::app {

namespace {

struct UserOptions {
  std::string db = "motcua.db";
  service::NewAccount account;
  std::string agency_filter;
};

std::string read_line_quietly(const std::string& prompt) {
  termios before{};
  const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &before) == 0;
  if (terminal) {
    std::cerr << prompt << std::flush;
    termios quiet = before;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    (void)::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  // A line from a Windows editor or a CRLF pipe ends in '\r', which nobody means to type.
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (terminal) {
    (void)::tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    std::cerr << "\n";
  }
  return line;
}

// The new password, or nothing when the two typed on a terminal differ.
std::optional<std::string> read_new_password() {
  const std::string first = read_line_quietly("New password (mật khẩu mới): ");
  if (::isatty(STDIN_FILENO) && read_line_quietly("Again (nhập lại): ") != first) {
    std::cerr << "the two passwords differ; nothing was changed\n";
    return std::nullopt;
  }
  return first;
}

int report(const Error& e) {
  std::cerr << (e.field.empty() ? "" : e.field + ": ") << e.message << " (" << e.message_vi
            << ")\n";
  return e.code == ErrorCode::invalid || e.code == ErrorCode::not_found ||
                 e.code == ErrorCode::conflict
             ? 2
             : 1;
}

// Opens the store and runs `fn` with the service; the command's exit status.
template <typename F>
int with_service(const std::string& db_path, F fn) {
  auto db = open_cli_store_without_personal_data(db_path);
  if (!db.ok()) return report(db.error());
  SystemClock clock;
  service::UserAdminService users(**db, clock);
  return fn(users);
}

int add(const UserOptions& o) {
  auto password = read_new_password();
  if (!password) return 2;
  service::NewAccount a = o.account;
  a.password = *password;
  return with_service(o.db, [&](service::UserAdminService& users) {
    auto added = users.add(a, operator_name());
    if (!added.ok()) return report(added.error());
    std::cout << "added " << added->username << " (" << auth::to_string(added->role) << ", "
              << added->agency_code << ")\n";
    return 0;
  });
}

int passwd(const UserOptions& o) {
  auto password = read_new_password();
  if (!password) return 2;
  return with_service(o.db, [&](service::UserAdminService& users) {
    auto ended = users.set_password(o.account.username, *password, operator_name());
    if (!ended.ok()) return report(ended.error());
    std::cout << "password of " << o.account.username << " changed; " << *ended
              << " sessions ended\n";
    return 0;
  });
}

int set_active(const UserOptions& o, bool active) {
  return with_service(o.db, [&](service::UserAdminService& users) {
    auto ended = users.set_active(o.account.username, active, operator_name());
    if (!ended.ok()) return report(ended.error());
    std::cout << o.account.username << (active ? " enabled" : " disabled");
    if (!active) std::cout << "; " << *ended << " sessions ended";
    std::cout << "\n";
    return 0;
  });
}

int list(const UserOptions& o) {
  return with_service(o.db, [&](service::UserAdminService& users) {
    auto all = users.list();
    if (!all.ok()) return report(all.error());
    for (const auto& u : *all) {
      if (!o.agency_filter.empty() && u.agency_code != o.agency_filter) continue;
      std::cout << std::left << std::setw(12) << u.agency_code << std::setw(24) << u.username
                << std::setw(12) << auth::to_string(u.role) << std::setw(10)
                << (u.active ? "active" : "disabled") << u.full_name << "\n";
    }
    return 0;
  });
}

void user_run(int rc) {
  if (rc != 0) throw CLI::RuntimeError(rc);
}

}  // namespace

void add_user_commands(CLI::App& root) {
  auto* user = root.add_subcommand("user", "Staff accounts: add, passwd, disable, enable, list");
  user->require_subcommand(1);
  auto o = std::make_shared<UserOptions>();
  auto username = [&](CLI::App* cmd) {
    cmd->add_option("--db", o->db, kDbOptionHelp);
    cmd->add_option("--username", o->account.username, "The login name")->required();
  };
  auto* a = user->add_subcommand("add", "Add an account; the password is read from stdin");
  username(a);
  a->add_option("--full-name", o->account.full_name, "Họ và tên")->required();
  a->add_option("--role", o->account.role,
                "receiver, specialist, leader, manager, admin or inspector")
      ->required();
  a->add_option("--agency", o->account.agency_code, "The agency's code")->required();
  a->callback([o] { user_run(add(*o)); });

  auto* p = user->add_subcommand("passwd", "Set a new password (from stdin); ends its sessions");
  username(p);
  p->callback([o] { user_run(passwd(*o)); });

  auto* d = user->add_subcommand("disable", "Refuse the account's logins; ends its sessions");
  username(d);
  d->callback([o] { user_run(set_active(*o, false)); });

  auto* e = user->add_subcommand("enable", "Allow a disabled account's logins again");
  username(e);
  e->callback([o] { user_run(set_active(*o, true)); });

  auto* l = user->add_subcommand("list", "Every account, by agency");
  l->add_option("--db", o->db, kDbOptionHelp);
  l->add_option("--agency", o->agency_filter, "Only this agency's accounts");
  l->callback([o] { user_run(list(*o)); });
}

}  // namespace motcua::app
