#pragma once
// Expected failures are values: every module boundary returns Result<T>.
// Exceptions are reserved for broken invariants and are caught once at the HTTP boundary.
#include <string>
#include <utility>
#include <variant>

namespace motcua {

// internal: a fault of the system itself (a broken row, an unexpected database error); the
// client can do nothing about it, so HTTP answers 500 and logs it with the request id.
enum class ErrorCode {
  not_found,
  invalid,
  conflict,
  forbidden,
  unauthenticated,
  unavailable,
  too_many,
  internal
};

struct Error {
  ErrorCode code = ErrorCode::invalid;
  std::string key;              // machine-readable, e.g. "dossier.invalid_state"
  std::string message;          // English
  std::string message_vi;       // Vietnamese
  std::string field;            // the offending input field, empty when none
  int retry_after_seconds = 0;  // too_many: when to try again (the Retry-After header); 0 = unsaid
};

inline Error make_error(ErrorCode code, std::string key, std::string message,
                        std::string message_vi, std::string field = {}) {
  return Error{code, std::move(key), std::move(message), std::move(message_vi), std::move(field)};
}

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

struct Ok {};
using Status = Result<Ok>;
inline Status ok_status() { return Ok{}; }

}  // namespace motcua

// Propagates an error from an expression returning Result<T>/Status.
#define MOTCUA_TRY(expr)                                             \
  do {                                                               \
    auto motcua_try_result_ = (expr);                                \
    if (!motcua_try_result_.ok()) return motcua_try_result_.error(); \
  } while (0)
