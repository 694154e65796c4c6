#include "api_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "json_io.hpp"
#include "motcua/common/log.hpp"
#include "routes.hpp"

namespace motcua::http {

namespace {

constexpr std::size_t kMaxBodyBytes = 8 * 1024 * 1024;
constexpr std::size_t kMaxSubmissionBytes = 41 * 1024 * 1024;
constexpr const char* kSubmissionPath = "/api/v1/public/online-submissions";

// Debian's cpp-httplib is a compiled library that listens with a backlog of 5. A burst of
// new connections (a morning queue of desks, citizens on phones) overflows it: the kernel
// drops the SYNs, clients wait a whole second to retry, and a connection completed by a SYN
// cookie may be reset after the request was sent. Calling listen() again on the bound socket
// only raises its backlog (Linux); the socket is found by its port, as the library keeps it
// private.
void raise_listen_backlog(int port) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
    int fd = -1;
    const std::string name = entry.path().filename().string();
    if (std::from_chars(name.data(), name.data() + name.size(), fd).ec != std::errc{}) continue;
    int accepting = 0;
    socklen_t len = sizeof accepting;
    if (::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &len) != 0 || !accepting) continue;
    sockaddr_storage addr{};
    socklen_t addr_len = sizeof addr;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &addr_len) != 0) continue;
    int bound = -1;
    if (addr.ss_family == AF_INET) bound = ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
    if (addr.ss_family == AF_INET6)
      bound = ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port);
    if (bound == port) ::listen(fd, SOMAXCONN);
  }
}

// cpp-httplib runs a request's pre-routing handler, route, and logger on one pool thread, one
// request after the other, so the start of the request in hand can live here.
thread_local std::chrono::steady_clock::time_point request_started;

// Headers every answer carries unless its route set its own (the pages set a CSP that lets
// their scripts run): nothing is sniffed into another type, no other site frames an answer,
// and the API's answers, which hold personal data, are neither cached nor run as a document.
void add_security_headers(const httplib::Request& req, httplib::Response& res) {
  auto set_if_absent = [&](const char* name, const char* value) {
    if (!res.has_header(name)) res.set_header(name, value);
  };
  set_if_absent("X-Content-Type-Options", "nosniff");
  set_if_absent("Referrer-Policy", "no-referrer");
  const bool api = req.path.starts_with("/api/");
  const bool json = res.get_header_value("Content-Type").starts_with("application/json");
  // A PDF shown inline needs the browser's viewer, which default-src 'none' would block.
  set_if_absent("Content-Security-Policy",
                json ? "default-src 'none'; frame-ancestors 'none'" : "frame-ancestors 'none'");
  if (api) set_if_absent("Cache-Control", "no-store");
}

}  // namespace

void ApiServer::begin_request(httplib::Response& res) {
  res.set_header(kRequestIdHeader, request_ids_.next());
  request_started = std::chrono::steady_clock::now();
  clear_matched_route();
}

double ApiServer::elapsed_ms() {
  const auto elapsed = std::chrono::steady_clock::now() - request_started;
  return double(std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count()) / 1000.0;
}

void ApiServer::log_request(const httplib::Request& req, const httplib::Response& res) {
  log::info("request", {{"request_id", request_id_of(res)},
                        {"method", req.method},
                        {"path", req.path},
                        {"status", res.status},
                        {"ms", elapsed_ms()}});
}

