// QCoro for Qt 6, a blocking call in a QCoro::Task: the Qt event loop (and every other task on
// it) stalls (blocking-call, at the call); the timer the task awaits first is QCoro's own.
// RUN: %san_cxx %qcoro_flags %s -o %t -lQCoro6Core -lQt6Core
// RUN: sh -c '%t > %t.out 2> %t.err; echo "exit $?"' | FileCheck %s --check-prefix=EXIT
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %san_cxx -O2 %qcoro_flags %s -o %t.o2 -lQCoro6Core -lQt6Core
// RUN: sh -c '%t.o2 2> %t.o2.err; true'
// RUN: FileCheck %s < %t.o2.err
// EXIT: exit 23
// OUT: refreshed
// CHECK: qcoro-blocking-call.cpp:[[@LINE+17]]:{{[0-9]+}}: warning: '{{(clock_)?}}nanosleep' blocks the loop thread inside task 'refresh'
// CHECK: hint: await the library's asynchronous form of the call
// CHECK-NOT: warning:
#include <QCoreApplication>
#include <QCoroTask>
#include <QCoroTimer>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace std::chrono_literals;

QCoro::Task<> refresh(QCoreApplication& app) {
  QTimer timer;
  timer.start(5ms);
  co_await timer;
  std::this_thread::sleep_for(20ms);  // the bug: stalls the Qt event loop
  std::puts("refreshed");
  app.quit();
}

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QTimer::singleShot(0, [&app] { refresh(app); });
  return app.exec();
}
