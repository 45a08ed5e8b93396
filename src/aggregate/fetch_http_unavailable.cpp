// fetch_http.h for a build without libcurl (PLAN_HTTP_SOURCES off).
#include "aggregate/fetch_http.h"

namespace plan {

bool http_sources_available() {
  return false;
}

void http_prepare() {}

HttpFetch http_get(const std::string&, size_t, const std::string&) {
  HttpFetch f;
  f.error =
      "this plan was built without http sources (PLAN_HTTP_SOURCES off); download the export "
      "and name the file as the source";
  return f;
}

}  // namespace plan
