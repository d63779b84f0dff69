// The console's HTTP server: Boost.Beast on its own thread with its own io_context, one request
// per connection, and a timer that samples the timeline. A loop stalled in a step does not stop
// it: everything it serves is read from the registry, never run on a loop.
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <thread>

#include "console/console.hpp"
#include "console/snapshot.hpp"
#include "core/activity.hpp"
#include "core/options.hpp"
#include "coroguard/debug/api.hpp"

namespace coroguard::debug {

namespace {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

// The page's files (console/page/), embedded at configure time: path, content type, text.
struct page_file {
  std::string_view path, type, text;
};
constexpr page_file page_files[] = {
#include "console_page.inc"
};

constexpr auto sample_every = std::chrono::milliseconds(250);
constexpr auto client_timeout = std::chrono::seconds(2);

struct reply {
  http::status status = http::status::ok;
  std::string type = "application/json";
  std::string body;
};

reply answer(std::string_view target) {
  if (auto q = target.find('?'); q != std::string_view::npos) target = target.substr(0, q);
  if (target == "/tasks.json") return {http::status::ok, "application/json", console::tasks_json()};
  if (target == "/memory.json") return {http::status::ok, "application/json", console::memory_json()};
  if (target == "/reports.json") return {http::status::ok, "application/json", console::reports_json()};
  if (target == "/timeline.json") return {http::status::ok, "application/json", console::timeline_json()};
  for (const page_file& f : page_files)
    if (target == f.path || (target == "/" && f.path == "/index.html"))
      return {http::status::ok, std::string(f.type), std::string(f.text)};
  return {http::status::not_found, "text/plain", "coroguard console: no page " + std::string(target) + "\n"};
}

class server {
 public:
  server(const tcp::endpoint& at) : acceptor_(io_, at), timer_(io_) {}

  tcp::endpoint endpoint() const { return acceptor_.local_endpoint(); }

  void start() {
    accept();
    sample();
    thread_ = std::thread([this] {
      allow_blocking own("the console's thread");
      io_.run();
    });
  }
  void stop() {
    asio::post(io_, [this] { io_.stop(); });
    if (thread_.joinable()) thread_.join();
  }

 private:
  void accept() {
    acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
      if (!ec) serve(socket);
      accept();
    });
  }

  // One request, answered and closed; a client that stalls is dropped after client_timeout.
  void serve(tcp::socket& socket) {
    boost::beast::tcp_stream stream(std::move(socket));
    try {
      boost::beast::flat_buffer buffer;
      http::request<http::string_body> request;
      timeval timeout{static_cast<long>(client_timeout.count()), 0};
      setsockopt(stream.socket().native_handle(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
      http::read(stream, buffer, request);
      reply r = request.method() == http::verb::get || request.method() == http::verb::head
                    ? answer(request.target())
                    : reply{http::status::method_not_allowed, "text/plain", "coroguard console: GET only\n"};
      http::response<http::string_body> response{r.status, request.version()};
      response.set(http::field::server, "coroguard console");
      response.set(http::field::content_type, r.type);
      response.set(http::field::cache_control, "no-store");
      response.keep_alive(false);
      response.body() = std::move(r.body);
      response.prepare_payload();
      http::write(stream, response);
      stream.socket().shutdown(tcp::socket::shutdown_both);
    } catch (const boost::system::system_error&) {  // a client that went away or sent garbage: dropped
    }
  }

  void sample() {
    console::sample_timeline();
    timer_.expires_after(sample_every);
    timer_.async_wait([this](boost::system::error_code ec) {
      if (!ec) sample();
    });
  }

  asio::io_context io_;
  tcp::acceptor acceptor_;
  asio::steady_timer timer_;
  std::thread thread_;
};

server* running = nullptr;

[[noreturn]] void fail(const std::string& message) {
  std::fprintf(stderr, "coroguard: error: COROGUARD_OPTIONS: console: %s\n", message.c_str());
  std::_Exit(2);
}

// "PORT" (loopback) or "HOST:PORT", HOST an IPv4 address or localhost.
tcp::endpoint parse_endpoint(const std::string& text) {
  std::string host = "127.0.0.1", port = text;
  if (auto colon = text.rfind(':'); colon != std::string::npos) {
    host = text.substr(0, colon);
    port = text.substr(colon + 1);
    if (host == "localhost") host = "127.0.0.1";
  }
  char* end = nullptr;
  const long number = std::strtol(port.c_str(), &end, 10);
  if (port.empty() || *end || number < 0 || number > 65535)
    fail("'" + text + "' is not PORT or HOST:PORT (a port in [0, 65535]; 0 picks a free one)");
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(host, ec);
  if (ec || !address.is_v4()) fail("'" + host + "' is not an IPv4 address (or localhost)");
  return {address, static_cast<unsigned short>(number)};
}

}  // namespace

void start_console() noexcept {
  const std::string& option = current_options().console;
  if (option.empty() || running) return;
  const tcp::endpoint at = parse_endpoint(option);
  try {
    running = new server(at);  // never destroyed: stop_console only stops its thread
  } catch (const std::exception& e) {
    fail("cannot listen on " + option + ": " + e.what());
  }
  const tcp::endpoint bound = running->endpoint();
  std::fprintf(stderr, "coroguard: console at http://%s:%u/ (pid %d)\n", bound.address().to_string().c_str(),
               bound.port(), getpid());
  std::fflush(stderr);
  running->start();
}

void stop_console() noexcept {
  if (running) running->stop();
}

bool console_running() noexcept { return running != nullptr; }

}  // namespace coroguard::debug
