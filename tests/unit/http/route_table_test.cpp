#include "http/route_table.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace motcua::http {
namespace {

TEST(RouteTable, PathTemplateOfAPattern) {
  EXPECT_EQ(openapi_path_of("/api/v1/procedures"), "/api/v1/procedures");
  EXPECT_EQ(openapi_path_of(R"(/api/v1/dossiers/([^/]+))"), "/api/v1/dossiers/{}");
  EXPECT_EQ(openapi_path_of(R"(/api/v1/dossiers/([^/]+)/receipt\.pdf)"),
            "/api/v1/dossiers/{}/receipt.pdf");
  EXPECT_EQ(openapi_path_of(R"(/api/v1/dossiers/([^/]+)/forms/(0[2-5]|stop)\.pdf)"),
            "/api/v1/dossiers/{}/forms/{}.pdf");
  EXPECT_EQ(openapi_path_of(R"(/static/([A-Za-z0-9_.\-/]+))"), "/static/{}");
  EXPECT_EQ(openapi_path_of(R"(/a/((x|y)z))"), "/a/{}");
  EXPECT_EQ(openapi_path_of("/tra-cuu"), "/tra-cuu");
}

// A pattern no OpenAPI path can describe is refused when it is registered.
TEST(RouteTable, RefusesRegularExpressionsOutsideGroups) {
  EXPECT_THROW(openapi_path_of("/api/v1/openapi.json"), std::invalid_argument);
  EXPECT_THROW(openapi_path_of("/files/.*"), std::invalid_argument);
  EXPECT_THROW(openapi_path_of(R"(/a/\d+)"), std::invalid_argument);
  EXPECT_THROW(openapi_path_of("/a/(b"), std::invalid_argument);
  EXPECT_THROW(openapi_path_of("/a/b)"), std::invalid_argument);
}

TEST(RouteTable, RecordsWhatItRegisters) {
  httplib::Server server;
  RouteTable table(server);
  table.Get("/healthz", [](const httplib::Request&, httplib::Response&) {});
  table.Delete(R"(/x/([^/]+))", [](const httplib::Request&, httplib::Response&) {});
  ASSERT_EQ(table.routes().size(), 2u);
  EXPECT_EQ(table.routes()[1].method, "DELETE");
  EXPECT_EQ(table.routes()[1].pattern, R"(/x/([^/]+))");
  EXPECT_EQ(table.routes()[1].path, "/x/{}");
}

}  // namespace
}  // namespace motcua::http
