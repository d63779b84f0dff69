// capturing-lambda-coroutine on QCoro's real headers: QTimer::singleShot deletes its slot
// object once it has called it, while the eager QCoro::Task it started is still suspended.
// RUN: %check_tidy %s coroguard-capturing-lambda-coroutine %t -- -std=c++20 %qcoro_flags
#include <QCoroTask>
#include <QCoroTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>

class Poller : public QObject {
public:
  void schedule() {
    QTimer::singleShot(100, this, [this]() -> QCoro::Task<> {
      // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'QTimer::singleShot' calls this capturing lambda coroutine and destroys it while its task may still run: the task reads destroyed captures [coroguard-capturing-lambda-coroutine]
      QTimer timer;
      timer.start(std::chrono::milliseconds(10));
      co_await timer;
      ++polls;
    });
    // Without captures, nothing of the lambda is read after its first suspension.
    QTimer::singleShot(100, this, []() -> QCoro::Task<> {
      QTimer timer;
      timer.start(std::chrono::milliseconds(10));
      co_await timer;
    });
  }
  int polls = 0;
};
