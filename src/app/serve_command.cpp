// `motcua serve`: opens the database, seeds demo data when asked, and serves the API.
// `motcua routes`: the same wiring, listing the routes instead of listening.
#include <signal.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include "app/demo_dossiers.hpp"
#include "app/demo_seed.hpp"
#include "http/api_server.hpp"
#include "motcua/app/commands.hpp"
#include "motcua/common/log.hpp"
#include "motcua/service/stats_service.hpp"

namespace motcua::app {

namespace {

struct ServeOptions {
  std::string db = "motcua.db";
  int port = 8080;
  std::string host = "127.0.0.1";
  std::string public_url;
  int threads = 64;
  std::vector<std::string> trusted_proxies;
  int session_idle_minutes = 30;
  bool secure_cookie = false;
  bool demo = false;
  std::size_t demo_dossiers = 0;  // sample dossiers to add with the demo data
  bool test_clock = false;
  bool list_routes = false;  // print the routes the server would register, and stop
  bool json = false;         // with list_routes: as a JSON array
};

// A secret stays out of the command line, which every user of the machine can read (ps).
std::string metrics_token() {
  const char* token = std::getenv("MOTCUA_METRICS_TOKEN");
  return token ? token : "";
}

int print_routes(const std::vector<http::RouteInfo>& routes, bool json) {
  if (json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : routes)
      out.push_back({{"method", r.method}, {"path", r.path}, {"pattern", r.pattern}});
    std::cout << out.dump(2) << "\n";
  } else {
    for (const auto& r : routes) std::cout << r.method << " " << r.path << "\n";
  }
  return 0;
}

int serve(const ServeOptions& o) {
  // SIGINT/SIGTERM are taken by one thread with sigwait, which stops the server cleanly so the
  // writer can finish its last group.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  // Two server processes must never share a request id (their logs meet in one place).
  auto node_prefix = http::random_node_prefix();
  if (!node_prefix.ok()) {
    log::error("cannot start", {{"error", node_prefix.error().message}});
    return 2;
  }
  auto db = store::Database::open_at(o.db);
  if (!db.ok()) {
    log::error("cannot open database", {{"db", o.db}, {"error", db.error().message}});
    return 2;
  }
  store::Database& database = **db;
  SystemClock system_clock;
  ShiftableClock shiftable;
  const Clock& clock = o.test_clock ? static_cast<const Clock&>(shiftable) : system_clock;

  auth::SessionPolicy session_policy;
  session_policy.idle = std::chrono::minutes(o.session_idle_minutes);
  service::AuthService auth(database, clock, session_policy);
  service::CatalogService catalog(database, clock);
  service::CalendarService calendars(database, clock);
  const service::CalendarLookup agency_calendars = [&calendars](const std::string& agency) {
    return calendars.for_agency(agency);
  };
  service::ReceptionService reception(database, clock, agency_calendars);
  service::DossierQueryService dossiers(database, clock);
  service::RateLimiter limiter(database, clock);
  service::WorkflowService workflow(database, clock, agency_calendars);
  service::NotificationService notifications(database, clock);
  service::LetterService letters(database, clock);
  service::ProcessService processes(database, clock);
  service::StatsService stats(database, clock);
  service::StatsReportService stats_reports(database, clock, agency_calendars);
  service::TrackingBookService tracking_book(database, clock);
  service::ReceptionNoticeService notices(database, clock);
  service::BoundaryFreeService boundary_free(database, clock);
  service::OnlineService online(database, clock, agency_calendars);
  std::atomic<bool> ready{false};
  const std::string public_url =
      o.public_url.empty() ? "http://localhost:" + std::to_string(o.port) : o.public_url;
  service::ReceiptService receipts(database, dossiers, public_url);
  http::ApiContext ctx{database,
                       clock,
                       o.test_clock ? &shiftable : nullptr,
                       auth,
                       catalog,
                       reception,
                       dossiers,
                       receipts,
                       limiter,
                       public_url,
                       ready,
                       workflow,
                       notifications,
                       letters,
                       calendars,
                       processes,
                       stats,
                       tracking_book,
                       notices,
                       boundary_free,
                       online,
                       stats_reports,
                       o.trusted_proxies,
                       metrics_token(),
                       o.secure_cookie};
  http::ApiServer server(ctx, o.threads, std::move(*node_prefix));
  if (o.list_routes) return print_routes(server.routes(), o.json);
  // Dossiers recorded before the counters existed are counted once, before serving.
  if (Status built = stats.ensure_built(); !built.ok()) {
    log::error("cannot build the statistics' counters", {{"error", built.error().message}});
    return 2;
  }
  // The port is taken before anything starts: one in use fails the command at once, instead of
  // a server announced as serving that is not there.
  if (!server.bind(o.host, o.port)) {
    log::error("cannot listen", {{"host", o.host}, {"port", o.port}});
    std::cerr << "motcua: cannot listen on " << o.host << ":" << o.port
              << " (is another server using it?)\n";
    return 1;
  }
  std::thread stopper([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    server.stop();
  });

  // Listen at once so /healthz can say "starting"; it says ok only when all below is done.
  std::thread listener([&] {
    if (!server.listen()) {
      log::error("cannot listen", {{"host", o.host}, {"port", o.port}});
      kill(getpid(), SIGTERM);
    }
  });
  Status prepared = ok_status();
  if (o.demo) {
    const char* pw = std::getenv("MOTCUA_DEMO_PASSWORD");
    prepared = seed_demo(database, clock, pw && *pw ? pw : "motcua-demo", std::cout);
  }
  if (prepared.ok()) prepared = catalog.rebuild_index();
  // The shipped boundary-free lists (Decree 118/2025), for provinces and procedures present.
  if (prepared.ok()) {
    auto seeded = boundary_free.seed_shipped();
    if (!seeded.ok()) prepared = seeded.error();
  }
  if (prepared.ok() && o.demo_dossiers > 0) {
    auto seeded =
        seed_demo_dossiers(database, clock.now(), agency_calendars, o.demo_dossiers, std::cout);
    if (!seeded.ok()) prepared = seeded.error();
  }
  if (!prepared.ok()) {
    log::error("start-up failed", {{"error", prepared.error().message}});
    kill(getpid(), SIGTERM);
  } else {
    ready = true;
    log::info("serving", {{"host", o.host}, {"port", o.port}, {"db", o.db}});
    std::cout << "motcua serving on http://" << o.host << ":" << o.port << std::endl;
    if (o.demo)
      std::cout << "demo logins (commune " << kDemoCommune
                << ", Phường Hội An): receiver, specialist, leader, admin; province "
                << kDemoProvince << " (Đà Nẵng): province_admin; " << kDemoDepartment
                << ": stp_specialist; commune " << kDemoOtherCommune
                << " (Phường Hải Châu): haichau_receiver, haichau_specialist, haichau_leader; "
                   "password from MOTCUA_DEMO_PASSWORD (default motcua-demo)"
                << std::endl;
  }
  listener.join();
  // The listener may have ended by itself (listen failed); wake the stopper either way.
  kill(getpid(), SIGTERM);
  stopper.join();
  return prepared.ok() ? 0 : 1;
}

}  // namespace

