#include <nlohmann/json.hpp>

#include "model/action_status.h"
#include "model/category.h"
#include "model/progress.h"
#include "query/export.h"
#include "query/summary.h"

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
    o["rag"] = text_or_null(u.rag);
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

Json rag_or_null(const std::vector<Update>& updates, bool include_internal) {
  return text_or_null(latest_rag(updates, include_internal));
}

Json action_json(const Plan& plan, const Action& a, Date as_of, bool include_internal) {
  Json o;
  o["id"] = a.id;
  o["text"] = a.text;
  o["lead"] = text_or_null(a.lead);
  o["target"] = date_or_null(a.target);
  o["target_note"] = text_or_null(a.target_note);
  o["current_target"] = date_or_null(current_target(a));
  Json revisions = Json::array();
  for (const TargetRevision& r : a.revisions)
    revisions.push_back({{"target", date_or_null(r.target)},
                         {"decided", date_or_null(r.decided)},
                         {"reason", text_or_null(r.reason)}});
  o["revisions"] = std::move(revisions);
  Progress p = action_progress(plan, a, include_internal);
  put_progress(o, plan, p);
  o["rag"] = rag_or_null(a.updates, include_internal);
  o["overdue"] = action_overdue(plan, a, as_of, include_internal);
  o["updates"] = updates_json(plan, a.updates, include_internal);
  return o;
}

Json actions_json(const Plan& plan, const std::vector<Action>& actions, Date as_of,
                  bool include_internal) {
  Json list = Json::array();
  for (const Action& a : actions) list.push_back(action_json(plan, a, as_of, include_internal));
  return list;
}

Json response_json(const Response& r) {
  if (!r.present()) return nullptr;
  Json o;
  o["position"] = text_or_null(r.position_text);
  o["label"] = text_or_null(r.label);
  o["date"] = date_or_null(r.date);
  o["text"] = text_or_null(r.text);
  return o;
}

Json evidence_json(const Plan& plan, const Evidence& ev, Date as_of, bool include_internal) {
  Json o;
  o["id"] = ev.id;
  o["text"] = ev.text;
  o["owner"] = text_or_null(ev.owner);
  put_progress(o, plan, progress_of(plan, ev, include_internal));
  Json docs = Json::array();
  for (const Document& d : ev.documents) docs.push_back({{"title", d.title}, {"url", d.url}});
  o["documents"] = std::move(docs);
  o["status_from_actions"] = status_from_actions(plan, ev, include_internal);
  o["rag"] = rag_or_null(ev.updates, include_internal);
  o["updates"] = updates_json(plan, ev.updates, include_internal);
  o["actions"] = actions_json(plan, ev.actions, as_of, include_internal);
  return o;
}

Json recommendation_json(const Plan& plan, const RecSummary& s, Date as_of, bool include_internal) {
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
  bool from_actions = status_from_actions(plan, rec, include_internal);
  o["status_from_evidence"] = s.progress.from_evidence && !from_actions;
  o["status_from_actions"] = from_actions;
  o["rag"] = rag_or_null(rec.updates, include_internal);
  o["response"] = response_json(rec.response);
  Json milestones = Json::array();
  for (const Milestone& m : rec.milestones)
    milestones.push_back({{"deadline", date_or_null(m.deadline)},
                          {"deadline_note", text_or_null(m.deadline_note)},
                          {"text", m.text}});
  o["milestones"] = std::move(milestones);
  Json evidence = Json::array();
  for (const Evidence& ev : rec.evidence)
    evidence.push_back(evidence_json(plan, ev, as_of, include_internal));
  o["evidence"] = std::move(evidence);
  o["updates"] = updates_json(plan, rec.updates, include_internal);
  o["actions"] = actions_json(plan, rec.actions, as_of, include_internal);
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
  // What each status word means, so a reader never derives it from the
  // word's place in the list (an export is of a valid plan: every word's
  // meaning is declared, or is the default scale's).
  Json meanings = Json::array();
  for (size_t i = 0; i < plan.statuses.size(); ++i)
    meanings.push_back({{"name", plan.statuses[i]},
                        {"category", category_name(category_of_status(plan, plan.statuses[i]))}});
  o["status_meanings"] = std::move(meanings);
  // What the national view shows of the plan (plan aggregate reads exports).
  o["url"] = text_or_null(plan.url);
  o["addressee"] = text_or_null(plan.addressee);
  o["report"] = plan.report.present() ? Json{{"id", plan.report.id}, {"path", plan.report.path}}
                                      : Json(nullptr);
  Json not_applicable = Json::array();
  for (const NotApplicable& na : plan.not_applicable)
    not_applicable.push_back({{"id", na.id}, {"reason", na.reason}});
  o["not_applicable"] = std::move(not_applicable);
  return o;
}

struct ActionCounts {
  int total = 0, done = 0, overdue = 0;
  Json by_rag = {{"red", 0}, {"amber", 0}, {"green", 0}, {"blue", 0}, {"none", 0}};
};

// Every action's latest RAG rating, whether done and whether overdue.
ActionCounts count_actions(const Plan& plan, Date as_of, bool include_internal) {
  ActionCounts n;
  auto count = [&](const std::vector<Action>& actions) {
    for (const Action& a : actions) {
      ++n.total;
      n.done += action_progress(plan, a, include_internal).done ? 1 : 0;
      n.overdue += action_overdue(plan, a, as_of, include_internal) ? 1 : 0;
      std::string key = latest_rag(a.updates, include_internal);
      if (key.empty()) key = "none";
      if (n.by_rag.contains(key)) n.by_rag[key] = n.by_rag[key].get<int>() + 1;
    }
  };
  for (const Recommendation& rec : plan.recommendations) {
    count(rec.actions);
    for (const Evidence& ev : rec.evidence) count(ev.actions);
  }
  return n;
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
  ActionCounts actions = count_actions(plan, opt.as_of, opt.include_internal);
  Json by_position = Json::object();
  for (const char* p : {"accepted", "partially-accepted", "not-accepted"}) by_position[p] = 0;
  by_position["none"] = 0;
  Json recs = Json::array();
  for (const RecSummary& s : rows) {
    if (!s.status.empty()) by_status[s.status] = by_status.value(s.status, 0) + 1;
    std::string c = category_name(category_of(plan, s.progress));
    by_category[c] = by_category.value(c, 0) + 1;
    done += s.progress.done ? 1 : 0;
    overdue += s.overdue ? 1 : 0;
    std::string position =
        s.rec->response.position_text.empty() ? "none" : s.rec->response.position_text;
    by_position[position] = by_position.value(position, 0) + 1;
    recs.push_back(recommendation_json(plan, s, opt.as_of, opt.include_internal));
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
                    {"by_category", std::move(by_category)},
                    {"by_position", std::move(by_position)},
                    {"actions", actions.total},
                    {"actions_done", actions.done},
                    {"actions_overdue", actions.overdue},
                    {"by_rag", actions.by_rag}};
  doc["recommendations"] = std::move(recs);
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace plan
