#pragma once
/// A value or an error message: the return type of every operation that can fail on input.
#include <string>
#include <utility>
#include <variant>

namespace timeline {

/// An error message, already phrased for the user ("FILE:LINE: problem").
struct Error {
  std::string message;
};

/// Either a T or an Error (C++20 has no std::expected).
template <typename T>
class Result {
 public:
  Result(T value) : m_value(std::move(value)) {}        // NOLINT: implicit by design
  Result(Error error) : m_value(std::move(error)) {}    // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(m_value); }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<T>(m_value); }
  const T& value() const { return std::get<T>(m_value); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const std::string& error() const { return std::get<Error>(m_value).message; }

 private:
  std::variant<T, Error> m_value;
};

}  // namespace timeline
