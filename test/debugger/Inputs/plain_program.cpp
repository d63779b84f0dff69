// A program with symbols and debug info but no coroguard in it.
#include <cstdio>
#include <unistd.h>

int main() {
  std::printf("ready pid=%d\n", getpid());
  std::fflush(stdout);
  while (std::getchar() != EOF) {
  }
}
