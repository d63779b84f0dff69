// std::exit from inside a task ends the program quietly: the debug mode's exit handler joins
// its watchdog, and the static pool of to_thread ends its idle threads, while the task's step
// is still on the stack. Those are the runtime's own waits: no blocking-call report, exit 0.
// RUN: %debug_cxx %s -o %t
// RUN: sh -c '%t > %t.out 2> %t.err; echo "exit $?"' | FileCheck %s --check-prefix=EXIT
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: FileCheck %s --allow-empty --implicit-check-not=coroguard < %t.err
// EXIT: exit 0
// OUT: 42
// OUT-NEXT: ending the program from a task
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace std::chrono_literals;

coroguard::task<> serve() {
  int v = co_await coroguard::to_thread([] { return 6 * 7; });
  std::printf("%d\n", v);
  co_await coroguard::sleep(1ms);
  std::printf("ending the program from a task\n");
  std::fflush(stdout);
  std::exit(0);
}

int main() { coroguard::run(serve()); }
