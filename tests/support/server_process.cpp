#include "support/server_process.hpp"

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace motcua::testing {
namespace {

// A port the kernel calls free now. Two threads asking at once can be told the same port
// (each socket is closed before the server binds it), so a port this process has handed out
// recently is not handed out again.
int free_port() {
  static std::mutex mutex;
  static std::deque<int> recent;
  std::lock_guard lock(mutex);
  for (;;) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("socket failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    const bool named = ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
                       ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0;
    ::close(fd);
    if (!named) throw std::runtime_error("cannot find a free port");
    const int port = ntohs(addr.sin_port);
    if (std::find(recent.begin(), recent.end(), port) != recent.end()) continue;
    recent.push_back(port);
    if (recent.size() > 64) recent.pop_front();
    return port;
  }
}

std::string file_text(const std::string& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string make_temp_dir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "motcua-api-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  return tmpl;
}

}  // namespace

std::string motcua_binary() {
  const char* bin = std::getenv("MOTCUA_BIN");
  return bin ? bin : MOTCUA_DEFAULT_BIN;
}

// With MOTCUA_TEST_PG set to a PostgreSQL server's URI without a database
// (postgresql://user@host:port), each server gets a fresh database there instead of a SQLite
// file (issue 13: the suites on both engines), named after its scratch folder.
namespace {

const char* test_pg() {
  const char* pg = std::getenv("MOTCUA_TEST_PG");
  return pg && *pg ? pg : nullptr;
}

std::string pg_database_name(const std::string& dir) {
  std::string name = "motcua_" + std::filesystem::path(dir).filename().string();
  for (char& ch : name)
    ch = std::isalnum(static_cast<unsigned char>(ch))
             ? char(std::tolower(static_cast<unsigned char>(ch)))
             : '_';
  return name;
}

int on_pg_server(const std::string& statement) {
  return std::system(
      ("psql -X -q '" + std::string(test_pg()) + "/postgres' -c '" + statement + "' >/dev/null")
          .c_str());
}

}  // namespace

std::string fresh_database(const std::string& dir) {
  if (!test_pg()) return dir + "/motcua.db";
  const std::string name = pg_database_name(dir);
  if (on_pg_server("CREATE DATABASE " + name) != 0)
    throw std::runtime_error("cannot create database " + name + " at " + test_pg());
  return std::string(test_pg()) + "/" + name;
}

void drop_fresh_database(const std::string& dir) {
  if (test_pg())
    (void)on_pg_server("DROP DATABASE IF EXISTS " + pg_database_name(dir) + " WITH (FORCE)");
}

ServerProcess::ServerProcess(std::vector<std::string> extra_args, std::string db_path) {
  dir_ = make_temp_dir();
  owns_database_ = db_path.empty();
  db_path_ = db_path.empty() ? fresh_database(dir_) : db_path;
  // A port free when asked can be taken before the server binds it (by a client's ephemeral
  // port, or a server of the other test process): that server says "cannot listen" and exits,
  // and another port is tried.
  for (int attempt = 1;; ++attempt) {
    port_ = free_port();
    spawn(extra_args);
    if (started(attempt < 5)) return;
  }
}

void ServerProcess::spawn(const std::vector<std::string>& extra_args) {
  std::vector<std::string> args = {motcua_binary(), "serve",  "--db",
                                   db_path_,        "--port", std::to_string(port_)};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  const std::string log = log_path();
  pid_ = ::fork();
  if (pid_ == 0) {
    FILE* f = std::freopen(log.c_str(), "w", stdout);
    (void)f;
    ::dup2(::fileno(stdout), 2);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
}

// Ready only once the server itself says it serves, without having failed to bind: a /healthz
// answered by someone else's server on that port is never taken for this one's.
bool ServerProcess::started(bool may_retry) {
  auto cli = client();
  const std::string log = log_path();
  for (int i = 0; i < 600; ++i) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      std::string text = file_text(log);
      if (may_retry && text.find("cannot listen") != std::string::npos) return false;
      // Its last words: the folder is left behind, but a CI machine only shows the output.
      if (text.size() > 2000) text = text.substr(text.size() - 2000);
      throw std::runtime_error("server exited early; log in " + log + ":\n" + text);
    }
    const std::string text = file_text(log);
    if (text.find("motcua serving on") != std::string::npos &&
        text.find("cannot listen") == std::string::npos)
      if (auto res = cli.Get("/healthz"); res && res->status == 200) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  throw std::runtime_error("server never became healthy; log in " + log);
}

ServerProcess::~ServerProcess() {
  stop();
  // The folder goes with the server: its logged errors are shown first, so a failed run on a
  // CI machine says what went wrong inside the server.
  std::ifstream log(log_path());
  int shown = 0;
  for (std::string line; shown < 5 && std::getline(log, line);)
    if (line.find("\"level\":\"error\"") != std::string::npos) {
      std::fprintf(stderr, "server %d logged: %s\n", port_, line.c_str());
      ++shown;
    }
  // A PostgreSQL database made for this server goes with it (another server on it is
  // disconnected), so a run leaves no hundreds of databases behind.
  if (owns_database_) drop_fresh_database(dir_);
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

void ServerProcess::stop() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
}

void ServerProcess::kill_hard() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
}

httplib::Client ServerProcess::client() const {
  httplib::Client cli("127.0.0.1", port_);
  cli.set_connection_timeout(std::chrono::seconds(5));
  cli.set_read_timeout(std::chrono::seconds(30));
  return cli;
}

int run_motcua(const std::vector<std::string>& args, std::string* output) {
  std::string cmd = motcua_binary();
  for (const auto& a : args) cmd += " '" + a + "'";
  return run_command(cmd, output);
}

int run_command(const std::string& command, std::string* output) {
  const std::string cmd = command + " 2>&1";
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (!pipe) return -1;
  std::array<char, 4096> buf;
  std::string out;
  while (size_t n = std::fread(buf.data(), 1, buf.size(), pipe)) out.append(buf.data(), n);
  int status = ::pclose(pipe);
  if (output) *output = std::move(out);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace motcua::testing
