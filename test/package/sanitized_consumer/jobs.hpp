// The consumer's library: one Asio coroutine.
#pragma once

#include <boost/asio/awaitable.hpp>

boost::asio::awaitable<void> record(int id);
extern int recorded;
