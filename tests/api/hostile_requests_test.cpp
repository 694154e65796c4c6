// Hostile input from outside (issue 14, point 5): over ten thousand malformed or crafted
// requests against every route the server registers, raw bytes that are not HTTP, and
// slow-loris style partial requests. Nothing may answer 5xx, crash the server, or hang it:
// every request gets an answer (or its connection is closed) within the server's read timeout,
// and others are served meanwhile.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <mutex>
#include <random>
#include <thread>

#include "support/api_client.hpp"

namespace motcua::testing {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

struct Route {
  std::string method;
  std::string path;  // "{}" where a parameter goes
};

// Every route but logout, which would end the sessions the flood uses: a request sent with a
// valid token must reach its handler's checks, not stop at 401.
std::vector<Route> registered_routes() {
  std::string out;
  EXPECT_EQ(run_motcua({"routes", "--test-clock", "--json"}, &out), 0) << out;
  std::vector<Route> routes;
  for (const auto& r : json::parse(out))
    if (r["path"] != "/api/v1/auth/logout") routes.push_back({r["method"], r["path"]});
  return routes;
}

std::string percent_encoded(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_')
      out += char(c);
    else
      out += {'%', hex[c >> 4], hex[c & 15]};
  }
  return out;
}

// What an attacker puts where a code, a number or a date belongs.
const std::vector<std::string>& hostile_values() {
  static const std::vector<std::string> values = {"../../../../etc/passwd",
                                                  "..%2f..%2fetc%2fpasswd",
                                                  std::string("a\0b", 3),
                                                  "\xff\xfe\xfd",
                                                  "' OR '1'='1",
                                                  "1; DROP TABLE dossiers; --",
                                                  "-1",
                                                  "0",
                                                  "99999999999999999999999",
                                                  "1e308",
                                                  "NaN",
                                                  std::string(5000, 'A'),
                                                  "<script>alert(1)</script>",
                                                  "%00",
                                                  "{}",
                                                  "20410-261202-0001",
                                                  "1.004222",
                                                  "2026-13-45",
                                                  "2026-Q9",
                                                  "😀Thủ tục",
                                                  " ",
                                                  "null"};
  return values;
}

const std::vector<std::string>& hostile_queries() {
  static const std::vector<std::string> queries = {"",
                                                   "?from=2026-13-45&to=x",
                                                   "?from=2026-03-01&to=2025-01-01",
                                                   "?limit=-1",
                                                   "?limit=99999999999999999999",
                                                   "?limit=abc",
                                                   "?q=" + std::string(20000, 'x'),
                                                   "?group_by=%00",
                                                   "?after=%ff%fe",
                                                   "?period=2026-Q9",
                                                   "?agency=../../x",
                                                   "?from=2026-01-01&to=2036-12-31&group_by=day",
                                                   "?page=1&page=2&page=3",
                                                   "?%zz=%zz"};
  return queries;
}

