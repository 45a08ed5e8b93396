#include <nlohmann/json.hpp>

#include "model/category.h"
#include "model/progress.h"
#include "report/export.h"
#include "report/summary.h"

namespace plan {
namespace {

using Json = nlohmann::ordered_json;

Json text_or_null(const std::string& s) {
  return s.empty() ? Json(nullptr) : Json(s);
}

Json date_or_null(const DateField& d) {
  if (!d.present()) return nullptr;
  return d.value ? format_iso(*d.value) : d.text;
}

Json updates_json(const Plan& plan, const std::vector<Update>& updates, bool include_internal) {
  Json list = Json::array();
  for (const Update& u : updates) {
    if (u.internal && !include_internal) continue;
    Json o;
    o["date"] = date_or_null(u.date);
    o["status"] = u.status.empty() ? Json(nullptr) : Json(u.status);
    o["category"] =
        category_name(u.status.empty() ? Category::no_status : category_of_status(plan, u.status));
    o["percent"] = u.percent ? Json(*u.percent) : Json(nullptr);
    o["by"] = text_or_null(u.by);
    o["note"] = text_or_null(u.note);
    o["internal"] = u.internal;
    list.push_back(std::move(o));
  }
  return list;
}

// The status fields every recommendation and evidence item carries.
void put_progress(Json& o, const Plan& plan, const Progress& p) {
  o["status"] = p.status.empty() ? Json(nullptr) : Json(p.status);
  o["category"] = category_name(category_of(plan, p));
  o["percent"] = p.percent ? Json(*p.percent) : Json(nullptr);
  o["last_update"] = p.date    ? Json(format_iso(*p.date))
                     : p.month ? Json(format_iso(*p.month))
                               : Json(nullptr);
  o["done"] = p.done;
}

Json evidence_json(const Plan& plan, const Evidence& ev, bool include_internal) {
  Json o;
  o["id"] = ev.id;
  o["text"] = ev.text;
  o["owner"] = text_or_null(ev.owner);
  put_progress(o, plan, progress_of(plan, ev, include_internal));
  Json docs = Json::array();
  for (const Document& d : ev.documents) docs.push_back({{"title", d.title}, {"url", d.url}});
  o["documents"] = std::move(docs);
  o["updates"] = updates_json(plan, ev.updates, include_internal);
  return o;
}

Json recommendation_json(const Plan& plan, const RecSummary& s, bool include_internal) {
  const Recommendation& rec = *s.rec;
  Json o;
  o["id"] = rec.id;
  o["title"] = text_or_null(rec.title);
  o["owner"] = effective_owner(plan, rec);
  o["deadline"] = date_or_null(rec.deadline);
  o["deadline_note"] = text_or_null(rec.deadline_note);
  o["text"] = rec.text;
  put_progress(o, plan, s.progress);
  o["overdue"] = s.overdue;
  o["status_from_evidence"] = s.progress.from_evidence;
  Json milestones = Json::array();
  for (const Milestone& m : rec.milestones)
    milestones.push_back({{"deadline", date_or_null(m.deadline)},
                          {"deadline_note", text_or_null(m.deadline_note)},
                          {"text", m.text}});
  o["milestones"] = std::move(milestones);
  Json evidence = Json::array();
  for (const Evidence& ev : rec.evidence)
    evidence.push_back(evidence_json(plan, ev, include_internal));
  o["evidence"] = std::move(evidence);
  o["updates"] = updates_json(plan, rec.updates, include_internal);
  return o;
}

Json plan_json(const Plan& plan) {
  Json o;
  o["title"] = plan.title;
  o["organisation"] = plan.organisation;
  o["published"] = date_or_null(plan.published);
  o["introduction"] = text_or_null(plan.introduction);
  o["owner"] = text_or_null(plan.owner);
  Json leads = Json::array();
  for (const Lead& l : plan.leads) leads.push_back({{"role", l.role}, {"name", l.name}});
  o["leads"] = std::move(leads);
  o["statuses"] = plan.statuses;
  return o;
}

}  // namespace

std::string export_json(const Plan& plan, const ExportOptions& opt) {
  std::vector<RecSummary> rows = summarise(plan, opt.as_of, opt.include_internal);
  Json by_status = Json::object();
  for (const std::string& s : plan.statuses) by_status[s] = 0;
  Json by_category = Json::object();
  for (Category c : {Category::not_started, Category::in_progress, Category::complete,
                     Category::not_applicable, Category::no_update, Category::no_status})
    by_category[category_name(c)] = 0;
  int done = 0, overdue = 0;
  Json recs = Json::array();
  for (const RecSummary& s : rows) {
    if (!s.status.empty()) by_status[s.status] = by_status.value(s.status, 0) + 1;
    std::string c = category_name(category_of(plan, s.progress));
    by_category[c] = by_category.value(c, 0) + 1;
    done += s.progress.done ? 1 : 0;
    overdue += s.overdue ? 1 : 0;
    recs.push_back(recommendation_json(plan, s, opt.include_internal));
  }
  Json doc;
  doc["format_version"] = export_format_version;
  doc["generator"] = opt.generator;
  doc["as_of"] = format_iso(opt.as_of);
  doc["internal_included"] = opt.include_internal;
  doc["plan"] = plan_json(plan);
  doc["summary"] = {{"recommendations", rows.size()},
                    {"done", done},
                    {"overdue", overdue},
                    {"by_status", std::move(by_status)},
                    {"by_category", std::move(by_category)}};
  doc["recommendations"] = std::move(recs);
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace plan
