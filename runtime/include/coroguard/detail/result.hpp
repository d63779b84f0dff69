// result<T>: the value or the exception a coroutine finished with, shared by task and join_handle.
#pragma once

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace coroguard::detail {

template <class T>
class result {
 public:
  template <class U>
  void set_value(U&& v) {
    value_.emplace(std::forward<U>(v));
  }
  void set_error(std::exception_ptr e) noexcept { error_ = std::move(e); }
  bool has_error() const noexcept { return error_ != nullptr; }
  bool ready() const noexcept { return error_ || value_; }
  std::exception_ptr error() const noexcept { return error_; }

  // Rethrows the exception, or moves the value out.
  T take() {
    if (error_) std::rethrow_exception(error_);
    return std::move(*value_);
  }

 private:
  std::optional<T> value_;
  std::exception_ptr error_;
};

template <>
class result<void> {
 public:
  void set_value() noexcept { done_ = true; }
  void set_error(std::exception_ptr e) noexcept { error_ = std::move(e); }
  bool has_error() const noexcept { return error_ != nullptr; }
  bool ready() const noexcept { return error_ || done_; }
  std::exception_ptr error() const noexcept { return error_; }
  void take() {
    if (error_) std::rethrow_exception(error_);
  }

 private:
  bool done_ = false;
  std::exception_ptr error_;
};

}  // namespace coroguard::detail
