// A drone's sensors read concurrently, each at its own rate: GPS every 1 s, battery every 2 s,
// tracking every 0.5 s, for 4 seconds; then the flight log says how many readings each gave.
#include <chrono>
#include <cstdio>
#include <string>

#include "example.hpp"

using namespace std::chrono_literals;

struct sensor {
  std::string name;
  std::chrono::milliseconds period;
  int readings = 0;
};

coroguard::task<> read_sensor(sensor& s, std::chrono::milliseconds flight,
                              coroguard::event_loop::clock::time_point start) {
  while (coroguard::now() - start + s.period <= flight) {
    co_await coroguard::sleep(s.period);
    ++s.readings;
    std::printf("%5.1f s  %-8s reading %d\n", example::seconds_since(start), s.name.c_str(), s.readings);
  }
}

coroguard::task<> amain() {
  sensor gps{"GPS", 1000ms}, battery{"battery", 2000ms}, tracking{"tracking", 500ms};
  auto start = coroguard::now();
  co_await coroguard::gather(read_sensor(gps, 4s, start), read_sensor(battery, 4s, start),
                             read_sensor(tracking, 4s, start));
  std::printf("flight log: GPS %d, battery %d, tracking %d readings in %.1f s\n", gps.readings, battery.readings,
              tracking.readings, example::seconds_since(start));
}

int main(int argc, char** argv) { coroguard::run(amain(), example::options(argc, argv)); }
