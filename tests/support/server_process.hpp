#pragma once
// Starts the real motcua binary on a free loopback port against a fresh SQLite file, and stops
// it when destroyed. API tests talk to it over HTTP like any client.
#include <httplib.h>

#include <string>
#include <vector>

namespace motcua::testing {

class ServerProcess {
 public:
  // extra_args are appended to `motcua serve --db F --port P`.
  explicit ServerProcess(std::vector<std::string> extra_args = {"--demo", "--test-clock"},
                         std::string db_path = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  // The server's process id (e.g. to read its memory from /proc); -1 once stopped.
  int pid() const { return pid_; }
  // The database: a SQLite file, or a postgresql:// URI when MOTCUA_TEST_PG is set.
  const std::string& db_path() const { return db_path_; }
  // A scratch folder of this server's, removed with it: for files a test hands the CLI.
  const std::string& dir() const { return dir_; }
  // The file that receives the server's stdout and stderr (its JSON log lines).
  std::string log_path() const { return dir_ + "/server.log"; }
  httplib::Client client() const;
  // Stops the server (SIGTERM) and waits for it to exit.
  void stop();
  // Ends the server at once (SIGKILL: no shutdown code runs, as when the process crashes; the
  // kernel keeps what was written, so this is not a power cut) and reaps it.
  void kill_hard();

 private:
  void spawn(const std::vector<std::string>& extra_args);
  // Waits for the server to serve: true when it does, false when its port was taken and
  // `may_retry`; throws otherwise.
  bool started(bool may_retry);

  int port_ = 0;
  int pid_ = -1;
  bool owns_database_ = false;  // made for this server: removed with it
  std::string dir_;
  std::string db_path_;
};

// A new, empty database for a test, named after the folder `dir`: dir/motcua.db, or with
// MOTCUA_TEST_PG set a new database on that PostgreSQL server (its URI).
std::string fresh_database(const std::string& dir);
// Removes what fresh_database(dir) made on a PostgreSQL server, disconnecting whoever is on it
// (a SQLite file goes with its folder).
void drop_fresh_database(const std::string& dir);

// Path of the built binary (from MOTCUA_BIN, set by CTest).
std::string motcua_binary();
// Runs the binary with args; returns its exit status and puts stdout+stderr into output.
int run_motcua(const std::vector<std::string>& args, std::string* output = nullptr);
// Runs a shell command; returns its exit status and puts stdout+stderr into output.
int run_command(const std::string& command, std::string* output = nullptr);

}  // namespace motcua::testing
