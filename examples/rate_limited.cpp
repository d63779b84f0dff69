// Fetch ten URLs with at most three requests in flight: a semaphore of 3 permits. Each fetch
// takes a second, so ten take 4 seconds (3 + 3 + 3 + 1), and never more than 3 run at once.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "example.hpp"

using namespace std::chrono_literals;

struct limits {
  coroguard::semaphore permits{3};
  int in_flight = 0;
  int most_in_flight = 0;
};

coroguard::task<std::string> fetch(limits& l, int n) {
  auto permit = co_await l.permits.acquire();  // released when `permit` goes out of scope
  l.most_in_flight = std::max(l.most_in_flight, ++l.in_flight);
  co_await coroguard::sleep(1s);  // the request
  --l.in_flight;
  co_return "https://example.com/page/" + std::to_string(n);
}

coroguard::task<> amain() {
  limits l;
  auto start = coroguard::now();
  std::vector<coroguard::task<std::string>> fetches;
  for (int n = 1; n <= 10; ++n) fetches.push_back(fetch(l, n));
  std::vector<std::string> pages = co_await coroguard::gather(std::move(fetches));
  std::printf("fetched %zu pages, first %s, last %s\n", pages.size(), pages.front().c_str(), pages.back().c_str());
  std::printf("at most %d in flight; %.1f s\n", l.most_in_flight, example::seconds_since(start));
}

int main(int argc, char** argv) { coroguard::run(amain(), example::options(argc, argv)); }
