#include "http/api_server.hpp"

#include <atomic>
#include <iostream>

#include "http/json_io.hpp"
#include "http/routes.hpp"

namespace motcua::http {

ApiServer::ApiServer(ApiContext& ctx, int threads) : ctx_(ctx) {
  server_.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
  server_.set_keep_alive_max_count(1000);
  server_.set_payload_max_length(8 * 1024 * 1024);
  // Broken invariants surface here once, logged with a request id; the client gets a 500
  // without internals.
  server_.set_exception_handler([](const httplib::Request& req, httplib::Response& res,
                                   std::exception_ptr ep) {
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
  server_.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
    if (ctx_.ready.load())
      send_json(res, 200, {{"status", "ok"}});
    else
      send_json(res, 503, {{"status", "starting"}});
  });
  register_auth_routes(server_, ctx_);
  register_catalog_routes(server_, ctx_);
  register_dossier_routes(server_, ctx_);
  register_public_routes(server_, ctx_);
  register_test_clock_routes(server_, ctx_);
  register_workflow_routes(server_, ctx_);
  register_process_routes(server_, ctx_);
  register_static_routes(server_);
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

bool ApiServer::listen(const std::string& host, int port) { return server_.listen(host, port); }

void ApiServer::stop() { server_.stop(); }

}  // namespace motcua::http
