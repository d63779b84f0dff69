// The exceptions of the runtime's own outcomes: cancellation, timeouts, closed queues, and the
// group of errors a task_group collects.
#pragma once

#include <exception>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace coroguard {

// Thrown at a suspension point of a cancelled task (asyncio.CancelledError). Deliberately not a
// std::exception: `catch (const std::exception&)` lets it through, as `except Exception` does in
// Python, so ordinary error handling does not swallow a cancellation.
class cancelled_error {
 public:
  const char* what() const noexcept { return "coroguard: the task was cancelled"; }
};

// with_timeout's deadline passed; the inner task was cancelled and has finished (TimeoutError).
class timeout_error : public std::runtime_error {
 public:
  timeout_error() : std::runtime_error("coroguard: timed out") {}
};

// A queue operation on a closed queue (asyncio.QueueShutDown).
class queue_closed : public std::runtime_error {
 public:
  queue_closed() : std::runtime_error("coroguard: the queue is closed") {}
};

// Every error of a task_group's tasks, in the order they failed (ExceptionGroup).
class task_group_error : public std::runtime_error {
 public:
  explicit task_group_error(std::vector<std::exception_ptr> errors)
      : std::runtime_error(describe(errors)), errors_(std::move(errors)) {}
  const std::vector<std::exception_ptr>& errors() const noexcept { return errors_; }

 private:
  static std::string describe(const std::vector<std::exception_ptr>& errors) {
    std::string text = "coroguard: " + std::to_string(errors.size()) + " task(s) of the group failed";
    for (const auto& e : errors) {
      try {
        std::rethrow_exception(e);
      } catch (const std::exception& x) {
        text += std::string("; ") + x.what();
      } catch (...) {
        text += "; (an exception not derived from std::exception)";
      }
    }
    return text;
  }
  std::vector<std::exception_ptr> errors_;
};

}  // namespace coroguard
