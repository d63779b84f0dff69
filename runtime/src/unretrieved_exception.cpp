#include <cstdio>
#include <exception>

#include "coroguard/detail/job.hpp"

namespace coroguard::detail {

// asyncio logs "Task exception was never retrieved" in every mode; so do we.
void report_unretrieved_exception(const std::exception_ptr& error) noexcept {
  const char* format =
      "coroguard: warning: a spawned task failed and its exception was never retrieved: %s "
      "[coroguard-exception-never-retrieved]\n";
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    std::fprintf(stderr, format, e.what());
  } catch (...) {
    std::fprintf(stderr, format, "(an exception not derived from std::exception)");
  }
}

void report_unretrieved_exception(const job&, const std::exception_ptr& error) noexcept {
  report_unretrieved_exception(error);
}

}  // namespace coroguard::detail
