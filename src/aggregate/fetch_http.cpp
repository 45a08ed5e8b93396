#include "aggregate/fetch_http.h"

#include <curl/curl.h>
#include <fmt/format.h>

#include <memory>
#include <mutex>

namespace plan {
namespace {

constexpr long connect_timeout_seconds = 15;
constexpr long total_timeout_seconds = 120;
constexpr long max_redirects = 5;

struct Receiving {
  std::string* body;
  size_t max_bytes;
  bool too_large = false;
};

size_t on_body(char* data, size_t size, size_t count, void* user) {
  auto* r = static_cast<Receiving*>(user);
  size_t n = size * count;
  if (r->body->size() + n > r->max_bytes) {
    r->too_large = true;
    return 0;  // stops the transfer
  }
  r->body->append(data, n);
  return n;
}

// Keeps the ETag header of the last answer (a redirect's own is replaced).
size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto* etag = static_cast<std::string*>(user);
  std::string line(data, size * count);
  if (line.rfind("HTTP/", 0) == 0) etag->clear();
  if (line.size() > 5 && (line.compare(0, 5, "ETag:") == 0 || line.compare(0, 5, "etag:") == 0 ||
                          line.compare(0, 5, "Etag:") == 0)) {
    std::string value = line.substr(5);
    size_t from = value.find_first_not_of(" \t");
    size_t to = value.find_last_not_of(" \t\r\n");
    *etag = from == std::string::npos ? "" : value.substr(from, to - from + 1);
  }
  return size * count;
}

std::string plain_reason(CURLcode code, const char* detail) {
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
      return "no answer in time";
    case CURLE_COULDNT_RESOLVE_HOST:
      return "the server's name could not be found";
    case CURLE_COULDNT_CONNECT:
      return "the server could not be reached";
    case CURLE_TOO_MANY_REDIRECTS:
      return fmt::format("more than {} redirects", max_redirects);
    case CURLE_UNSUPPORTED_PROTOCOL:
      return "redirected to an address that is not http or https (refused)";
    case CURLE_PEER_FAILED_VERIFICATION:
      return "the server's certificate could not be verified";
    default:
      return detail && *detail ? detail : curl_easy_strerror(code);
  }
}

}  // namespace

bool http_sources_available() {
  return true;
}

void http_prepare() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

HttpFetch http_get(const std::string& url, size_t max_bytes, const std::string& etag) {
  http_prepare();
  HttpFetch f;
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) {
    f.error = "the HTTP library could not start";
    return f;
  }
  CURL* c = curl.get();
  Receiving receiving{&f.body, max_bytes};
  char detail[CURL_ERROR_SIZE] = "";
  curl_slist* headers = nullptr;
  if (!etag.empty()) headers = curl_slist_append(headers, ("If-None-Match: " + etag).c_str());
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> header_list(headers,
                                                                          curl_slist_free_all);
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(c, CURLOPT_MAXREDIRS, max_redirects);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, connect_timeout_seconds);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, total_timeout_seconds);
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(max_bytes));
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // gzip and deflate when offered
  curl_easy_setopt(c, CURLOPT_USERAGENT, "plan-aggregate");
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, detail);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &receiving);
  curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(c, CURLOPT_HEADERDATA, &f.etag);
  if (header_list) curl_easy_setopt(c, CURLOPT_HTTPHEADER, header_list.get());
  CURLcode code = curl_easy_perform(c);
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &f.status);
  if (receiving.too_large || code == CURLE_FILESIZE_EXCEEDED) {
    f.error = fmt::format("the file is larger than {} MB", max_bytes >> 20);
    return f;
  }
  if (code != CURLE_OK) {
    f.error = plain_reason(code, detail);
    return f;
  }
  if (f.status == 304 && !etag.empty()) {
    f.ok = f.not_modified = true;
    return f;
  }
  if (f.status != 200) {
    f.error = fmt::format("the server answered {}", f.status);
    return f;
  }
  f.ok = true;
  return f;
}

}  // namespace plan
