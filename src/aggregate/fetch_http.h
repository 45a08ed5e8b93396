// Fetching a force's export over http(s) with libcurl: connect and total
// timeouts, a size limit, at most 5 redirects and those only to http or
// https (never file: or another scheme a server names), TLS certificates
// verified. A build without libcurl (PLAN_HTTP_SOURCES off: the Windows
// cross-build) has fetch_http_unavailable.cpp instead, which refuses.
#pragma once

#include <string>

namespace plan {

struct HttpFetch {
  bool ok = false;            // a 200 with a body, or a 304 when etag was given
  bool not_modified = false;  // 304: the copy named by etag is current
  long status = 0;            // the HTTP status, 0 when no answer came
  std::string body;
  std::string etag;   // the answer's ETag, "" when none
  std::string error;  // why nothing usable came, in plain words
};

/// Whether this build can fetch over http(s).
bool http_sources_available();

/// Called once before fetches start on several threads.
void http_prepare();

/// GETs url, refusing a body over max_bytes. With etag, asks only for a
/// newer copy (If-None-Match).
HttpFetch http_get(const std::string& url, size_t max_bytes, const std::string& etag = "");

}  // namespace plan
