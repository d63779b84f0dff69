// Pitfall: a session that owns the task that keeps it alive. start() stores the session's task
// in the session, and the task's frame holds a shared_ptr to the session (shared_from_this()):
// once the last outside reference goes, the session and the frame keep each other alive for
// good. The debug runtime reports the leak at exit and the one-frame cycle behind it.
// debug: leaked-frame
// debug: ownership-cycle
#include <coroguard/coroguard.hpp>

#include <cstdio>
#include <memory>

struct session : std::enable_shared_from_this<session> {
  coroguard::task<> pump;

  void start() { pump = serve(shared_from_this()); }  // the bug: the task holds its own owner

  static coroguard::task<> serve(std::shared_ptr<session> self) {
    std::printf("serving %p\n", static_cast<void*>(self.get()));
    co_return;
  }
};

coroguard::task<> amain() {
  auto s = std::make_shared<session>();
  s->start();
  co_return;  // `s` goes, the session and its task stay
}

int main() { coroguard::run(amain()); }
