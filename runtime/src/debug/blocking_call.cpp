// blocking-call: a call that blocks the thread while it runs a task stalls every task of the
// loop (BlockHound's idea, for C++). The blocking libc calls are interposed: the program's own
// definitions come first in symbol lookup, so calls from the program and from the libraries it
// loads (libstdc++'s sleep_for, libpq's poll, ...) all land here, and go on to the real call
// (RTLD_NEXT). Each reports only while this thread runs a task, outside allow_blocking scopes,
// and once per call stack. A wait for another thread (a contended lock, a condition variable,
// a semaphore, a futex: std::future::get, std::atomic::wait) reports only when it really blocks:
// it first waits a short grace period, so an uncontended or briefly held lock is no report.
#include <arpa/inet.h>
#include <dlfcn.h>
#include <execinfo.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <semaphore.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdarg>
#include <mutex>
#include <unordered_set>

#include "core/activity.hpp"
#include "core/emit.hpp"
#include "coroguard/debug/api.hpp"

#if defined(__SANITIZE_THREAD__)
#define COROGUARD_UNDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define COROGUARD_UNDER_TSAN 1
#endif
#endif
#ifndef COROGUARD_UNDER_TSAN
#define COROGUARD_UNDER_TSAN 0
#endif

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

// `shown`: how the report names the call, when not by its libc name.
void report_blocking(interposed which, const char* shown = nullptr) noexcept {
  const char* call = shown ? shown : name_of(which);
  try {
    report_scope scope;
    void* pcs[64];
    int n = backtrace(pcs, 64);
    std::size_t key = std::hash<std::string_view>{}(call);
    for (int i = 1; i < n && i < 8; ++i) key = key * 31 + std::hash<void*>{}(pcs[i]);
    {
      own_lock lock(seen_mutex);
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
    r.notes.push_back(task.instrumented()
                          ? "hint: await the library's asynchronous form of the call (a timer, async I/O), or move "
                            "it to a worker thread; a call that must block can be listed in "
                            "COROGUARD_OPTIONS=suppressions=FILE"
                          : "hint: await the runtime's form (coroguard::sleep, net::tcp, ...), or run it on the "
                            "thread pool with co_await coroguard::to_thread(fn); a call that must block can say so "
                            "with coroguard::debug::allow_blocking");
    emit(r);
  } catch (...) {
    report_lost(report_kind::blocking_call);
  }
}

template <class F>
F real(interposed call) noexcept {
  return reinterpret_cast<F>(dlsym(RTLD_NEXT, name_of(call)));
}

// The same without a function-local static: the waits below are called from inside static
// initialization guards and the dynamic loader, where a guard of our own could wait on itself.
template <class F>
F real_unguarded(interposed call) noexcept {
  static std::atomic<void*> found[std::size(interposed_names)];
  void* f = found[static_cast<int>(call)].load(std::memory_order_relaxed);
  if (!f) {
    f = dlsym(RTLD_NEXT, name_of(call));
    found[static_cast<int>(call)].store(f, std::memory_order_relaxed);
  }
  return reinterpret_cast<F>(f);
}

// How long a wait for another thread may take before it counts as blocking the loop.
constexpr long grace_ns = 1'000'000;

timespec after_grace(clockid_t clock) noexcept {
  timespec t{};
  clock_gettime(clock, &t);
  t.tv_nsec += grace_ns;
  if (t.tv_nsec >= 1'000'000'000) {
    t.tv_nsec -= 1'000'000'000;
    ++t.tv_sec;
  }
  return t;
}

// Is `deadline` (on `clock`) further away than the grace period?
bool beyond_grace(clockid_t clock, const timespec* deadline) noexcept {
  if (!deadline) return true;
  timespec g = after_grace(clock);
  return deadline->tv_sec != g.tv_sec ? deadline->tv_sec > g.tv_sec : deadline->tv_nsec > g.tv_nsec;
}

// Resumes a sleep that slow-step's capture signal cut short.
bool resume_after_capture(int rc) noexcept {
  if (rc != -1 || errno != EINTR || !this_thread.interrupted) return false;
  this_thread.interrupted = 0;
  return true;
}

}  // namespace

}  // namespace coroguard::debug

using coroguard::debug::after_grace;
using coroguard::debug::beyond_grace;
using coroguard::debug::in_task;
using coroguard::debug::interposed;
using coroguard::debug::real;
using coroguard::debug::real_unguarded;
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

#if !COROGUARD_UNDER_TSAN

