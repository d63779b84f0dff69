// Pitfall: two tasks that own each other. Each session's frame holds a shared_ptr to the other
// session, and each session owns its task: a reference cycle that C++ has no collector to
// break, so neither frame is ever freed.
// debug: ownership-cycle
// debug: leaked-frame
#include <coroguard/coroguard.hpp>

#include <cstdio>
#include <memory>

struct session {
  coroguard::task<> run;
};

coroguard::task<> relay(std::shared_ptr<session> peer) {
  std::printf("relaying to %p\n", static_cast<void*>(peer.get()));
  co_return;
}

coroguard::task<> amain() {
  auto a = std::make_shared<session>();
  auto b = std::make_shared<session>();
  a->run = relay(b);  // the bug: a's task holds b, b's task holds a
  b->run = relay(a);
  co_return;
}

int main() { coroguard::run(amain()); }
