// RUN: %check_tidy %s coroguard-large-frame %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=OPT %s coroguard-large-frame %t --config="{CheckOptions: {coroguard-large-frame.MaxFrameBytes: 512}}" -- -std=c++20 -I %S/Inputs
#include "coro_libs.h"
#include <array>

using cppcoro::task;
task<int> fetch();

task<int> big_buffer() {
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: coroutine 'big_buffer' keeps 65536 bytes of parameters and locals alive across suspension points (MaxFrameBytes is 16384): every call allocates them in its frame [coroguard-large-frame]
  // CHECK-MESSAGES-OPT: :[[@LINE-2]]:11: warning: coroutine 'big_buffer' keeps 65536 bytes of parameters and locals alive across suspension points (MaxFrameBytes is 512)
  std::array<char, 65536> buffer{};
  // CHECK-MESSAGES: :[[@LINE-1]]:27: note: 'buffer' takes 65536 bytes
  // CHECK-MESSAGES-OPT: :[[@LINE-2]]:27: note: 'buffer' takes 65536 bytes
  buffer[0] = static_cast<char>(co_await fetch());
  co_return buffer[0];
}

task<int> big_parameter(std::array<char, 1024> data) {
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:11: warning: coroutine 'big_parameter' keeps 1024 bytes
  // CHECK-MESSAGES-OPT: :[[@LINE-2]]:48: note: 'data' takes 1024 bytes
  co_return data[0] + co_await fetch();
}

// Not flagged: big locals whose scope ends before any suspension point, or no suspension.
task<int> scoped() {
  int first;
  {
    std::array<char, 65536> scratch{};
    first = scratch[1];
  }
  co_return first + co_await fetch();
}
task<int> never_suspends() {
  std::array<char, 65536> buffer{};
  co_return buffer[0];
}
