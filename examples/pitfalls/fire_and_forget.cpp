// Pitfall: a fire-and-forget task. The join_handle is dropped, so nobody can ever see the
// task fail (asyncio's "Task exception was never retrieved").
// check: coroguard-detached-task
// debug: exception-never-retrieved
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <stdexcept>

using namespace std::chrono_literals;

coroguard::task<> send_email(int user) {
  co_await coroguard::sleep(1ms);
  throw std::runtime_error("smtp server refused user " + std::to_string(user));
}

coroguard::task<> signup(int user) {
  coroguard::spawn(send_email(user));  // the bug: the handle, and the failure, are dropped
  co_await coroguard::sleep(10ms);
}

int main() { coroguard::run(signup(42)); }
