#include <coroguard/task.hpp>
#include <chrono>
#include <thread>

coroguard::task<int> poll(int tries) {
  if (tries > 3);  // finding from the stock check the folder's .clang-tidy enables
  std::this_thread::sleep_for(std::chrono::milliseconds(1));  // quiet: blocking-call is off here
  co_return tries;
}
