// RUN: %check_tidy %s coroguard-unbounded-spawn %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=OPT %s coroguard-unbounded-spawn %t --config="{CheckOptions: {coroguard-unbounded-spawn.LimitTypes: '::my::budget'}}" -- -std=c++20 -I %S/Inputs
#include "loop_shapes.h"
#include <semaphore>
#include <string>
#include <vector>

using cppcoro::task;
task<int> download(std::string url);
namespace my { struct budget { void take(); }; }

void everything_at_once(std::vector<std::string> urls) {
  for (const auto &url : urls)
    coroguard::spawn(download(url)).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'spawn' starts one task per element of the range and nothing limits how many run at once; bound them with a semaphore [coroguard-unbounded-spawn]
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: the range
  // CHECK-MESSAGES-OPT: :[[@LINE-3]]:5: warning: 'spawn' starts one task per element
  // CHECK-MESSAGES-OPT: :[[@LINE-5]]:26: note: the range
}

void with_budget(std::vector<std::string> urls, my::budget &b) {
  for (const auto &url : urls) {
    b.take();
    coroguard::spawn(download(url)).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'spawn' starts one task per element
  }
}

// Not flagged: each iteration waits (for a permit, or anything else), a semaphore bounds it
// (unless LimitTypes no longer lists it).
task<> paced(std::vector<std::string> urls, std::counting_semaphore<8> &permits) {
  for (const auto &url : urls) {
    co_await download(url);
    coroguard::spawn(download(url)).detach();
  }
  for (const auto &url : urls) {
    permits.acquire();
    coroguard::spawn(download(url)).detach();
    // CHECK-MESSAGES-OPT: :[[@LINE-1]]:5: warning: 'spawn' starts one task per element
    // CHECK-MESSAGES-OPT: :[[@LINE-4]]:26: note: the range
  }
}
