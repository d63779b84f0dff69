// A chat room: five users each send three messages after random pauses (a fixed seed, so the
// run is repeatable); the room task receives them through a queue and broadcasts each one in
// the order they arrive.
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "example.hpp"

using namespace std::chrono_literals;

struct message {
  std::string from, text;
};

coroguard::task<> user(std::string name, unsigned seed, coroguard::queue<message>& room) {
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> pause_ms(100, 1000);
  for (int i = 1; i <= 3; ++i) {
    co_await coroguard::sleep(std::chrono::milliseconds(pause_ms(random)));
    // Named, not a braced temporary inside the co_await: GCC 12 miscompiles that (the
    // message's string ends up pointing into this frame).
    message m{name, "message " + std::to_string(i)};
    co_await room.put(std::move(m));
  }
}

coroguard::task<int> broadcast(coroguard::queue<message>& room, int users) {
  int delivered = 0;
  auto start = coroguard::now();
  for (;;) {
    message m;
    try {
      m = co_await room.get();
    } catch (const coroguard::queue_closed&) {
      break;  // every user is done
    }
    std::printf("%4.1f s  [%s] %s  (to %d others)\n", example::seconds_since(start), m.from.c_str(), m.text.c_str(),
                users - 1);
    ++delivered;
  }
  co_return delivered;
}

coroguard::task<> amain() {
  coroguard::queue<message> room(16);
  const std::vector<std::string> names{"ana", "ben", "chloe", "dev", "eli"};
  auto room_task = coroguard::spawn(broadcast(room, static_cast<int>(names.size())));
  std::vector<coroguard::task<>> users;
  for (unsigned i = 0; i < names.size(); ++i) users.push_back(user(names[i], 7 + i, room));
  co_await coroguard::gather(std::move(users));
  room.close();
  std::printf("%d messages delivered\n", co_await room_task);
}

int main(int argc, char** argv) { coroguard::run(amain(), example::options(argc, argv)); }