ApiServer::ApiServer(ApiContext& ctx, int threads, std::string node_prefix)
    : ctx_(ctx), request_ids_(std::move(node_prefix)) {
  server_.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
  server_.set_keep_alive_max_count(1000);
  // httplib writes a response's headers and its body in two send() calls. With Nagle's
  // algorithm the body waits for the ACK of the headers, which the client delays by ~40 ms, so
  // every request on a kept-alive connection (what browsers do) cost 44 ms. The option is set
  // on the listening socket; Linux hands it to every accepted connection.
  server_.set_tcp_nodelay(true);
  // httplib's default sets SO_REUSEPORT, with which a second server (an old node left running,
  // a typo in a unit file) binds the same port without a word and the kernel shares the
  // requests between them. SO_REUSEADDR alone still lets a restarted node take its port back
  // while old connections linger in TIME_WAIT.
  server_.set_socket_options([](socket_t sock) {
    int yes = 1;
    // Should it fail, a restart waits for TIME_WAIT to pass; nothing else changes.
    (void)::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  // An online submission carries its files (10 MiB each, 40 MiB in all); every other request
  // stays under 8 MiB, refused before its body is read.
  server_.set_payload_max_length(kMaxSubmissionBytes);
  server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    begin_request(res);
    if (req.path != kSubmissionPath && std::strtoull(req.get_header_value("Content-Length").c_str(),
                                                     nullptr, 10) > kMaxBodyBytes) {
      send_error(res, make_error(ErrorCode::invalid, "request.too_large",
                                 "the request body is larger than 8 MiB",
                                 "nội dung yêu cầu vượt quá 8 MiB"));
      res.status = 413;
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // A request refused before routing (a malformed request line, an oversized body) gets its
  // id here, so every response carries one.
  // Counted for /metrics here, before the response is written (the logger runs after it), so
  // a client that has its answer finds it counted.
  server_.set_post_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.has_header(kRequestIdHeader)) begin_request(res);
    add_security_headers(req, res);
    metrics_.record(req.method, matched_route(), res.status, elapsed_ms() / 1000.0);
  });
  server_.set_logger(
      [this](const httplib::Request& req, const httplib::Response& res) { log_request(req, res); });
  // Broken invariants surface here once: send_error logs the cause under the request id, and
  // the client gets a 500 with that id and without internals.
  server_.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "an exception that is not a std::exception";
        try {
          std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
          // `what` already says it was of an unknown type.
        }
        send_error(res, make_error(ErrorCode::internal, "internal", "uncaught exception: " + what,
                                   "lỗi hệ thống: " + what));
      });
  routes_.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
    if (ctx_.ready.load())
      send_json(res, 200, {{"status", "ok"}});
    else
      send_json(res, 503, {{"status", "starting"}});
  });
  register_metrics_routes(routes_, ctx_, metrics_);
  register_auth_routes(routes_, ctx_);
  register_boundary_free_routes(routes_, ctx_);
  register_calendar_routes(routes_, ctx_);
  register_catalog_routes(routes_, ctx_);
  register_consultation_routes(routes_, ctx_);
  register_dossier_routes(routes_, ctx_);
  register_letter_routes(routes_, ctx_);
  register_notification_routes(routes_, ctx_);
  register_public_routes(routes_, ctx_);
  register_read_routes(routes_, ctx_);
  register_reception_notice_routes(routes_, ctx_);
  register_online_routes(routes_, ctx_);
  register_test_clock_routes(routes_, ctx_);
  register_tracking_book_routes(routes_, ctx_);
  register_workflow_routes(routes_, ctx_);
  register_process_routes(routes_, ctx_);
  register_stats_routes(routes_, ctx_);
  register_stats_report_routes(routes_, ctx_);
  register_openapi_routes(routes_, ctx_);
  register_static_routes(routes_);
  // Unknown API paths answer in the error envelope rather than an empty 404.
  server_.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (res.status == 404 && res.body.empty() && req.path.rfind("/api/", 0) == 0)
      send_json(res, 404,
                {{"error",
                  {{"code", "not_found"},
                   {"message", "no such endpoint: " + req.path},
                   {"message_vi", "không có địa chỉ API: " + req.path}}}});
  });
}

bool ApiServer::bind(const std::string& host, int port) {
  if (!server_.bind_to_port(host, port)) return false;
  raise_listen_backlog(port);
  return true;
}

bool ApiServer::listen() { return server_.listen_after_bind(); }

void ApiServer::stop() { server_.stop(); }

}  // namespace motcua::http
