#include "jobs.hpp"

int recorded = 0;

boost::asio::awaitable<void> record(int id) {
  recorded += id;
  co_return;
}
