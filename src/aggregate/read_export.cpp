#include "aggregate/read_export.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <exception>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "model/category.h"
#include "model/position.h"
#include "query/export.h"
#include "util/files.h"
#include "util/terminal_text.h"

namespace plan {

extern const char* const embedded_export_schema;
extern const char* const embedded_export_v2_schema;

namespace {

using nlohmann::json;

// An export is 6 levels deep (recommendations, evidence, updates …); the
// limit leaves room for later versions and stops a hostile file early.
constexpr int max_export_depth = 24;

std::unique_ptr<valijson::Schema> parse_schema(const char* text) {
  auto s = std::make_unique<valijson::Schema>();
  json doc = json::parse(text);
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter adapter(doc);
  parser.populateSchema(adapter, *s);
  return s;
}

// The schema of format_version 2, or of the current version.
const valijson::Schema& export_schema(long long version) {
  static const auto current = parse_schema(embedded_export_schema);
  static const auto v2 = parse_schema(embedded_export_v2_schema);
  return version == 2 ? *v2 : *current;
}

// The deepest nesting of [ and { outside strings, stopping once past limit:
// checked on the bytes, before any parser builds a tree of them.
int nesting_depth(const std::string& text, int limit) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > limit) return deepest;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

std::string text_of(const json& v) {
  return v.is_string() ? v.get<std::string>() : "";
}

DateField date_of(const json& v) {
  DateField d;
  d.text = text_of(v);
  if (auto parsed = parse_iso_date(d.text); parsed && parsed->ok())
    d.value = parsed;
  else if (auto month = parse_iso_month(d.text))
    d.month = month;
  return d;
}

const std::set<std::string>& date_keys() {
  static const std::set<std::string> keys = {"as_of",       "published", "deadline", "date",
                                             "last_update", "target",    "decided"};
  return keys;
}

// Keys whose text is one line; anything else (notes, text) may hold line feeds.
const std::set<std::string>& one_line_keys() {
  static const std::set<std::string> keys = {"organisation", "title", "status",  "by",
                                             "owner",        "id",    "url",     "role",
                                             "name",         "lead",  "category"};
  return keys;
}

// "recommendations[3].updates[0].date", for messages.
struct Step {
  const json* value;
  std::string path;
  std::string key;  // the key it is under, "" in a list
};

// What is wrong with one value, by the rules plan files follow, or "".
std::string value_problem(const Step& s) {
  const json& v = *s.value;
  if (v.is_number_unsigned() && v.get<unsigned long long>() > (unsigned long long)INT_MAX)
    return fmt::format(
        "the number {} is too large (the largest whole number an export may hold "
        "is {})",
        v.dump(), INT_MAX);
  if (v.is_number_integer() && !v.is_number_unsigned() &&
      (v.get<long long>() > INT_MAX || v.get<long long>() < INT_MIN))
    return fmt::format("the number {} is out of range (whole numbers from {} to {})", v.dump(),
                       INT_MIN, INT_MAX);
  if (!v.is_string()) return "";
  const std::string& text = v.get_ref<const std::string&>();
  std::string bad = forbidden_character(text, one_line_keys().count(s.key) == 0);
  if (!bad.empty()) return fmt::format("the text holds {}, which a plan value may not hold", bad);
  if (date_keys().count(s.key) && !text.empty()) {
    DateField d = date_of(v);
    if (!d.value && !d.month)
      return fmt::format("'{}' is no real date (YYYY-MM-DD, or YYYY-MM for a month)",
                         terminal_safe(text, 40));
    int year = d.value ? int(d.value->year()) : int(d.month->year());
    if (year < min_plan_year || year > max_plan_year)
      return fmt::format("the date {} is outside the years {} to {} a plan date may have", text,
                         min_plan_year, max_plan_year);
  }
  return "";
}

// Every value of the document held to the rules of plan values; the first
// problem, with its place, and how many there are.
std::string values_problem(const json& doc) {
  std::vector<Step> todo = {{&doc, "", ""}};
  std::string first;
  int problems = 0;
  while (!todo.empty()) {
    Step s = std::move(todo.back());
    todo.pop_back();
    if (s.value->is_object()) {
      // Reversed, so the first key is looked at first.
      std::vector<Step> kids;
      for (auto it = s.value->begin(); it != s.value->end(); ++it) {
        std::string bad = forbidden_character(it.key(), false);
        if (!bad.empty()) {
          if (problems++ == 0)
            first = fmt::format("a key at {} holds {}", s.path.empty() ? "the top" : s.path, bad);
          continue;
        }
        kids.push_back(
            {&it.value(), s.path.empty() ? it.key() : s.path + "." + it.key(), it.key()});
      }
      todo.insert(todo.end(), kids.rbegin(), kids.rend());
    } else if (s.value->is_array()) {
      for (size_t i = s.value->size(); i-- > 0;)
        todo.push_back({&(*s.value)[i], fmt::format("{}[{}]", s.path, i), s.key});
    } else if (std::string why = value_problem(s); !why.empty()) {
      if (problems++ == 0) first = fmt::format("at {}: {}", s.path, why);
    }
  }
  if (problems == 0) return "";
  return problems == 1 ? first : fmt::format("{} (and {} more problems)", first, problems - 1);
}

std::vector<Update> updates_of(const json& list) {
  std::vector<Update> out;
  for (const json& u : list) {
    Update up;
    up.date = date_of(u["date"]);
    up.status = text_of(u["status"]);
    if (u["percent"].is_number_integer()) up.percent = u["percent"].get<int>();
    up.by = text_of(u["by"]);
    up.note = text_of(u["note"]);
    up.internal = u["internal"].get<bool>();
    if (u.contains("rag")) up.rag = text_of(u["rag"]);
    out.push_back(std::move(up));
  }
  return out;
}

// What each status word means, as the export states it: on the plan's
// statuses (format 3 may say so there), and on every update and standing.
class StatedCategories {
 public:
  // Returns "" or why the export contradicts itself.
  std::string note(const std::string& status, const json& category) {
    if (status.empty() || !category.is_string()) return "";
    auto c = category_from_name(category.get<std::string>());
    if (!c) return "";  // no-update, no-status: not a status's meaning
    auto [it, added] = stated_.emplace(status, *c);
    if (!added && it->second != *c)
      return fmt::format("the status '{}' is said to mean both {} and {}", status,
                         category_name(it->second), category_name(*c));
    return "";
  }
  std::string note_all(const json& list) {
    for (const json& u : list)
      if (std::string why = note(text_of(u["status"]), u["category"]); !why.empty()) return why;
    return "";
  }
  // Statuses the export never says the meaning of keep the meaning of their
  // place; no recommendation stands at them, so no count depends on it.
  void apply(Plan& plan) const {
    for (size_t i = 0; i < plan.statuses.size(); ++i) {
      auto it = stated_.find(plan.statuses[i]);
      plan.status_categories[i] = it != stated_.end() ? it->second : plan.status_categories[i];
    }
  }

