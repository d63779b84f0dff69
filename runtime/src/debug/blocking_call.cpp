// blocking-call: a call that blocks the thread while it runs a task stalls every task of the
// loop (BlockHound's idea, for C++). The blocking libc calls are interposed: the program's own
// definitions come first in symbol lookup, so calls from the program and from the libraries it
// loads (libstdc++'s sleep_for, libpq's poll, ...) all land here, and go on to the real call
// (RTLD_NEXT). Each reports only while this thread runs a task, outside allow_blocking scopes,
// and once per call stack.
#include <arpa/inet.h>
#include <dlfcn.h>
#include <execinfo.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <mutex>
#include <unordered_set>

#include "core/activity.hpp"
#include "core/emit.hpp"
#include "coroguard/debug/api.hpp"

namespace coroguard::debug {

allow_blocking::allow_blocking(const char*) noexcept { ++this_thread.allow_blocking; }
allow_blocking::~allow_blocking() { --this_thread.allow_blocking; }

// Referenced from the registry so a static link always pulls these definitions in.
void link_blocking_call_detector() noexcept {}

namespace {

bool in_task() noexcept { return this_thread.running && this_thread.allow_blocking == 0; }

}  // namespace

// A lookup of no host or of a numeric address never waits for a name server (libpq calls
// getaddrinfo for "127.0.0.1" from PQconnectStart, which is non-blocking).
bool resolves_locally(const char* node, const addrinfo* hints) noexcept {
  if (!node || (hints && (hints->ai_flags & AI_NUMERICHOST))) return true;
  unsigned char address[sizeof(in6_addr)];
  return inet_pton(AF_INET, node, address) == 1 || inet_pton(AF_INET6, node, address) == 1;
}

namespace {

// Would this descriptor block a read? Non-blocking descriptors and regular files do not wait
// for anyone else.
bool may_block(int fd) noexcept {
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || (flags & O_NONBLOCK)) return false;
  struct stat st{};
  return fstat(fd, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISBLK(st.st_mode);
}

// The interposed calls (interposed_calls.inc): a call missing from the list, and so from the
// symbols the program exports, has no name here and does not compile.
enum class interposed : unsigned char {
#define COROGUARD_INTERPOSED(name) name,
#include "interposed_calls.inc"
#undef COROGUARD_INTERPOSED
};

constexpr const char* interposed_names[] = {
#define COROGUARD_INTERPOSED(name) #name,
#include "interposed_calls.inc"
#undef COROGUARD_INTERPOSED
};

const char* name_of(interposed call) noexcept { return interposed_names[static_cast<int>(call)]; }

std::mutex seen_mutex;
std::unordered_set<std::size_t> seen_stacks;

void report_blocking(interposed which) noexcept {
  const char* call = name_of(which);
  try {
    report_scope scope;
    void* pcs[64];
    int n = backtrace(pcs, 64);
    std::size_t key = std::hash<std::string_view>{}(call);
    for (int i = 1; i < n && i < 8; ++i) key = key * 31 + std::hash<void*>{}(pcs[i]);
    {
      std::lock_guard lock(seen_mutex);
      if (!seen_stacks.insert(key).second) return;
    }
    const frame_record& task = *this_thread.running;
    report r{report_kind::blocking_call,
             std::string("'") + call + "' blocks the loop thread inside task '" + coroutine_name(task.function()) +
                 "'; every other task of the loop waits until it returns",
             {},
             {facts_of(task)}};
    r.stack_title = "native stack";
    r.stack = native_frames(pcs, n);
    if (const native_frame* f = first_user_frame(r.stack)) r.where = f->point;
    else r.where = point_of(task.defined_at());
    r.notes.push_back(
        "hint: await the runtime's form (coroguard::sleep, net::tcp, ...), or run it on the thread pool with "
        "co_await coroguard::to_thread(fn); a call that must block can say so with "
        "coroguard::debug::allow_blocking");
    emit(r);
  } catch (...) {
    report_lost(report_kind::blocking_call);
  }
}

template <class F>
F real(interposed call) noexcept {
  return reinterpret_cast<F>(dlsym(RTLD_NEXT, name_of(call)));
}

// Resumes a sleep that slow-step's capture signal cut short.
bool resume_after_capture(int rc) noexcept {
  if (rc != -1 || errno != EINTR || !this_thread.interrupted) return false;
  this_thread.interrupted = 0;
  return true;
}

}  // namespace

}  // namespace coroguard::debug

using coroguard::debug::in_task;
using coroguard::debug::interposed;
using coroguard::debug::real;
using coroguard::debug::report_blocking;
using coroguard::debug::resume_after_capture;

