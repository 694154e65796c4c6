#include "http/api_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <atomic>
#include <charconv>
#include <filesystem>
#include <iostream>

#include "http/json_io.hpp"
#include "http/routes.hpp"

namespace motcua::http {

namespace {

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

}  // namespace

ApiServer::ApiServer(ApiContext& ctx, int threads) : ctx_(ctx) {
  server_.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
  server_.set_keep_alive_max_count(1000);
  server_.set_payload_max_length(8 * 1024 * 1024);
  // Broken invariants surface here once, logged with a request id; the client gets a 500
  // without internals.
  server_.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        static std::atomic<long> next_id{1};
        const long id = next_id++;
        std::string what = "unknown";
        try {
          std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        std::cerr << "request " << id << " " << req.method << " " << req.path << " failed: " << what
                  << std::endl;
        send_json(res, 500,
                  {{"error",
                    {{"code", "internal"},
                     {"message", "internal error, request id " + std::to_string(id)},
                     {"message_vi", "lỗi hệ thống, mã yêu cầu " + std::to_string(id)}}}});
      });
  routes_.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
    if (ctx_.ready.load())
      send_json(res, 200, {{"status", "ok"}});
    else
      send_json(res, 503, {{"status", "starting"}});
  });
  register_auth_routes(routes_, ctx_);
  register_calendar_routes(routes_, ctx_);
  register_catalog_routes(routes_, ctx_);
  register_dossier_routes(routes_, ctx_);
  register_letter_routes(routes_, ctx_);
  register_notification_routes(routes_, ctx_);
  register_public_routes(routes_, ctx_);
  register_test_clock_routes(routes_, ctx_);
  register_workflow_routes(routes_, ctx_);
  register_process_routes(routes_, ctx_);
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

bool ApiServer::listen(const std::string& host, int port) {
  if (!server_.bind_to_port(host, port)) return false;
  raise_listen_backlog(port);
  return server_.listen_after_bind();
}

void ApiServer::stop() { server_.stop(); }

}  // namespace motcua::http