std::string deeply_nested(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

// Bodies that are not what any route expects: broken JSON, the wrong types, odd text.
const std::vector<std::string>& hostile_bodies() {
  static const std::vector<std::string> bodies = {
      "", "{", "}", "[]", "null", "true", "123", "\"text\"", "{\"a\":", "{'a': 1}",
      deeply_nested(100000), "{\"procedure_code\": 5}", "{\"applicant\": \"x\"}",
      "{\"action\": [\"claim\"]}", "{\"items\": {\"x\": 1}}", "{\"action\": \"\\u0000\"}",
      "{\"procedure_code\": \"\xff\xfe\"}", "{\"username\": {\"$ne\": null}, \"password\": []}",
      "{\"now\": \"2026-02-30T25:61:00+07:00\"}", "{\"a\": 1, \"a\": 2}",
      "{\"reason\": \"" + std::string(1 << 20, 'x') + "\"}",
      "{\"procedure_code\": \"1.004222\", \"applicant\": {\"full_name\": \"" +
          std::string(100000, 'y') + "\"}, \"documents\": [1, 2, 3]}",
      json{{"procedure_code", "1.004222"}, {"documents", json::array({json::object()})}}.dump(),
      "--x\r\nContent-Disposition: form-data; name=\"submission\"\r\n\r\n{\r\n--x--\r\n",
      // Multipart parts a browser never sends: a file name that is no UTF-8, a path for a
      // name, a part without a name, a header of 100 kB, another boundary than announced.
      "--x\r\nContent-Disposition: form-data; name=\"document_4\"; filename=\"\xff\xfe.pdf\"\r\n"
      "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--x--\r\n",
      "--x\r\nContent-Disposition: form-data; name=\"document_4\"; "
      "filename=\"../../etc/passwd\"\r\n\r\nroot\r\n--x--\r\n",
      "--x\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--x--\r\n",
      "--x\r\nX-" + std::string(100000, 'H') + ": 1\r\n\r\n\r\n--x--\r\n",
      "--y\r\nContent-Disposition: form-data; name=\"submission\"\r\n\r\n{}\r\n--y--\r\n"};
  return bodies;
}

const std::vector<std::string> kContentTypes = {"application/json", "text/plain",
                                                "multipart/form-data; boundary=x",
                                                "application/x-www-form-urlencoded", ""};

struct Bad {
  std::string what;
  int status;
  std::string body;
};

TEST(HostileRequests, TenThousandCraftedRequestsGetNoServerErrorAndNoHang) {
  // The server may refuse a request before reading its body and close: a client still sending
  // then meets a closed socket, which must not end this process.
  std::signal(SIGPIPE, SIG_IGN);
  ServerProcess server;
  const auto routes = registered_routes();
  ASSERT_GE(routes.size(), 80u);
  std::vector<std::string> tokens = {"", "Bearer x", "Bearer " + std::string(64, 'f')};
  for (const char* user : {"receiver", "province_admin"}) {
    ApiClient api(server);
    api.login(user);
    auto r = server.client().Post("/api/v1/auth/login",
                                  json{{"username", user}, {"password", "motcua-demo"}}.dump(),
                                  "application/json");
    ASSERT_TRUE(r && r->status == 200);
    tokens.push_back("Bearer " + json::parse(r->body)["token"].get<std::string>());
  }
  constexpr int kRequests = 10000;
  constexpr int kThreads = 4;
  std::atomic<int> next{0}, answered{0}, past_login{0};
  std::mutex mutex;
  std::vector<Bad> bad;
  double slowest = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      std::mt19937 rng(20261202u + unsigned(t));
      auto pick = [&](std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
      };
      auto cli = server.client();
      cli.set_read_timeout(std::chrono::seconds(15));
      for (int i = next++; i < kRequests; i = next++) {
        const Route& route = routes[pick(routes.size())];
        std::string path = route.path;
        for (auto at = path.find("{}"); at != std::string::npos; at = path.find("{}"))
          path.replace(at, 2, percent_encoded(hostile_values()[pick(hostile_values().size())]));
        path += hostile_queries()[pick(hostile_queries().size())];
        std::string method = route.method;
        if (pick(8) == 0)
          method = std::vector<std::string>{"PATCH", "DELETE", "PUT", "OPTIONS"}[pick(4)];
        httplib::Headers headers;
        if (const auto& token = tokens[pick(tokens.size())]; !token.empty())
          headers.emplace("Authorization", token);
        if (pick(4) == 0)
          headers.emplace("Idempotency-Key",
                          hostile_values()[pick(hostile_values().size())].substr(0, 300));
        const std::string& body = hostile_bodies()[pick(hostile_bodies().size())];
        const std::string& type = kContentTypes[pick(kContentTypes.size())];
        const auto t0 = Clock::now();
        httplib::Result r = method == "GET"       ? cli.Get(path, headers)
                            : method == "DELETE"  ? cli.Delete(path, headers, body, type)
                            : method == "PUT"     ? cli.Put(path, headers, body, type)
                            : method == "PATCH"   ? cli.Patch(path, headers, body, type)
                            : method == "OPTIONS" ? cli.Options(path, headers)
                                                  : cli.Post(path, headers, body, type);
        const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        std::lock_guard lock(mutex);
        slowest = std::max(slowest, seconds);
        const std::string what = method + " " + path.substr(0, 120);
        if (!r) {
          bad.push_back({what + " (" + httplib::to_string(r.error()) + ")", 0, ""});
          cli.stop();
          continue;
        }
        ++answered;
        if (r->status != 401) ++past_login;
        if (r->status >= 500) bad.push_back({what, r->status, r->body.substr(0, 300)});
      }
    });
  for (auto& t : threads) t.join();
  std::printf(
      "%d crafted requests over %zu routes: %d answered (%d past the login check), "
      "slowest %.2f s\n",
      kRequests, routes.size(), answered.load(), past_login.load(), slowest);
  std::fflush(stdout);
  for (std::size_t i = 0; i < std::min<std::size_t>(bad.size(), 10); ++i)
    ADD_FAILURE() << bad[i].what << " → " << bad[i].status << " " << bad[i].body;
  EXPECT_EQ(bad.size(), 0u);
  EXPECT_EQ(answered, kRequests);
  // Two tokens in five are real: their requests reach the handlers (a 401 there would mean the
  // sessions ended and the flood tested only the login check).
  EXPECT_GE(past_login, kRequests / 3);
  int status = 0;
  ASSERT_EQ(::waitpid(server.pid(), &status, WNOHANG), 0) << "the server died";
  auto health = server.client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  // Bytes that are not text are named, on both engines alike.
  ApiClient anyone(server);
  auto path = anyone.get("/api/v1/procedures/%FF%FE");
  EXPECT_EQ(path.status, 400) << path.body;
  EXPECT_EQ(path.json["error"]["field"], "path") << path.body;
  auto query = anyone.get("/api/v1/procedures?q=%C3");
  EXPECT_EQ(query.status, 400) << query.body;
  EXPECT_EQ(query.json["error"]["field"], "q") << query.body;
}

// A raw TCP conversation: sends `bytes`, then waits up to `limit` for the server's answer and
// for it to close the connection. Returns the answer's status code (0 when none came) and
// whether the server closed within the limit.
struct Raw {
  int status = 0;
  bool closed = false;
};

