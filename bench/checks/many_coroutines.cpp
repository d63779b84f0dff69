// Many coroutines of the shapes the checks inspect (awaits, spawns, locks, try blocks,
// lambdas, references): input for bench_checks.py. Correct code: no finding expected.
#include <coroguard/coroguard.hpp>
#include <mutex>
#include <string>
#include <vector>

using namespace std::chrono_literals;
std::mutex m;
int shared_counter = 0;

coroguard::task<int> leaf_0(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 0;
}
coroguard::task<int> node_0(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_0(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_0(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_1(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 1;
}
coroguard::task<int> node_1(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_1(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_1(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_2(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 2;
}
coroguard::task<int> node_2(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_2(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_2(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_3(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 3;
}
coroguard::task<int> node_3(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_3(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_3(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_4(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 4;
}
coroguard::task<int> node_4(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_4(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_4(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_5(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 5;
}
coroguard::task<int> node_5(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_5(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_5(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_6(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 6;
}
coroguard::task<int> node_6(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_6(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_6(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_7(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 7;
}
coroguard::task<int> node_7(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_7(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_7(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_8(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 8;
}
coroguard::task<int> node_8(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_8(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_8(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_9(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 9;
}
coroguard::task<int> node_9(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_9(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_9(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_10(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 10;
}
coroguard::task<int> node_10(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_10(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_10(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_11(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 11;
}
coroguard::task<int> node_11(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_11(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_11(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_12(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 12;
}
coroguard::task<int> node_12(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_12(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_12(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_13(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 13;
}
coroguard::task<int> node_13(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_13(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_13(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_14(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 14;
}
coroguard::task<int> node_14(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_14(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_14(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_15(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 15;
}
coroguard::task<int> node_15(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_15(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_15(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_16(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 16;
}
coroguard::task<int> node_16(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_16(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_16(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_17(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 17;
}
coroguard::task<int> node_17(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_17(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_17(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_18(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 18;
}
coroguard::task<int> node_18(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_18(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_18(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_19(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 19;
}
coroguard::task<int> node_19(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_19(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_19(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_20(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 20;
}
coroguard::task<int> node_20(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_20(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_20(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_21(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 21;
}
coroguard::task<int> node_21(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_21(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_21(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_22(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 22;
}
coroguard::task<int> node_22(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_22(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_22(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_23(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 23;
}
coroguard::task<int> node_23(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_23(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_23(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_24(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 24;
}
coroguard::task<int> node_24(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_24(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_24(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_25(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 25;
}
coroguard::task<int> node_25(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_25(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_25(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_26(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 26;
}
coroguard::task<int> node_26(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_26(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_26(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_27(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 27;
}
coroguard::task<int> node_27(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_27(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_27(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_28(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 28;
}
coroguard::task<int> node_28(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_28(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_28(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_29(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 29;
}
coroguard::task<int> node_29(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_29(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_29(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_30(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 30;
}
coroguard::task<int> node_30(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_30(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_30(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_31(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 31;
}
coroguard::task<int> node_31(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_31(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_31(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_32(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 32;
}
coroguard::task<int> node_32(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_32(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_32(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_33(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 33;
}
coroguard::task<int> node_33(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_33(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_33(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_34(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 34;
}
coroguard::task<int> node_34(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_34(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_34(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_35(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 35;
}
coroguard::task<int> node_35(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_35(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_35(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_36(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 36;
}
coroguard::task<int> node_36(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_36(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_36(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_37(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 37;
}
coroguard::task<int> node_37(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_37(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_37(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_38(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 38;
}
coroguard::task<int> node_38(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_38(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_38(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_39(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 39;
}
coroguard::task<int> node_39(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_39(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_39(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_40(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 40;
}
coroguard::task<int> node_40(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_40(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_40(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_41(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 41;
}
coroguard::task<int> node_41(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_41(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_41(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_42(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 42;
}
coroguard::task<int> node_42(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_42(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_42(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_43(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 43;
}
coroguard::task<int> node_43(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_43(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_43(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_44(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 44;
}
coroguard::task<int> node_44(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_44(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_44(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_45(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 45;
}
coroguard::task<int> node_45(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_45(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_45(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_46(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 46;
}
coroguard::task<int> node_46(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_46(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_46(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_47(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 47;
}
coroguard::task<int> node_47(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_47(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_47(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_48(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 48;
}
coroguard::task<int> node_48(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_48(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_48(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_49(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 49;
}
coroguard::task<int> node_49(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_49(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_49(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_50(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 50;
}
coroguard::task<int> node_50(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_50(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_50(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_51(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 51;
}
coroguard::task<int> node_51(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_51(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_51(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_52(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 52;
}
coroguard::task<int> node_52(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_52(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_52(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_53(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 53;
}
coroguard::task<int> node_53(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_53(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_53(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_54(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 54;
}
coroguard::task<int> node_54(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_54(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_54(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_55(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 55;
}
coroguard::task<int> node_55(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_55(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_55(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_56(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 56;
}
coroguard::task<int> node_56(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_56(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_56(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_57(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 57;
}
coroguard::task<int> node_57(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_57(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_57(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_58(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 58;
}
coroguard::task<int> node_58(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_58(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_58(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_59(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 59;
}
coroguard::task<int> node_59(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_59(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_59(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_60(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 60;
}
coroguard::task<int> node_60(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_60(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_60(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_61(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 61;
}
coroguard::task<int> node_61(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_61(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_61(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_62(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 62;
}
coroguard::task<int> node_62(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_62(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_62(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_63(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 63;
}
coroguard::task<int> node_63(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_63(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_63(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_64(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 64;
}
coroguard::task<int> node_64(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_64(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_64(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_65(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 65;
}
coroguard::task<int> node_65(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_65(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_65(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_66(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 66;
}
coroguard::task<int> node_66(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_66(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_66(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_67(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 67;
}
coroguard::task<int> node_67(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_67(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_67(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_68(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 68;
}
coroguard::task<int> node_68(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_68(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_68(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_69(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 69;
}
coroguard::task<int> node_69(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_69(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_69(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_70(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 70;
}
coroguard::task<int> node_70(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_70(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_70(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_71(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 71;
}
coroguard::task<int> node_71(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_71(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_71(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_72(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 72;
}
coroguard::task<int> node_72(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_72(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_72(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_73(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 73;
}
coroguard::task<int> node_73(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_73(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_73(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_74(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 74;
}
coroguard::task<int> node_74(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_74(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_74(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_75(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 75;
}
coroguard::task<int> node_75(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_75(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_75(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_76(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 76;
}
coroguard::task<int> node_76(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_76(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_76(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_77(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 77;
}
coroguard::task<int> node_77(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_77(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_77(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_78(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 78;
}
coroguard::task<int> node_78(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_78(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_78(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_79(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 79;
}
coroguard::task<int> node_79(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_79(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_79(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_80(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 80;
}
coroguard::task<int> node_80(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_80(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_80(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_81(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 81;
}
coroguard::task<int> node_81(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_81(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_81(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_82(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 82;
}
coroguard::task<int> node_82(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_82(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_82(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_83(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 83;
}
coroguard::task<int> node_83(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_83(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_83(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_84(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 84;
}
coroguard::task<int> node_84(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_84(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_84(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_85(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 85;
}
coroguard::task<int> node_85(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_85(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_85(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_86(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 86;
}
coroguard::task<int> node_86(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_86(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_86(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_87(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 87;
}
coroguard::task<int> node_87(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_87(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_87(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_88(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 88;
}
coroguard::task<int> node_88(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_88(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_88(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_89(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 89;
}
coroguard::task<int> node_89(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_89(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_89(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_90(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 90;
}
coroguard::task<int> node_90(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_90(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_90(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_91(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 91;
}
coroguard::task<int> node_91(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_91(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_91(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_92(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 92;
}
coroguard::task<int> node_92(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_92(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_92(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_93(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 93;
}
coroguard::task<int> node_93(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_93(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_93(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_94(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 94;
}
coroguard::task<int> node_94(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_94(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_94(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_95(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 95;
}
coroguard::task<int> node_95(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_95(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_95(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_96(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 96;
}
coroguard::task<int> node_96(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_96(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_96(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_97(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 97;
}
coroguard::task<int> node_97(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_97(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_97(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_98(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 98;
}
coroguard::task<int> node_98(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_98(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_98(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_99(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 99;
}
coroguard::task<int> node_99(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_99(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_99(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_100(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 100;
}
coroguard::task<int> node_100(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_100(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_100(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_101(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 101;
}
coroguard::task<int> node_101(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_101(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_101(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_102(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 102;
}
coroguard::task<int> node_102(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_102(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_102(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_103(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 103;
}
coroguard::task<int> node_103(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_103(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_103(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_104(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 104;
}
coroguard::task<int> node_104(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_104(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_104(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_105(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 105;
}
coroguard::task<int> node_105(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_105(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_105(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_106(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 106;
}
coroguard::task<int> node_106(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_106(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_106(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_107(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 107;
}
coroguard::task<int> node_107(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_107(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_107(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_108(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 108;
}
coroguard::task<int> node_108(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_108(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_108(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_109(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 109;
}
coroguard::task<int> node_109(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_109(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_109(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_110(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 110;
}
coroguard::task<int> node_110(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_110(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_110(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_111(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 111;
}
coroguard::task<int> node_111(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_111(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_111(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_112(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 112;
}
coroguard::task<int> node_112(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_112(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_112(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_113(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 113;
}
coroguard::task<int> node_113(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_113(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_113(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_114(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 114;
}
coroguard::task<int> node_114(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_114(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_114(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_115(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 115;
}
coroguard::task<int> node_115(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_115(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_115(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_116(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 116;
}
coroguard::task<int> node_116(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_116(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_116(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_117(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 117;
}
coroguard::task<int> node_117(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_117(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_117(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_118(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 118;
}
coroguard::task<int> node_118(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_118(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_118(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_119(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 119;
}
coroguard::task<int> node_119(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_119(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_119(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_120(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 120;
}
coroguard::task<int> node_120(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_120(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_120(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_121(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 121;
}
coroguard::task<int> node_121(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_121(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_121(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_122(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 122;
}
coroguard::task<int> node_122(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_122(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_122(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_123(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 123;
}
coroguard::task<int> node_123(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_123(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_123(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_124(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 124;
}
coroguard::task<int> node_124(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_124(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_124(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_125(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 125;
}
coroguard::task<int> node_125(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_125(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_125(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_126(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 126;
}
coroguard::task<int> node_126(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_126(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_126(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_127(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 127;
}
coroguard::task<int> node_127(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_127(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_127(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_128(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 128;
}
coroguard::task<int> node_128(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_128(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_128(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_129(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 129;
}
coroguard::task<int> node_129(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_129(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_129(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_130(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 130;
}
coroguard::task<int> node_130(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_130(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_130(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_131(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 131;
}
coroguard::task<int> node_131(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_131(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_131(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_132(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 132;
}
coroguard::task<int> node_132(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_132(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_132(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_133(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 133;
}
coroguard::task<int> node_133(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_133(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_133(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_134(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 134;
}
coroguard::task<int> node_134(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_134(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_134(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_135(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 135;
}
coroguard::task<int> node_135(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_135(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_135(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_136(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 136;
}
coroguard::task<int> node_136(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_136(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_136(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_137(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 137;
}
coroguard::task<int> node_137(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_137(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_137(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_138(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 138;
}
coroguard::task<int> node_138(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_138(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_138(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_139(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 139;
}
coroguard::task<int> node_139(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_139(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_139(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_140(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 140;
}
coroguard::task<int> node_140(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_140(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_140(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_141(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 141;
}
coroguard::task<int> node_141(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_141(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_141(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_142(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 142;
}
coroguard::task<int> node_142(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_142(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_142(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_143(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 143;
}
coroguard::task<int> node_143(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_143(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_143(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_144(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 144;
}
coroguard::task<int> node_144(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_144(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_144(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_145(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 145;
}
coroguard::task<int> node_145(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_145(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_145(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_146(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 146;
}
coroguard::task<int> node_146(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_146(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_146(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_147(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 147;
}
coroguard::task<int> node_147(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_147(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_147(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_148(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 148;
}
coroguard::task<int> node_148(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_148(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_148(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
coroguard::task<int> leaf_149(const std::string& name) {
  co_await coroguard::sleep(1ms);
  co_return static_cast<int>(name.size()) + 149;
}
coroguard::task<int> node_149(std::vector<std::string> names) {
  int total = 0;
  for (const auto& n : names) {
    try {
      total += co_await leaf_149(n);
    } catch (const std::exception&) {
      throw;
    }
    {
      std::lock_guard lock(m);
      ++shared_counter;
    }
  }
  auto h = coroguard::spawn(leaf_149(names.front()));
  total += co_await h;
  total += co_await [](int v) -> coroguard::task<int> { co_return v; }(total);
  co_return total;
}
