// RUN: %check_tidy %s coroguard-swallowed-cancellation %t -- -std=c++20 -I %S/Inputs -isystem %S/Inputs/system
// RUN: %check_tidy --suffix=OPT %s coroguard-swallowed-cancellation %t --config="{CheckOptions: {coroguard-swallowed-cancellation.CancellationTypes: '::my::stop_requested', coroguard-swallowed-cancellation.CancellationNames: ''}}" -- -std=c++20 -I %S/Inputs -isystem %S/Inputs/system
#include "loop_shapes.h"
#include <cstdio>
#include <test_framework.h>
#include "project_test_macros.h"

using cppcoro::task;
task<int> read_message();
void log(const char *);
namespace my { struct base_error {}; struct stop_requested : base_error {}; }

task<> reader_loop() {
  for (;;) {
    try {
      co_await read_message();
    } catch (...) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'catch (...)' in coroutine 'reader_loop' swallows the cancellation thrown at the suspension point in its try block and carries on: the task can no longer be cancelled [coroguard-swallowed-cancellation]
      // CHECK-MESSAGES: :[[@LINE-3]]:7: note: cancellation is thrown here; rethrow it (`throw;`) or catch the cancellation type first
      // CHECK-MESSAGES-OPT: :[[@LINE-3]]:7: warning: 'catch (...)' in coroutine 'reader_loop' swallows the cancellation
      // CHECK-MESSAGES-OPT: :[[@LINE-5]]:7: note: cancellation is thrown here
      log("read failed, retrying");
    }
  }
}

task<> keeps_going() {
  try {
    co_await read_message();
  } catch (const std::exception &e) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'catch (const std::exception &)' in coroutine 'keeps_going' swallows the cancellation
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: cancellation is thrown here
    log(e.what());
  }
  co_await read_message();
}

task<> custom_type() {
  for (;;) {
    try {
      co_await read_message();
    } catch (my::base_error &) {
      // CHECK-MESSAGES-OPT: :[[@LINE-1]]:7: warning: 'catch (my::base_error &)' in coroutine 'custom_type' swallows the cancellation
      // CHECK-MESSAGES-OPT: :[[@LINE-3]]:7: note: cancellation is thrown here
    }
  }
}

// Not flagged: rethrows, catches the cancellation type first, leaves the coroutine, nothing
// suspends in the try block, nothing suspends after it, or not a coroutine.
task<> correct() {
  for (;;) {
    try {
      co_await read_message();
    } catch (...) {
      log("failed");
      throw;
    }
    try {
      co_await read_message();
    } catch (const coroguard::cancelled_error &) {
      throw;
    } catch (const std::exception &) {
      log("failed");
    }
    try {
      co_await read_message();
    } catch (...) {
      co_return;
    }
    try {
      log("no suspension in here");
    } catch (...) {
    }
    std::exception_ptr kept;
    try {
      co_await read_message();
    } catch (...) {
      kept = std::current_exception(); // delivered later, as Asio's co_spawn does
    }
    co_await read_message();
  }
}
task<> last_statement() {
  try {
    co_await read_message();
  } catch (const std::exception &e) {
    log(e.what()); // the coroutine ends here anyway
  }
}
void synchronous() {
  for (;;) {
    try {
      log("x");
    } catch (...) {
    }
  }
}

// A coroutine is cancelled with its own library's type. Catching std::runtime_error (the base of
// Asio's system_error, not of cppcoro's operation_cancelled) swallows nothing in a cppcoro task,
// and swallows the cancellation in an Asio awaitable.
task<> runtime_errors_in_cppcoro() {
  for (;;) {
    try {
      co_await read_message();
    } catch (const std::runtime_error &e) {
      log(e.what());
    }
  }
}
template <class... Args> struct std::coroutine_traits<boost::asio::awaitable<void>, Args...> {
  struct promise_type : detail_shapes::promise_base {
    boost::asio::awaitable<void> get_return_object();
    void return_void() {}
  };
};
boost::asio::awaitable<void> runtime_errors_in_asio() {
  for (;;) {
    try {
      co_await read_message();
    } catch (const std::runtime_error &e) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'catch (const std::runtime_error &)' in coroutine 'runtime_errors_in_asio' swallows the cancellation
      // CHECK-MESSAGES: :[[@LINE-3]]:7: note: cancellation is thrown here
      log(e.what());
    }
  }
}

// A test framework's assertion macro (from a system header) is not the coroutine's own code.
task<> in_a_test() {
  for (int i = 0; i < 3; ++i) {
    EXPECT_THROWS_SHAPE(co_await read_message());
  }
}

// The same from the project's own header: assertion macros record the failure; a macro that
// only drops exceptions is still reported where it is used.
task<> in_a_project_test() {
  for (int i = 0; i < 3; ++i) {
    CHECK(co_await read_message() > 0);
    REQUIRE_THROWS_AS(co_await read_message(), std::runtime_error);
  }
  for (int i = 0; i < 3; ++i) {
    IGNORE_ERRORS(co_await read_message());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'catch (...)' in coroutine 'in_a_project_test' swallows the cancellation
    // CHECK-MESSAGES: :[[@LINE-2]]:19: note: cancellation is thrown here
    // CHECK-MESSAGES-OPT: :[[@LINE-3]]:5: warning: 'catch (...)' in coroutine 'in_a_project_test' swallows the cancellation
    // CHECK-MESSAGES-OPT: :[[@LINE-4]]:19: note: cancellation is thrown here
  }
}

