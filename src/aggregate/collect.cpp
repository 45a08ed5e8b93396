#include "aggregate/collect.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <atomic>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "aggregate/fetch_git.h"
#include "aggregate/fetch_http.h"
#include "aggregate/read_export.h"
#include "util/files.h"
#include "util/parallel.h"
#include "util/platform.h"
#include "util/write_files.h"

namespace plan {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A stable name for a source's copy in the cache: its kind and a 64-bit
// FNV-1a hash of where it comes from.
std::string cache_key(const ManifestSource& s) {
  std::string what = s.resolved + '\n' + s.ref;
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : what) h = (h ^ c) * 1099511628211ull;
  return fmt::format("{}-{:016x}", s.kind == ManifestSource::Kind::git ? "git" : "url", h);
}

std::string time_text(std::time_t t) {
  return fmt::format("{:%Y-%m-%d %H:%M} UTC", fmt::gmtime(t));
}

std::string size_text(size_t bytes) {
  if (bytes < 1024) return fmt::format("{} bytes", bytes);
  if (bytes < (size_t(1) << 20)) return fmt::format("{} KB", (bytes + 512) / 1024);
  return fmt::format("{:.1f} MB", double(bytes) / double(size_t(1) << 20));
}

// The record beside a cached copy, or an empty object when there is none.
json read_record(const std::string& path) {
  ReadResult r = read_file(path, 1 << 16, true);
  if (!r.ok) return json::object();
  json j = json::parse(r.data, nullptr, false);
  return j.is_object() ? j : json::object();
}

std::string write_record(const std::string& path, const json& record) {
  return write_file(path, record.dump(2) + "\n");
}

CollectedSource refused(const ManifestForce& f, const std::string& why, std::string said) {
  CollectedSource c;
  c.refused = RefusedInput{source_text(f.source), "its source could not be fetched: " + why,
                           source_not_fetched, f.name};
  c.said = std::move(said);
  return c;
}

CollectedSource from_cache(const ManifestForce& f, const std::string& copy, const json& record,
                           bool offline) {
  std::string when = record.value("fetched", "");
  std::string what = f.source.kind == ManifestSource::Kind::git
                         ? "git commit " + record.value("commit", "").substr(0, 7) + " of "
                     : record.value("kind", "") == "page" ? "page from "
                                                          : "export from ";
  CollectedSource c;
  c.path = copy;
  c.said = fmt::format("{}: from the cache ({}{}), fetched {}{}", f.name, what,
                       source_text(f.source), when.empty() ? "at an unknown time" : when,
                       offline ? "" : "; not changed since (304)");
  return c;
}

CollectedSource collect_git(const ManifestForce& f, const std::string& cache, bool offline,
                            std::time_t now) {
  std::string key = cache_key(f.source);
  std::string copy = (fs::path(cache) / key).string();
  std::string record_path = copy + ".record.json";
  if (offline) {
    json record = read_record(record_path);
    if (git_head_commit(copy).empty() || !record.contains("commit"))
      return refused(f, "not fetched (offline, and no copy in the cache)",
                     f.name + ": not fetched: offline, and no copy in the cache");
    CollectedSource c = from_cache(f, copy, record, true);
    return c;
  }
  // A local repository is named to git by its absolute path: git runs in the cache.
  std::string repository = f.source.resolved;
  if (f.source.local) {
    std::error_code ec;
    fs::path absolute = fs::absolute(repository, ec);
    if (!ec) repository = absolute.lexically_normal().string();
  }
  GitFetch g = fetch_git(repository, f.source.ref, copy);
  if (!g.ok)
    return refused(
        f, g.error,
        fmt::format("{}: could not fetch {}: {}", f.name, source_text(f.source), g.error));
  json record = {
      {"source", source_text(f.source)}, {"fetched", time_text(now)}, {"commit", g.commit}};
  std::string problem = write_record(record_path, record);
  CollectedSource c;
  c.path = copy;
  c.said = fmt::format("{}: git commit {} of {}, fetched {}", f.name, g.commit.substr(0, 7),
                       source_text(f.source), time_text(now));
  if (!problem.empty()) c.said += " (its record could not be kept: " + problem + ")";
  return c;
}

// An export is JSON; anything else fetched is a published page, read by
// plan import's pipeline (aggregate/read_inputs.h).
bool is_export_body(const std::string& body) {
  size_t first = body.find_first_not_of(" \t\r\n");
  return first != std::string::npos && body[first] == '{';
}

