#include <gtest/gtest.h>

#include "http/auth_guard.hpp"

namespace motcua::http {
namespace {

struct Case {
  const char* peer;
  const char* forwarded_for;
  const char* expected;
  const char* why;
};

TEST(ClientAddress, TheProxyIsBelievedOnlyWhenTrusted) {
  const std::vector<std::string> trusted = {"10.0.0.5", "10.0.0.6"};
  const Case cases[] = {
      {"203.113.8.9", "", "203.113.8.9", "no proxy: the peer"},
      {"203.113.8.9", "1.2.3.4", "203.113.8.9", "an untrusted peer cannot name another address"},
      {"10.0.0.5", "203.113.8.9", "203.113.8.9", "nginx names the client"},
      {"10.0.0.5", "1.2.3.4, 203.113.8.9", "203.113.8.9",
       "the client's own entries before nginx's prove nothing"},
      {"10.0.0.5", "203.113.8.9,10.0.0.6", "203.113.8.9", "two trusted proxies in a row"},
      {"10.0.0.5", "  203.113.8.9 ", "203.113.8.9", "spaces around an entry"},
      {"10.0.0.5", "", "10.0.0.5", "a trusted peer without the header: itself"},
      {"10.0.0.5", "10.0.0.6", "10.0.0.5", "nothing but proxies: the peer"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(client_address_from(c.peer, c.forwarded_for, trusted), c.expected) << c.why;
  EXPECT_EQ(client_address_from("10.0.0.5", "203.113.8.9", {}), "10.0.0.5")
      << "no trusted proxy configured";
}

}  // namespace
}  // namespace motcua::http
