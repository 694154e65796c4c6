// The server serves the web interface: each page's path answers its HTML shell, whose script
// (bundled from web/src at build time) and style sheet are compiled into the binary, under a
// content security policy that allows only the server's own scripts.
#include <gtest/gtest.h>

#include "support/server_process.hpp"

namespace motcua::testing {
namespace {

class WebPages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess(std::vector<std::string>{}); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  inline static ServerProcess* server_ = nullptr;
};

TEST_F(WebPages, EachPathServesItsAreasShellAndScript) {
  const std::pair<const char*, const char*> pages[] = {
      {"/", "/static/app/portal.js"},
      {"/thu-tuc/1.001193", "/static/app/portal.js"},
      {"/can-bo/", "/static/app/console.js"},
      {"/can-bo/dang-nhap", "/static/app/console.js"},
      {"/can-bo/tiep-nhan", "/static/app/console.js"},
      {"/can-bo/ho-so/20410-260302-0001", "/static/app/console.js"},
      {"/can-bo/phieu-tiep-nhan", "/static/app/console.js"},
      {"/can-bo/phoi-hop-tra-loi-cham", "/static/app/console.js"},
      {"/can-bo/phien-dang-nhap", "/static/app/console.js"},
      {"/can-bo/quan-tri/khong-phu-thuoc-dia-gioi", "/static/app/console.js"},
      {"/can-bo/quan-tri/quy-trinh", "/static/app/console.js"},
      {"/can-bo/quan-tri/gio-lam-viec", "/static/app/console.js"},
      {"/can-bo/quan-tri/ngay-nghi", "/static/app/console.js"},
      {"/can-bo/quan-tri/ngay-nghi/2026-tet", "/static/app/console.js"},
      {"/tra-cuu", "/static/tra-cuu.js"},
  };
  auto cli = server_->client();
  for (const auto& [path, script] : pages) {
    auto r = cli.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 200) << path;
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8") << path;
    EXPECT_NE(r->body.find("lang=\"vi\""), std::string::npos) << path;
    EXPECT_NE(r->body.find(script), std::string::npos) << path << " lacks " << script;
    const std::string csp = r->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << path << ": " << csp;
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << path << ": " << csp;
    auto js = cli.Get(script);
    ASSERT_TRUE(js) << script;
    EXPECT_EQ(js->status, 200) << script;
    EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
    EXPECT_GT(js->body.size(), 1000u) << script;
  }
  auto css = cli.Get("/static/site.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->status, 200);
}

TEST_F(WebPages, TheConsoleWithoutSlashRedirects) {
  auto r = server_->client().Get("/can-bo");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 302);
  EXPECT_EQ(r->get_header_value("Location"), "/can-bo/");
}

TEST_F(WebPages, SourcesAndPackageFilesAreNotServed) {
  auto cli = server_->client();
  for (const char* path : {"/static/../package.json", "/static/app/missing.js",
                           "/static/src/portal.jsx", "/static/package.json"}) {
    auto r = cli.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
  }
}

}  // namespace
}  // namespace motcua::testing
