#pragma once
// Logins at test speed. A demo user's stored hash is Argon2id at libsodium's "interactive" cost
// (about 0.2 s a check, on purpose). A test that logs in hundreds of times as its clock runs
// through months (sessions end after 12 hours) replaces the users' hashes, straight in the
// database, with hashes of the same password at the smallest Argon2id cost: the server checks a
// hash at the cost written in it, so its login code runs unchanged.
#include <string>
#include <vector>

namespace motcua::testing {

// Returns the SQL tool's exit status (0 when every user was updated).
int make_logins_cheap(const std::string& db, const std::vector<std::string>& usernames,
                      const std::string& password = "motcua-demo");

// The same for every user of the database (the demo users all share one password). The API
// suites log in thousands of times; at full cost, on a busy 2-core machine, a login can take
// longer than the second the test clock stands still after it is set.
int make_all_logins_cheap(const std::string& db, const std::string& password = "motcua-demo");

}  // namespace motcua::testing