int connect_to(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(std::uint16_t(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

Raw await_answer(int fd, std::chrono::milliseconds limit) {
  Raw out;
  std::string got;
  const auto end = Clock::now() + limit;
  while (Clock::now() < end) {
    pollfd p{fd, POLLIN, 0};
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - Clock::now());
    if (::poll(&p, 1, int(std::max<long long>(1, left.count()))) <= 0) continue;
    char buf[4096];
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) {
      out.closed = true;
      break;
    }
    got.append(buf, std::size_t(n));
  }
  if (got.rfind("HTTP/1.", 0) == 0 && got.size() > 12) out.status = std::atoi(got.c_str() + 9);
  return out;
}

Raw converse(int port, const std::string& bytes, bool finish_writing) {
  const int fd = connect_to(port);
  if (fd < 0) return {};
  (void)::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
  if (finish_writing) ::shutdown(fd, SHUT_WR);
  Raw r = await_answer(fd, std::chrono::seconds(12));
  ::close(fd);
  return r;
}

TEST(HostileRequests, BytesThatAreNotHttpAndPartialRequestsNeitherCrashNorHoldTheServer) {
  ServerProcess server;
  const std::string host = "Host: 127.0.0.1\r\n";
  const std::vector<std::string> garbage = {
      "GARBAGE\r\n\r\n",
      "GET\r\n\r\n",
      "GET / HTTP/9.9\r\n\r\n",
      "GET /" + std::string(100000, 'a') + " HTTP/1.1\r\n" + host + "\r\n",
      "GET / HTTP/1.1\r\n" + host + "X-Big: " + std::string(200000, 'b') + "\r\n\r\n",
      [&] {
        std::string many = "GET / HTTP/1.1\r\n" + host;
        for (int i = 0; i < 5000; ++i) many += "X-" + std::to_string(i) + ": v\r\n";
        return many + "\r\n";
      }(),
      "POST /api/v1/dossiers HTTP/1.1\r\n" + host +
          "Transfer-Encoding: chunked\r\nContent-Type: "
          "application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
      "POST /api/v1/auth/login HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n{}",
      "POST /api/v1/auth/login HTTP/1.1\r\n" + host +
          "Content-Length: 99999999999999999999999\r\n\r\n{}",
      std::string("GET /\0/x HTTP/1.1\r\n", 19) + host + "\r\n",
      "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",  // a TLS ClientHello on the plain port
      "GET / HTTP/1.1\r\n" + host + "Content-Length: 5\r\nContent-Length: 50\r\n\r\nhello",
  };
  for (const auto& bytes : garbage) {
    const Raw r = converse(server.port(), bytes, true);
    EXPECT_LT(r.status, 500) << bytes.substr(0, 60);
    EXPECT_TRUE(r.closed) << "the server held on to: " << bytes.substr(0, 60);
  }

  // Slow loris: connections that send part of a request and then nothing. Others are served
  // meanwhile, and the server lets each partial one go: a 400 after its read timeout (5 s),
  // the connection closed after the keep-alive wait that follows (5 s more).
  std::vector<int> partial;
  const std::vector<std::string> halves = {
      "GET /api/v1/procedures HTTP/1.1\r\n" + host + "X-Slow: ",
      "POST /api/v1/dossiers HTTP/1.1\r\n" + host +
          "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"procedure_code\"",
      "POST /api/v1/public/online-submissions HTTP/1.1\r\n" + host +
          "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000\r\n\r\n--x\r\n",
      "G"};
  for (int i = 0; i < 24; ++i) {
    const int fd = connect_to(server.port());
    ASSERT_GE(fd, 0);
    const auto& half = halves[std::size_t(i) % halves.size()];
    ASSERT_EQ(::send(fd, half.data(), half.size(), MSG_NOSIGNAL), ssize_t(half.size()));
    partial.push_back(fd);
  }
  auto cli = server.client();
  for (int i = 0; i < 20; ++i) {
    const auto t0 = Clock::now();
    auto r = cli.Get("/api/v1/public/rating-levels");
    ASSERT_TRUE(r) << "a client was not served beside the partial requests";
    EXPECT_EQ(r->status, 200);
    EXPECT_LT(std::chrono::duration<double>(Clock::now() - t0).count(), 1.0);
  }
  const auto t0 = Clock::now();
  for (int fd : partial) {
    const Raw r = await_answer(fd, std::chrono::seconds(15));
    EXPECT_TRUE(r.closed) << "a partial request held its connection past the read timeout";
    EXPECT_LT(r.status, 500);
    ::close(fd);
  }
  std::printf(
      "%zu kinds of raw garbage answered and closed; %zu partial requests let go within "
      "%.1f s while 20 others were served\n",
      garbage.size(), partial.size(), std::chrono::duration<double>(Clock::now() - t0).count());
  std::fflush(stdout);
  int status = 0;
  ASSERT_EQ(::waitpid(server.pid(), &status, WNOHANG), 0) << "the server died";
  std::string out;
  EXPECT_EQ(run_motcua({"audit", "verify", "--db", server.db_path()}, &out), 0) << out;
}

}  // namespace
}  // namespace motcua::testing
