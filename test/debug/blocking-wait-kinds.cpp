// blocking-call for the other waits on a thread: a POSIX semaphore and a std::counting_semaphore
// (a futex wait) that another thread releases later are reported; a wait that does not block
// (a semaphore with a count, a future already ready, a condition already true, a free mutex)
// is not.
// RUN: %debug_cxx %s -o %t
// RUN: sh -c '%t > %t.out 2> %t.err; echo "exit $?"' | FileCheck %s --check-prefix=EXIT
// RUN: FileCheck %s < %t.err --implicit-check-not=warning:
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// EXIT: exit 23
// CHECK: blocking-wait-kinds.cpp:[[@LINE+25]]:{{[0-9]+}}: warning: 'sem_wait' blocks the loop thread inside task 'posix_semaphore'
// CHECK: blocking-wait-kinds.cpp:[[@LINE+36]]:{{[0-9]+}}: warning: 'futex wait' blocks the loop thread inside task 'counting_semaphore'
// OUT: no wait blocked
// OUT: posix semaphore acquired
// OUT: counting semaphore acquired
#include <coroguard/coroguard.hpp>
#include <semaphore.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <future>
#include <mutex>
#include <semaphore>
#include <thread>

using namespace std::chrono_literals;

coroguard::task<> posix_semaphore() {
  sem_t s;
  sem_init(&s, 0, 0);
  std::thread poster([&] {
    std::this_thread::sleep_for(200ms);
    sem_post(&s);
  });
  sem_wait(&s);
  std::printf("posix semaphore acquired\n");
  co_await coroguard::to_thread([&] { poster.join(); });
  sem_destroy(&s);
}

coroguard::task<> counting_semaphore() {
  std::counting_semaphore<4> s(0);
  std::thread releaser([&] {
    std::this_thread::sleep_for(200ms);
    s.release();
  });
  s.acquire();
  std::printf("counting semaphore acquired\n");
  co_await coroguard::to_thread([&] { releaser.join(); });
}

coroguard::task<> waits_that_do_not_block() {
  sem_t s;
  sem_init(&s, 0, 1);
  sem_wait(&s);
  sem_destroy(&s);
  std::promise<int> p;
  p.set_value(1);
  int v = p.get_future().get();
  std::mutex m;
  std::condition_variable cv;
  for (int i = 0; i < 1000; ++i) {
    std::unique_lock lock(m);
    cv.wait(lock, [&] { return v == 1; });
  }
  std::printf("no wait blocked\n");
  co_return;
}

coroguard::task<> amain() {
  co_await waits_that_do_not_block();
  co_await posix_semaphore();
  co_await counting_semaphore();
}

int main() { coroguard::run(amain()); }