int pthread_mutex_lock(pthread_mutex_t* m) {
  auto next = real_unguarded<int (*)(pthread_mutex_t*)>(interposed::pthread_mutex_lock);
  if (in_task()) {
    if (pthread_mutex_trylock(m) == 0) return 0;
    timespec grace = after_grace(CLOCK_REALTIME);
    int rc = pthread_mutex_timedlock(m, &grace);
    if (rc != ETIMEDOUT) return rc;
    report_blocking(interposed::pthread_mutex_lock);
  }
  return next(m);
}

int pthread_cond_wait(pthread_cond_t* c, pthread_mutex_t* m) {
  auto next = real_unguarded<int (*)(pthread_cond_t*, pthread_mutex_t*)>(interposed::pthread_cond_wait);
  if (in_task()) {
    auto timed = real_unguarded<int (*)(pthread_cond_t*, pthread_mutex_t*, clockid_t, const timespec*)>(
        interposed::pthread_cond_clockwait);
    timespec grace = after_grace(CLOCK_MONOTONIC);
    // A wake-up within the grace period is a wake-up the caller expects (or a spurious one).
    if (int rc = timed(c, m, CLOCK_MONOTONIC, &grace); rc != ETIMEDOUT) return rc;
    report_blocking(interposed::pthread_cond_wait);
  }
  return next(c, m);
}

int pthread_cond_timedwait(pthread_cond_t* c, pthread_mutex_t* m, const timespec* deadline) {
  auto next =
      real_unguarded<int (*)(pthread_cond_t*, pthread_mutex_t*, const timespec*)>(interposed::pthread_cond_timedwait);
  if (in_task() && beyond_grace(CLOCK_REALTIME, deadline)) {
    timespec grace = after_grace(CLOCK_REALTIME);
    if (int rc = next(c, m, &grace); rc != ETIMEDOUT) return rc;
    report_blocking(interposed::pthread_cond_timedwait);
  }
  return next(c, m, deadline);
}

int pthread_cond_clockwait(pthread_cond_t* c, pthread_mutex_t* m, clockid_t clock, const timespec* deadline) {
  auto next = real_unguarded<int (*)(pthread_cond_t*, pthread_mutex_t*, clockid_t, const timespec*)>(
      interposed::pthread_cond_clockwait);
  if (in_task() && beyond_grace(clock, deadline)) {
    timespec grace = after_grace(clock);
    if (int rc = next(c, m, clock, &grace); rc != ETIMEDOUT) return rc;
    report_blocking(interposed::pthread_cond_clockwait);
  }
  return next(c, m, clock, deadline);
}

int sem_wait(sem_t* s) {
  auto next = real_unguarded<int (*)(sem_t*)>(interposed::sem_wait);
  if (in_task()) {
    if (sem_trywait(s) == 0) return 0;
    timespec grace = after_grace(CLOCK_MONOTONIC);
    if (sem_clockwait(s, CLOCK_MONOTONIC, &grace) == 0) return 0;
    if (errno != ETIMEDOUT) return -1;
    report_blocking(interposed::sem_wait);
  }
  return next(s);
}

// libstdc++ waits on futexes through syscall(): std::future::get, std::atomic::wait, std::latch,
// std::counting_semaphore. Any other system call goes straight on.
long syscall(long number, ...) {
  auto next = real_unguarded<long (*)(long, ...)>(interposed::syscall);
  va_list ap;
  va_start(ap, number);
  long a[6];
  for (long& x : a) x = va_arg(ap, long);
  va_end(ap);
  if (number == SYS_futex && in_task()) {
    int op = static_cast<int>(a[1]);
    int command = op & FUTEX_CMD_MASK;
    const auto* deadline = reinterpret_cast<const timespec*>(a[3]);
    bool long_wait = command == FUTEX_WAIT_BITSET
                         ? beyond_grace(op & FUTEX_CLOCK_REALTIME ? CLOCK_REALTIME : CLOCK_MONOTONIC, deadline)
                         : !deadline || deadline->tv_sec > 0 || deadline->tv_nsec > coroguard::debug::grace_ns;
    if ((command == FUTEX_WAIT || command == FUTEX_WAIT_BITSET) && long_wait) {
      // A relative wait of the grace period (FUTEX_WAIT; the bitset that matches every wake).
      timespec grace{0, coroguard::debug::grace_ns};
      long rc = next(SYS_futex, a[0], FUTEX_WAIT | (op & FUTEX_PRIVATE_FLAG), a[2], &grace, nullptr, 0);
      if (rc == 0 || errno != ETIMEDOUT) return rc;
      report_blocking(interposed::syscall, "futex wait");
    }
  }
  return next(number, a[0], a[1], a[2], a[3], a[4], a[5]);
}

#endif  // not under ThreadSanitizer

}  // extern "C"