CollectedSource collect_url(const ManifestForce& f, const std::string& cache, bool offline,
                            std::time_t now) {
  std::string key = cache_key(f.source);
  std::string record_path = (fs::path(cache) / (key + ".record.json")).string();
  json record = read_record(record_path);
  bool was_page = record.value("kind", "") == "page";
  std::string copy = (fs::path(cache) / (key + (was_page ? ".page" : ".json"))).string();
  bool cached = is_file(copy) && record.contains("fetched");
  if (offline) {
    if (!cached)
      return refused(f, "not fetched (offline, and no copy in the cache)",
                     f.name + ": not fetched: offline, and no copy in the cache");
    CollectedSource c = from_cache(f, copy, record, true);
    c.page = was_page;
    return c;
  }
  if (!http_sources_available()) {
    HttpFetch none = http_get(f.source.resolved, max_export_bytes);
    return refused(f, none.error, f.name + ": " + none.error);
  }
  HttpFetch h = http_get(f.source.resolved, max_export_bytes,
                         cached ? record.value("etag", "") : std::string());
  if (!h.ok)
    return refused(
        f, h.error,
        fmt::format("{}: could not fetch {}: {}", f.name, source_text(f.source), h.error));
  if (h.not_modified) {
    CollectedSource c = from_cache(f, copy, record, false);
    c.page = was_page;
    return c;
  }
  bool page = !is_export_body(h.body);
  copy = (fs::path(cache) / (key + (page ? ".page" : ".json"))).string();
  if (std::string problem = write_file(copy, h.body); !problem.empty())
    return refused(f, "the copy could not be kept: " + problem,
                   f.name + ": the copy could not be kept in the cache: " + problem);
  json fresh = {{"source", source_text(f.source)},
                {"fetched", time_text(now)},
                {"status", h.status},
                {"etag", h.etag},
                {"bytes", h.body.size()},
                {"kind", page ? "page" : "export"}};
  std::string problem = write_record(record_path, fresh);
  CollectedSource c;
  c.path = copy;
  c.page = page;
  c.said =
      fmt::format("{}: {} fetched from {} ({}, {}), fetched {}", f.name, page ? "page" : "export",
                  source_text(f.source), h.status, size_text(h.body.size()), time_text(now));
  if (!problem.empty()) c.said += " (its record could not be kept: " + problem + ")";
  return c;
}

CollectedSource collect_local(const ManifestForce& f) {
  CollectedSource c;
  c.path = f.source.resolved;
  const char* what = is_directory(c.path) ? "plan folder"
                     : is_file(c.path)    ? "export file"
                                          : "nothing found at";
  c.said = fmt::format("{}: {} {}", f.name, what, f.source.resolved);
  return c;
}

// Makes the cache folder (and its parents) when missing.
std::string prepare_cache(const std::string& cache) {
  std::error_code ec;
  if (fs::is_directory(cache, ec)) return "";
  fs::create_directories(cache, ec);
  if (ec) return fmt::format("cannot make the cache folder '{}': {}", cache, ec.message());
  return "";
}

}  // namespace

Collected collect_sources(const Manifest& m, const CollectOptions& options) {
  Collected out;
  out.sources.resize(m.forces.size());
  bool fetches = std::any_of(m.forces.begin(), m.forces.end(), [](const ManifestForce& f) {
    return f.source.kind != ManifestSource::Kind::path;
  });
  if (fetches && !options.offline) {
    out.error = prepare_cache(options.cache);
    if (!out.error.empty()) return out;
    os::set_environment("GIT_TERMINAL_PROMPT", "0");  // never wait for a password
    http_prepare();
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < m.forces.size();) {
      const ManifestForce& f = m.forces[i];
      switch (f.source.kind) {
        case ManifestSource::Kind::path:
          out.sources[i] = collect_local(f);
          break;
        case ManifestSource::Kind::git:
          out.sources[i] = collect_git(f, options.cache, options.offline, options.now);
          break;
        case ManifestSource::Kind::url:
          out.sources[i] = collect_url(f, options.cache, options.offline, options.now);
          break;
      }
    }
  };
  int threads = options.jobs > 0 ? options.jobs : 4;
  run_on_threads(std::min<int>(threads, int(std::max<size_t>(1, m.forces.size()))), work);
  return out;
}

}  // namespace plan
