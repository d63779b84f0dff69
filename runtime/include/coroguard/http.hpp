// coroguard::http: an HTTP/1.1 client and server for tasks, on Boost.Beast.
//   auto r = co_await http::get("http://127.0.0.1:8080/users/1");   // r.status, r.body
//   co_await http::serve(listener, [](const http::request& req) -> task<http::response> {...});
// serve() runs until cancelled: each connection is a member of a task_group (keep-alive,
// requests answered in order), so cancelling serve() closes every connection and waits for
// them. A handler's exception becomes a 500 response for that request.
// Separate from coroguard.hpp: Beast is heavy to compile.
#pragma once

#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <cstdint>
#include <exception>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>

#include "coroguard/asio.hpp"
#include "coroguard/net/tcp.hpp"
#include "coroguard/task.hpp"
#include "coroguard/task_group.hpp"

namespace coroguard::http {

namespace beast_http = boost::beast::http;
using request = beast_http::request<beast_http::string_body>;
using response = beast_http::response<beast_http::string_body>;
using handler = std::function<task<response>(const request&)>;

// The parts of an http:// URL (no TLS).
struct url {
  std::string host;
  std::uint16_t port = 80;
  std::string target = "/";

  static url parse(const std::string& text) {
    const std::string scheme = "http://";
    if (text.rfind(scheme, 0) != 0) throw std::invalid_argument("coroguard::http: only http:// URLs: " + text);
    std::string rest = text.substr(scheme.size());
    url u;
    auto slash = rest.find('/');
    std::string authority = rest.substr(0, slash);
    if (slash != std::string::npos) u.target = rest.substr(slash);
    auto colon = authority.rfind(':');
    u.host = authority.substr(0, colon);
    if (colon != std::string::npos) u.port = static_cast<std::uint16_t>(std::stoi(authority.substr(colon + 1)));
    if (u.host.empty()) throw std::invalid_argument("coroguard::http: no host in " + text);
    return u;
  }
};

// One request on a new connection.
inline task<response> fetch(const url& to, request req) {
  auto conn = co_await net::tcp::connect(to.host, to.port);
  req.set(beast_http::field::host, to.host);
  req.prepare_payload();
  co_await beast_http::async_write(conn.socket(), req, use_task);
  boost::beast::flat_buffer buffer;
  response res;
  co_await beast_http::async_read(conn.socket(), buffer, res, use_task);
  conn.close();
  co_return res;
}

inline task<response> get(std::string address) {
  url to = url::parse(address);
  request req{beast_http::verb::get, to.target, 11};
  co_return co_await fetch(to, std::move(req));
}

namespace detail {

inline response server_error(const request& req, const std::string& what) {
  response res{beast_http::status::internal_server_error, req.version()};
  res.set(beast_http::field::content_type, "text/plain");
  res.body() = what;
  res.prepare_payload();
  return res;
}

// One connection: requests answered in order until the client closes it. A broken connection
// ends only itself.
inline task<void> serve_connection(net::tcp::stream conn, handler h) {
  boost::beast::flat_buffer buffer;
  try {
    for (;;) {
      request req;
      co_await beast_http::async_read(conn.socket(), buffer, req, use_task);
      response res;
      try {
        res = co_await h(req);
        // coroguard's cancellation (cancelled_error) is not a std::exception and passes through;
        // the check cannot tell this task type's cancellation from Asio's system_error.
      } catch (const std::exception& e) {  // NOLINT(coroguard-swallowed-cancellation)
        res = server_error(req, e.what());
      }
      res.keep_alive(req.keep_alive());
      res.prepare_payload();
      co_await beast_http::async_write(conn.socket(), res, use_task);
      if (!req.keep_alive()) break;
    }
  } catch (const boost::system::system_error&) {
    // end of stream, reset, or a malformed request: this connection is over
    conn.close();
    co_return;
  }
  conn.close();
}

}  // namespace detail

// Accepts connections on `on` and answers each request with `h`, until cancelled.
inline task<void> serve(net::tcp::listener& on, handler h) {
  co_await with_task_group([&](task_group& connections) -> task<void> {
    for (;;) connections.spawn(detail::serve_connection(co_await on.accept(), h));
  });
}

}  // namespace coroguard::http