 private:
  std::map<std::string, Category> stated_;
};

// The force's response (format 3); none in an older export.
Response response_from(const json& r) {
  Response out;
  if (!r.is_object()) return out;
  out.position_text = text_of(r.value("position", json()));
  out.position = position_from_key(out.position_text);
  out.label = text_of(r.value("label", json()));
  out.date = date_of(r.value("date", json()));
  out.text = text_of(r.value("text", json()));
  return out;
}

// The force's actions under a recommendation or evidence requirement
// (format 3), with their target moves and updates; why is set when their
// statuses contradict the rest of the export.
std::vector<Action> actions_from(const json& holder, StatedCategories& stated, std::string& why) {
  std::vector<Action> out;
  if (!holder.contains("actions") || !holder["actions"].is_array()) return out;
  for (const json& a : holder["actions"]) {
    if (!a.is_object()) continue;
    Action action;
    action.id = text_of(a.value("id", json()));
    action.text = text_of(a.value("text", json()));
    action.lead = text_of(a.value("lead", json()));
    action.target = date_of(a.value("target", json()));
    action.target_note = text_of(a.value("target_note", json()));
    for (const json& r : a.value("revisions", json::array()))
      if (r.is_object())
        action.revisions.push_back({{},
                                    date_of(r.value("target", json())),
                                    date_of(r.value("decided", json())),
                                    text_of(r.value("reason", json())),
                                    {}});
    const json updates = a.value("updates", json::array());
    if (why.empty()) why = stated.note_all(updates);
    action.updates = updates_of(updates);
    out.push_back(std::move(action));
  }
  return out;
}

// The plan's statuses: strings, or (format 3) objects naming their meaning.
std::string read_statuses(const json& list, Plan& plan, StatedCategories& stated) {
  plan.statuses.clear();
  plan.status_categories.clear();
  for (const json& s : list) {
    if (s.is_string()) {
      plan.statuses.push_back(s.get<std::string>());
    } else if (s.is_object()) {
      plan.statuses.push_back(text_of(s.value("name", json())));
      for (const char* key : {"means", "category"})
        if (s.contains(key))
          if (std::string why = stated.note(plan.statuses.back(), s[key]); !why.empty()) return why;
    }
  }
  for (size_t i = 0; i < plan.statuses.size(); ++i)
    plan.status_categories.push_back(positional_category(i, plan.statuses.size()));
  return "";
}

std::string build_plan(const json& doc, Plan& plan) {
  const json& p = doc["plan"];
  plan.title = text_of(p["title"]);
  plan.organisation = text_of(p["organisation"]);
  plan.published = date_of(p["published"]);
  plan.owner = text_of(p["owner"]);
  if (p.contains("url")) plan.url = text_of(p["url"]);
  if (p.contains("addressee")) plan.addressee = text_of(p["addressee"]);
  if (p.contains("report") && p["report"].is_object()) {
    plan.report.id = text_of(p["report"].value("id", json()));
    plan.report.path = text_of(p["report"].value("path", json()));
  }
  if (p.contains("not_applicable") && p["not_applicable"].is_array())
    for (const json& na : p["not_applicable"])
      if (na.is_object() && na.value("id", json()).is_number_integer())
        plan.not_applicable.push_back(
            {na["id"].get<int>(), text_of(na.value("reason", json())), {}});
  StatedCategories stated;
  if (std::string why = read_statuses(p["statuses"], plan, stated); !why.empty()) return why;
  if (p.contains("status_meanings") && p["status_meanings"].is_array())  // format 3
    for (const json& m : p["status_meanings"])
      if (m.is_object())
        if (std::string why =
                stated.note(text_of(m.value("name", json())), m.value("category", json()));
            !why.empty())
          return why;
  for (const json& r : doc["recommendations"]) {
    Recommendation rec;
    rec.file = plan.file;
    rec.id = r["id"].get<int>();
    rec.title = text_of(r["title"]);
    rec.owner = text_of(r["owner"]);
    rec.deadline = date_of(r["deadline"]);
    if (std::string why = stated.note(text_of(r["status"]), r["category"]); !why.empty())
      return why;
    if (std::string why = stated.note_all(r["updates"]); !why.empty()) return why;
    rec.updates = updates_of(r["updates"]);
    rec.response = response_from(r.value("response", json()));
    std::string why;
    rec.actions = actions_from(r, stated, why);
    for (const json& e : r["evidence"]) {
      Evidence ev;
      ev.id = text_of(e["id"]);
      if (std::string bad = stated.note(text_of(e["status"]), e["category"]); !bad.empty())
        return bad;
      if (std::string bad = stated.note_all(e["updates"]); !bad.empty()) return bad;
      ev.updates = updates_of(e["updates"]);
      ev.actions = actions_from(e, stated, why);
      rec.evidence.push_back(std::move(ev));
    }
    if (!why.empty()) return why;
    if (!plan.recommendations.empty() && plan.recommendations.back().id >= rec.id)
      return fmt::format("recommendation {} comes after {}: an export lists each id once, in order",
                         rec.id, plan.recommendations.back().id);
    plan.recommendations.push_back(std::move(rec));
  }
  stated.apply(plan);
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

std::string first_schema_error(const json& doc, long long version) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(doc);
  if (validator.validate(export_schema(version), adapter, &results)) return "";
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
  return fmt::format("does not follow schemas/{}: at {}: {}",
                     version == 2 ? "export-v2.schema.json" : "export.schema.json",
                     where.empty() ? "the top level" : where, terminal_safe(what, 200));
}

ReadExport refuse(ReadExport r, std::string why, std::string short_reason) {
  r.error = std::move(why);
  r.short_reason = std::move(short_reason);
  return r;
}

}  // namespace

