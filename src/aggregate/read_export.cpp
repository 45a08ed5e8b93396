#include "aggregate/read_export.h"

#include <fmt/format.h>

#include <exception>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "model/category.h"
#include "report/export.h"
#include "util/files.h"

namespace plan {

extern const char* const embedded_export_schema;

namespace {

using nlohmann::json;

constexpr size_t max_export_bytes = size_t(1) << 30;

const valijson::Schema& export_schema() {
  static const auto schema = [] {
    auto s = std::make_unique<valijson::Schema>();
    json doc = json::parse(embedded_export_schema);
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(doc);
    parser.populateSchema(adapter, *s);
    return s;
  }();
  return *schema;
}

std::string text_of(const json& v) {
  return v.is_string() ? v.get<std::string>() : "";
}

DateField date_of(const json& v) {
  DateField d;
  d.text = text_of(v);
  if (auto parsed = parse_iso_date(d.text); parsed && parsed->ok()) d.value = parsed;
  return d;
}

std::vector<Update> updates_of(const json& list) {
  std::vector<Update> out;
  for (const json& u : list) {
    Update up;
    up.date = date_of(u["date"]);
    up.status = text_of(u["status"]);
    if (u["percent"].is_number_integer()) up.percent = u["percent"].get<int>();
    up.by = text_of(u["by"]);
    up.internal = u["internal"].get<bool>();
    out.push_back(std::move(up));
  }
  return out;
}

// The first update with a date that is no real day, or nullptr.
const json* bad_date(const json& updates) {
  for (const json& u : updates)
    if (!date_of(u["date"]).value) return &u;
  return nullptr;
}

std::string build_plan(const json& doc, Plan& plan) {
  const json& p = doc["plan"];
  plan.title = text_of(p["title"]);
  plan.organisation = text_of(p["organisation"]);
  plan.published = date_of(p["published"]);
  plan.owner = text_of(p["owner"]);
  plan.statuses = p["statuses"].get<std::vector<std::string>>();
  plan.status_categories.clear();
  for (size_t i = 0; i < plan.statuses.size(); ++i)
    plan.status_categories.push_back(positional_category(i, plan.statuses.size()));
  for (const json& r : doc["recommendations"]) {
    Recommendation rec;
    rec.file = plan.file;
    rec.id = r["id"].get<int>();
    rec.title = text_of(r["title"]);
    rec.owner = text_of(r["owner"]);
    rec.deadline = date_of(r["deadline"]);
    if (rec.deadline.present() && !rec.deadline.value)
      return fmt::format("recommendation {} has a deadline '{}' that is no real date", rec.id,
                         rec.deadline.text);
    if (const json* u = bad_date(r["updates"]))
      return fmt::format("recommendation {} has an update dated '{}', which is no real date",
                         rec.id, text_of((*u)["date"]));
    rec.updates = updates_of(r["updates"]);
    for (const json& e : r["evidence"]) {
      Evidence ev;
      ev.id = text_of(e["id"]);
      if (const json* u = bad_date(e["updates"]))
        return fmt::format("evidence {} has an update dated '{}', which is no real date", ev.id,
                           text_of((*u)["date"]));
      ev.updates = updates_of(e["updates"]);
      rec.evidence.push_back(std::move(ev));
    }
    if (!plan.recommendations.empty() && plan.recommendations.back().id >= rec.id)
      return fmt::format("recommendation {} comes after {}: an export lists each id once, in order",
                         rec.id, plan.recommendations.back().id);
    plan.recommendations.push_back(std::move(rec));
  }
  return "";
}

// What kind of JSON value this is, in the words of someone who did not write it.
std::string kind_of(const json& v) {
  if (v.is_object()) return "an object";
  if (v.is_array()) return "a list";
  if (v.is_string()) return "a text";
  if (v.is_boolean()) return "true or false";
  if (v.is_null()) return "null";
  return "a number";
}

// valijson's description of a broken constraint ("Expected number greater than
// or equal to 1.000000") in plain words, with the value found where it helps.
std::string plain_schema_words(const std::string& description, const json* value) {
  const std::string got = value ? fmt::format(", got {}", value->dump()) : "";
  const std::pair<const char*, const char*> bounds[] = {
      {"Expected number greater than or equal to ", "must be {} or more{}"},
      {"Expected number less than or equal to ", "must be {} or less{}"},
      {"Expected number greater than ", "must be more than {}{}"},
      {"Expected number less than ", "must be less than {}{}"},
  };
  for (const auto& [prefix, words] : bounds) {
    if (description.rfind(prefix, 0) != 0) continue;
    try {
      double bound = std::stod(description.substr(std::string(prefix).size()));
      return fmt::format(fmt::runtime(words), bound, got);
    } catch (const std::exception&) {
      return description;
    }
  }
  if (description.rfind("Value type not permitted", 0) == 0 && value)
    return fmt::format("is {}, which the schema does not allow here", kind_of(*value));
  return description;
}

std::string first_schema_error(const json& doc) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(doc);
  if (validator.validate(export_schema(), adapter, &results)) return "";
  valijson::ValidationResults::Error e;
  std::string where, what;
  // The deepest error says most; valijson lists parents first.
  while (results.popError(e)) {
    std::string path;  // "plan.leads.0" from valijson's "<root>[plan][leads][0]"
    json::json_pointer pointer;
    for (const std::string& c : e.context) {
      if (c == "<root>") continue;
      std::string key = c.size() > 2 && c.front() == '[' ? c.substr(1, c.size() - 2) : c;
      path += (path.empty() ? "" : ".") + key;
      pointer /= key;
    }
    if (e.description.rfind("Failed to validate", 0) == 0 && !what.empty()) continue;
    if (path.size() >= where.size()) {
      where = path;
      const json* value = nullptr;
      try {
        if (doc.contains(pointer)) value = &doc.at(pointer);
      } catch (const json::exception&) {  // a key that is no array index: no value to show
      }
      what = plain_schema_words(e.description, value);
    }
  }
  return fmt::format("does not follow schemas/export.schema.json: at {}: {}",
                     where.empty() ? "the top level" : where, what);
}

}  // namespace

ReadExport read_export_text(const std::string& text, const std::string& file) {
  ReadExport r;
  r.plan.file = file;
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded()) {
    r.error = "is not JSON; give plan folders or files written by plan export --format json";
    return r;
  }
  if (!doc.is_object() || !doc.contains("format_version")) {
    r.error = "has no format_version, so it is no export from plan export --format json";
    return r;
  }
  const json& v = doc["format_version"];
  if (v.is_number_integer() && v.get<long long>() > export_format_version) {
    r.error = fmt::format(
        "is export format_version {}, newer than this plan reads ({}); update plan to a "
        "version that reads it",
        v.get<long long>(), export_format_version);
    return r;
  }
  if (std::string why = first_schema_error(doc); !why.empty()) {
    r.error = why;
    return r;
  }
  if (std::string why = build_plan(doc, r.plan); !why.empty()) {
    r.error = why;
    return r;
  }
  r.ok = true;
  return r;
}

ReadExport read_export_file(const std::string& path) {
  ReadResult f = read_file(path, max_export_bytes, true);
  if (!f.ok) {
    ReadExport r;
    r.error = f.error;
    return r;
  }
  if (f.data.size() > max_export_bytes) {
    ReadExport r;
    r.error = "is larger than 1 GiB, more than any plan's export";
    return r;
  }
  return read_export_text(f.data, path);
}

}  // namespace plan