void add_serve_command(CLI::App& root) {
  auto o = std::make_shared<ServeOptions>();
  auto* cmd = root.add_subcommand("serve", "Start the HTTP server");
  cmd->add_option("--db", o->db, kDbOptionHelp);
  cmd->add_option("--port", o->port, "TCP port");
  cmd->add_option("--host", o->host, "Address to listen on");
  cmd->add_option("--public-url", o->public_url, "Base URL printed in receipts' QR codes");
  cmd->add_option("--threads", o->threads, "HTTP worker threads");
  cmd->add_option("--trusted-proxy", o->trusted_proxies,
                  "Address of a proxy (e.g. nginx) whose X-Forwarded-For names the client; "
                  "repeatable");
  cmd->add_flag("--secure-cookie", o->secure_cookie,
                "The site is reached over HTTPS only: mark the session cookie Secure (behind a "
                "trusted proxy that sends X-Forwarded-Proto: https it is in any case)");
  cmd->add_option("--session-idle-minutes", o->session_idle_minutes,
                  "A staff session ends after this many minutes without a request (it ends "
                  "12 hours after its login in any case)")
      ->check(CLI::Range(1, 720));
  auto* demo_flag =
      cmd->add_flag("--demo", o->demo, "Seed demo data (idempotent, merges into existing data)");
  cmd->add_option("--demo-dossiers", o->demo_dossiers,
                  "With --demo: add N sample dossiers in varied states, received at past times "
                  "(once: a second run adds none)")
      ->needs(demo_flag);
  cmd->add_flag("--test-clock", o->test_clock, "Allow PUT /api/v1/_test/clock (tests only)");
  cmd->callback([o] {
    if (int rc = serve(*o); rc != 0) throw CLI::RuntimeError(rc);
  });
}

void add_routes_command(CLI::App& root) {
  auto o = std::make_shared<ServeOptions>();
  o->db = ":memory:";
  o->list_routes = true;
  auto* cmd = root.add_subcommand(
      "routes", "List the HTTP routes the server registers (built as serve builds them)");
  cmd->add_flag("--test-clock", o->test_clock, "As serve --test-clock would register them");
  cmd->add_flag("--json", o->json, "A JSON array of {method, path, pattern}");
  cmd->callback([o] {
    if (int rc = serve(*o); rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace motcua::app