ReadExport read_export_text(const std::string& text, const std::string& file) {
  ReadExport r;
  r.plan.file = file;
  if (int depth = nesting_depth(text, max_export_depth); depth > max_export_depth)
    return refuse(std::move(r),
                  fmt::format("is nested more than {} levels deep; an export is about 6, so this "
                              "is no file from plan export",
                              max_export_depth),
                  "the file sent is not a plan export");
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded())
    return refuse(std::move(r),
                  "is not JSON; give plan folders or files written by plan export --format json",
                  "the file sent is not a plan export");
  if (!doc.is_object() || !doc.contains("format_version"))
    return refuse(std::move(r),
                  "has no format_version, so it is no export from plan export --format json",
                  "the file sent is not a plan export");
  if (doc["plan"].is_object() && doc["plan"].value("organisation", json()).is_string()) {
    std::string org = doc["plan"]["organisation"].get<std::string>();
    if (forbidden_character(org, false).empty() && org.size() < 200) r.organisation = org;
  }
  const json& v = doc["format_version"];
  if (v.is_number_integer() && v.get<long long>() > export_format_version)
    return refuse(std::move(r),
                  fmt::format("is export format_version {}, newer than this plan reads ({}); "
                              "update plan to a version that reads it",
                              v.dump(), export_format_version),
                  "exported by a newer version of plan");
  long long version = v.is_number_integer() ? v.get<long long>() : 0;
  if (version != 2 && version != export_format_version)
    return refuse(
        std::move(r),
        fmt::format("is export format_version {}, which this plan does not read (it "
                    "reads 2{}); export the plan again with a current plan",
                    terminal_safe(v.dump(), 40),
                    export_format_version == 2 ? std::string()
                                               : fmt::format(" and {}", export_format_version)),
        "exported by an old version of plan");
  if (std::string why = values_problem(doc); !why.empty())
    return refuse(std::move(r), why, "the export holds values a plan may not");
  if (std::string why = first_schema_error(doc, version); !why.empty())
    return refuse(std::move(r), why, "the export is damaged or incomplete");
  if (std::string why = build_plan(doc, r.plan); !why.empty())
    return refuse(std::move(r), why, "the export contradicts itself");
  DateField as_of = date_of(doc["as_of"]);
  r.exported = as_of.value;
  r.ok = true;
  return r;
}

ReadExport read_export_file(const std::string& path) {
  ReadResult f = read_file(path, max_export_bytes, true);
  if (!f.ok) return refuse(ReadExport{}, f.error, "the file could not be read");
  if (f.data.size() > max_export_bytes)
    return refuse(ReadExport{},
                  fmt::format("is larger than {} MB, more than any plan's export (a force's is "
                              "well under 1 MB); it was not read",
                              max_export_bytes >> 20),
                  "the file sent is too large to be a plan export");
  return read_export_text(f.data, path);
}

}  // namespace plan
