// GET /api/v1/openapi.json is kept true: its paths are exactly the routes the server registers
// (as `motcua routes --json` lists them, built by the same wiring as `motcua serve`), each
// documented path reaches its route's handler, and every API operation documents its errors in
// the one error envelope.
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <string>

#include "support/api_client.hpp"

namespace motcua::testing {
namespace {

using nlohmann::json;

// "GET /api/v1/dossiers/{}" → the route's regular expression.
using RouteSet = std::map<std::string, std::string>;

const std::set<std::string> kMethods = {"get", "put", "post", "delete", "patch", "head", "options"};

std::string upper(std::string s) {
  for (auto& c : s) c = char(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// The registry writes each capture group as "{}"; the document names its parameters.
std::string unnamed(const std::string& templ) {
  return std::regex_replace(templ, std::regex(R"(\{[^}]*\})"), "{}");
}

RouteSet registered_routes(bool test_clock) {
  std::vector<std::string> args = {"routes", "--json"};
  if (test_clock) args.push_back("--test-clock");
  std::string out;
  EXPECT_EQ(run_motcua(args, &out), 0) << out;
  const json list = json::parse(out, nullptr, false);
  EXPECT_TRUE(list.is_array()) << out;
  RouteSet routes;
  for (const auto& r : list) {
    const std::string key =
        r.at("method").get<std::string>() + " " + r.at("path").get<std::string>();
    EXPECT_TRUE(routes.emplace(key, r.at("pattern").get<std::string>()).second)
        << "registered twice: " << key;
  }
  return routes;
}

json fetch_document(const ServerProcess& server) {
  ApiClient api(server);
  auto res = api.get("/api/v1/openapi.json");
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.header("Content-Type").rfind("application/json", 0), 0u)
      << res.header("Content-Type");
  EXPECT_TRUE(res.json.is_object()) << res.body.substr(0, 200);
  return res.json;
}

// Follows a local "$ref" ("#/components/…") to what it names.
const json& resolve(const json& doc, const json& node) {
  if (!node.is_object() || !node.contains("$ref")) return node;
  const std::string ref = node["$ref"].get<std::string>();
  EXPECT_EQ(ref.rfind("#/", 0), 0u) << ref;
  return resolve(doc, doc.at(json::json_pointer(ref.substr(1))));
}

// Every operation of the document, "METHOD /path/{name}" → its object.
std::map<std::string, json> operations(const json& doc) {
  std::map<std::string, json> ops;
  for (const auto& [path, item] : doc.at("paths").items())
    for (const auto& [method, op] : item.items())
      if (kMethods.count(method)) ops[upper(method) + " " + path] = op;
  return ops;
}

// Compares documented and registered routes both ways, naming every one that differs.
void expect_same_routes(const json& doc, const RouteSet& registered) {
  std::set<std::string> documented;
  for (const auto& [key, op] : operations(doc)) {
    const std::string route = unnamed(key);
    documented.insert(route);
    EXPECT_TRUE(registered.count(route))
        << "documented in data/embed/openapi.json but not registered by the server: " << key;
  }
  for (const auto& [route, pattern] : registered)
    EXPECT_TRUE(documented.count(route))
        << "registered by the server but not documented in data/embed/openapi.json: " << route
        << "  (pattern " << pattern << ")";
}

// A value the parameter documents for itself: its example, else its first enum value.
std::string sample_value(const json& param) {
  if (param.contains("example")) {
    const json& e = param["example"];
    return e.is_string() ? e.get<std::string>() : e.dump();
  }
  const json& schema = param.value("schema", json::object());
  if (schema.contains("enum")) return schema["enum"][0].get<std::string>();
  return "";
}

// Each path parameter is declared, and the path filled with the declared examples (each value
// of an enum in turn) is one the registered pattern matches: the document leads to the handler.
void expect_parameters_route(const json& doc, const RouteSet& registered) {
  for (const auto& [key, op] : operations(doc)) {
    const auto it = registered.find(unnamed(key));
    if (it == registered.end()) continue;  // reported by expect_same_routes
    std::map<std::string, std::vector<std::string>> values;
    for (const auto& p : op.value("parameters", json::array())) {
      const json& param = resolve(doc, p);
      if (param.value("in", "") != "path") continue;
      const json& schema = param.value("schema", json::object());
      auto& v = values[param.at("name").get<std::string>()];
      if (schema.contains("enum"))
        for (const auto& e : schema["enum"]) v.push_back(e.get<std::string>());
      else
        v.push_back(sample_value(param));
      EXPECT_FALSE(v.empty() || v.front().empty()) << key << ": path parameter without an example";
    }
    const std::string path = key.substr(key.find(' ') + 1);
    const std::regex name(R"(\{([^}]*)\})");
    std::set<std::string> named;
    for (std::sregex_iterator m(path.begin(), path.end(), name), end; m != end; ++m) {
      named.insert((*m)[1]);
      EXPECT_TRUE(values.count((*m)[1])) << key << ": {" << (*m)[1] << "} is not declared";
    }
    for (const auto& [n, v] : values) EXPECT_TRUE(named.count(n)) << key << ": " << n << " unused";
    size_t variants = 1;
    for (const auto& [n, v] : values) variants = std::max(variants, v.size());
    const std::regex pattern(it->second);
    for (size_t i = 0; i < variants; ++i) {
      std::string concrete = path;
      for (const auto& [n, v] : values)
        concrete = std::regex_replace(concrete, std::regex("\\{" + n + "\\}"),
                                      v.empty() ? "" : v[std::min(i, v.size() - 1)]);
      EXPECT_TRUE(std::regex_match(concrete, pattern))
          << key << ": " << concrete << " does not match the registered " << it->second;
    }
  }
}

// Whether a schema is the Error envelope, by reference or as part of an allOf.
bool uses_error_schema(const json& doc, const json& schema) {
  if (schema.value("$ref", "") == "#/components/schemas/Error") return true;
  const json& s = resolve(doc, schema);
  if (s.contains("allOf"))
    for (const auto& part : s["allOf"])
      if (uses_error_schema(doc, part)) return true;
  return false;
}

// Every API operation answers some 4xx in the Error envelope. The document itself has no
// failure to describe: it is public and always there.
void expect_error_responses(const json& doc) {
  for (const auto& [key, op] : operations(doc)) {
    const std::string path = key.substr(key.find(' ') + 1);
    if (path.rfind("/api/", 0) != 0 || key == "GET /api/v1/openapi.json") continue;
    bool found = false;
    for (const auto& [status, r] : op.at("responses").items()) {
      if (status.size() != 3 || status[0] != '4') continue;
      const json& response = resolve(doc, r);
      const json& schema =
          response.value("/content/application~1json/schema"_json_pointer, json::object());
      if (uses_error_schema(doc, schema))
        found = true;
      else
        ADD_FAILURE() << key << ": response " << status << " does not use the Error schema";
    }
    EXPECT_TRUE(found) << key << ": no 4xx response with the Error schema";
  }
}

// Every "$ref" in the document names something that exists.
void expect_refs_resolve(const json& doc, const json& node, const std::string& where) {
  if (node.is_object()) {
    if (node.contains("$ref")) {
      const std::string ref = node["$ref"].get<std::string>();
      EXPECT_TRUE(ref.rfind("#/", 0) == 0 && doc.contains(json::json_pointer(ref.substr(1))))
          << where << ": dangling $ref " << ref;
    }
    for (const auto& [k, v] : node.items()) expect_refs_resolve(doc, v, where + "/" + k);
  } else if (node.is_array()) {
    for (size_t i = 0; i < node.size(); ++i)
      expect_refs_resolve(doc, node[i], where + "/" + std::to_string(i));
  }
}

TEST(OpenApi, DocumentsEveryRouteWithTheTestClock) {
  ServerProcess server({"--test-clock"});
  const json doc = fetch_document(server);
  ASSERT_TRUE(doc.is_object());
  EXPECT_EQ(doc.value("openapi", "").rfind("3.1.", 0), 0u) << doc.value("openapi", "");
  EXPECT_TRUE(doc.contains("/paths/~1api~1v1~1_test~1clock"_json_pointer));
  const RouteSet registered = registered_routes(true);
  EXPECT_TRUE(registered.count("GET /api/v1/openapi.json"));
  expect_same_routes(doc, registered);
  expect_parameters_route(doc, registered);
  expect_error_responses(doc);
  expect_refs_resolve(doc, doc, "#");
}

TEST(OpenApi, LeavesTheTestClockOutWhereItIsNotRegistered) {
  ServerProcess server(std::vector<std::string>{});
  const json doc = fetch_document(server);
  ASSERT_TRUE(doc.is_object());
  EXPECT_FALSE(doc.contains("/paths/~1api~1v1~1_test~1clock"_json_pointer));
  const RouteSet registered = registered_routes(false);
  EXPECT_FALSE(registered.count("PUT /api/v1/_test/clock"));
  expect_same_routes(doc, registered);
}

// The comparison is not vacuous: a route missing from either side is named.
TEST(OpenApi, ComparisonNamesAMissingOrExtraRoute) {
  const json doc = {{"paths", {{"/api/v1/a/{code}", {{"get", json::object()}}}}}};
  const RouteSet registered = {{"GET /api/v1/b", "/api/v1/b"}};
  ::testing::TestPartResultArray failures;
  {
    ::testing::ScopedFakeTestPartResultReporter reporter(
        ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &failures);
    expect_same_routes(doc, registered);
  }
  ASSERT_EQ(failures.size(), 2);
  EXPECT_NE(std::string(failures.GetTestPartResult(0).message()).find("GET /api/v1/a/{code}"),
            std::string::npos);
  EXPECT_NE(std::string(failures.GetTestPartResult(1).message()).find("GET /api/v1/b"),
            std::string::npos);
}

}  // namespace
}  // namespace motcua::testing
