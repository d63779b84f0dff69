// TaskTypes adds classes the shape test cannot see; its entries are qualified names or regexes.
// RUN: %check_tidy %s coroguard-unawaited-task %t --config="{CheckOptions: {coroguard-unawaited-task.TaskTypes: '::mylib::job;^acme::.*_op$'}}" -- -std=c++20 -I %S/Inputs
#include "coro_libs.h"

namespace acme {
struct read_op {};
struct buffer {};
} // namespace acme

mylib::job make_job();
acme::read_op start_read();
acme::buffer make_buffer();
cppcoro::task<> save();

void uses() {
  make_job();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'make_job' is never awaited
  start_read();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'start_read' is never awaited
  make_buffer();
  // The option adds to the shape test; it does not replace it.
  save();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'save' is never awaited
}
