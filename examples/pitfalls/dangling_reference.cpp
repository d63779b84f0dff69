// Pitfall: a dangling argument. The coroutine keeps a reference to its argument; the
// temporary string dies at the end of the statement, long before the task runs.
// check: coroguard-dangling-argument
// (Not run by the demo: running it is undefined behaviour.)
#include <coroguard/coroguard.hpp>

#include <cstdio>
#include <string>

coroguard::task<std::size_t> count_words(const std::string& text) {
  std::size_t words = 0;
  for (char c : text) words += c == ' ';
  co_return words + 1;
}

coroguard::task<> amain() {
  auto pending = count_words(std::string("the quick brown fox"));  // the bug: temporary string
  std::printf("%zu words\n", co_await std::move(pending));
}

int main() { coroguard::run(amain()); }
