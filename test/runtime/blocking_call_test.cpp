// The debug runtime's blocking-call report for name lookups: only a lookup that may wait for a
// name server is one (libpq's PQconnectStart looks up "127.0.0.1" and is non-blocking).
#include <gtest/gtest.h>
#include <netdb.h>
#include <coroguard/coroguard.hpp>

#include "test_support.hpp"

namespace {

using coroguard::task;

// The lookups below block on purpose (what is tested), hence the NOLINTs for the check.
int lookup(const char* host) {
  addrinfo* found = nullptr;
  int rc = getaddrinfo(host, "80", nullptr, &found);  // NOLINT(coroguard-blocking-call)
  if (rc == 0) freeaddrinfo(found);
  return rc;
}

TEST(BlockingCall, NumericAddressLookupIsNotReported) {
  coroguard::debug::expect_reports reports;
  coroguard::run([]() -> task<> {
    EXPECT_EQ(lookup("127.0.0.1"), 0);  // NOLINT(coroguard-blocking-call)
    EXPECT_EQ(lookup("::1"), 0);        // NOLINT(coroguard-blocking-call)
    co_return;
  }());
  coroguard_test::expect_reported(reports, "blocking-call", 0);
}

TEST(BlockingCall, HostNameLookupIsReported) {
  coroguard::debug::expect_reports reports;
  coroguard::run([]() -> task<> {
    // May ask a name server: reported whether or not it resolves.
    lookup("localhost");  // NOLINT(coroguard-blocking-call)
    co_return;
  }());
  coroguard_test::expect_reported(reports, "blocking-call", 1);
}

}  // namespace
