#pragma once
// A connection that passes everything to a real one, except that it makes chosen statements
// fail (in the spirit of LevelDB's EnvWrapper): the n-th statement containing a given text
// fails, optionally ending the transaction first as SQLite does by itself on a full disk or
// an I/O error. Tests use it to prove the writer never runs a job outside a transaction.
#include <atomic>
#include <memory>
#include <mutex>
#include <string>

#include "motcua/store/sql.hpp"

namespace motcua::testing {

struct FaultPlan {
  std::mutex mutex;
  std::string statement;         // the fault hits a statement containing this text
  int countdown = 0;             // …on its countdown-th occurrence (0 = no fault armed)
  bool end_transaction = false;  // roll the transaction back before failing, as SQLite does
  int fired = 0;

  void arm(std::string text, int nth, bool ends_transaction) {
    std::lock_guard lock(mutex);
    statement = std::move(text);
    countdown = nth;
    end_transaction = ends_transaction;
  }
  // Whether this statement is the one to fail; counts it down otherwise.
  bool hits(std::string_view sql, bool& ends_transaction) {
    std::lock_guard lock(mutex);
    if (countdown <= 0 || sql.find(statement) == std::string_view::npos) return false;
    if (--countdown > 0) return false;
    ++fired;
    ends_transaction = end_transaction;
    return true;
  }
};

class FaultInjectingConnection final : public store::SqlConnection {
 public:
  FaultInjectingConnection(std::unique_ptr<store::SqlConnection> inner,
                           std::shared_ptr<FaultPlan> plan)
      : inner_(std::move(inner)), plan_(std::move(plan)) {}

  Result<store::SqlRows> query(std::string_view sql,
                               const std::vector<store::SqlValue>& params) override {
    if (auto e = injected(sql)) return *e;
    return inner_->query(sql, params);
  }
  Status execute_script(std::string_view sql) override {
    if (auto e = injected(sql)) return *e;
    return inner_->execute_script(sql);
  }
  Status begin_write() override {
    if (auto e = injected("BEGIN IMMEDIATE")) return *e;
    return inner_->begin_write();
  }
  Status lock_until_commit(std::string_view name) override {
    return inner_->lock_until_commit(name);
  }
  std::string_view engine() const override { return inner_->engine(); }
  bool in_transaction() const override { return inner_->in_transaction(); }

 private:
  std::optional<Error> injected(std::string_view sql) {
    bool ends = false;
    if (!plan_->hits(sql, ends)) return std::nullopt;
    if (ends && inner_->in_transaction()) (void)inner_->execute_script("ROLLBACK");
    return make_error(ErrorCode::unavailable, "store.injected_fault",
                      "injected fault in: " + std::string(sql.substr(0, 60)), "lỗi giả lập");
  }

  std::unique_ptr<store::SqlConnection> inner_;
  std::shared_ptr<FaultPlan> plan_;
};

}  // namespace motcua::testing