extern "C" {

int nanosleep(const timespec* request, timespec* remaining) {
  static auto next = real<int (*)(const timespec*, timespec*)>(interposed::nanosleep);
  if (in_task()) report_blocking(interposed::nanosleep);
  timespec left = *request, rest{};
  int rc;
  while (resume_after_capture(rc = next(&left, &rest))) left = rest;
  if (remaining) *remaining = rest;
  return rc;
}

int clock_nanosleep(clockid_t clock, int flags, const timespec* request, timespec* remaining) {
  static auto next = real<int (*)(clockid_t, int, const timespec*, timespec*)>(interposed::clock_nanosleep);
  if (in_task()) report_blocking(interposed::clock_nanosleep);
  timespec left = *request, rest{};
  int rc;
  while ((rc = next(clock, flags, &left, &rest)) == EINTR && coroguard::debug::this_thread.interrupted) {
    coroguard::debug::this_thread.interrupted = 0;
    if (!(flags & TIMER_ABSTIME)) left = rest;
  }
  if (remaining) *remaining = rest;
  return rc;
}

unsigned int sleep(unsigned int seconds) {
  if (in_task()) report_blocking(interposed::sleep);
  timespec request{static_cast<time_t>(seconds), 0}, rest{};
  static auto next = real<int (*)(const timespec*, timespec*)>(interposed::nanosleep);
  int rc;
  while (resume_after_capture(rc = next(&request, &rest))) request = rest;
  return rc == 0 ? 0 : static_cast<unsigned>(rest.tv_sec + (rest.tv_nsec > 0));
}

int usleep(useconds_t microseconds) {
  if (in_task()) report_blocking(interposed::usleep);
  timespec request{static_cast<time_t>(microseconds / 1'000'000), static_cast<long>(microseconds % 1'000'000) * 1000},
      rest{};
  static auto next = real<int (*)(const timespec*, timespec*)>(interposed::nanosleep);
  int rc;
  while (resume_after_capture(rc = next(&request, &rest))) request = rest;
  return rc;
}

int poll(pollfd* fds, nfds_t count, int timeout) {
  static auto next = real<int (*)(pollfd*, nfds_t, int)>(interposed::poll);
  if (timeout != 0 && in_task()) report_blocking(interposed::poll);
  int rc;
  while (resume_after_capture(rc = next(fds, count, timeout))) {}
  return rc;
}

int select(int n, fd_set* r, fd_set* w, fd_set* e, timeval* timeout) {
  static auto next = real<int (*)(int, fd_set*, fd_set*, fd_set*, timeval*)>(interposed::select);
  if ((!timeout || timeout->tv_sec || timeout->tv_usec) && in_task()) report_blocking(interposed::select);
  return next(n, r, w, e, timeout);
}

ssize_t read(int fd, void* buffer, size_t size) {
  static auto next = real<ssize_t (*)(int, void*, size_t)>(interposed::read);
  if (in_task() && coroguard::debug::may_block(fd)) report_blocking(interposed::read);
  return next(fd, buffer, size);
}

ssize_t recv(int fd, void* buffer, size_t size, int flags) {
  static auto next = real<ssize_t (*)(int, void*, size_t, int)>(interposed::recv);
  if (!(flags & MSG_DONTWAIT) && in_task() && coroguard::debug::may_block(fd)) report_blocking(interposed::recv);
  return next(fd, buffer, size, flags);
}

int connect(int fd, const sockaddr* address, socklen_t length) {
  static auto next = real<int (*)(int, const sockaddr*, socklen_t)>(interposed::connect);
  if (in_task() && coroguard::debug::may_block(fd)) report_blocking(interposed::connect);
  return next(fd, address, length);
}

int accept(int fd, sockaddr* address, socklen_t* length) {
  static auto next = real<int (*)(int, sockaddr*, socklen_t*)>(interposed::accept);
  if (in_task() && coroguard::debug::may_block(fd)) report_blocking(interposed::accept);
  return next(fd, address, length);
}

pid_t waitpid(pid_t pid, int* status, int options) {
  static auto next = real<pid_t (*)(pid_t, int*, int)>(interposed::waitpid);
  if (!(options & WNOHANG) && in_task()) report_blocking(interposed::waitpid);
  return next(pid, status, options);
}

int system(const char* command) {
  static auto next = real<int (*)(const char*)>(interposed::system);
  if (in_task()) report_blocking(interposed::system);
  coroguard::debug::allow_blocking inner("reported as system");
  return next(command);
}

int getaddrinfo(const char* node, const char* service, const addrinfo* hints, addrinfo** result) {
  static auto next = real<int (*)(const char*, const char*, const addrinfo*, addrinfo**)>(interposed::getaddrinfo);
  if (in_task() && !coroguard::debug::resolves_locally(node, hints)) report_blocking(interposed::getaddrinfo);
  coroguard::debug::allow_blocking inner("reported as getaddrinfo");
  return next(node, service, hints, result);
}

int pthread_join(pthread_t thread, void** result) {
  static auto next = real<int (*)(pthread_t, void**)>(interposed::pthread_join);
  if (in_task()) report_blocking(interposed::pthread_join);
  return next(thread, result);
}

}  // extern "C"
