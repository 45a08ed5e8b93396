#include "aggregate/aggregate.h"

#include <algorithm>
#include <map>

#include "model/action_status.h"
#include "model/category.h"
#include "model/progress.h"

namespace plan {
namespace {

using std::chrono::day;

// What a plan lacking recommendation id is counted as.
Category missing_category(const Plan& plan, int id, const Report* report) {
  if (!report || plan.addressee.empty()) return Category::not_answered;
  const ReportRecommendation* rec = find_recommendation(*report, id);
  if (!rec || addressed_to(*rec, plan.addressee)) return Category::not_answered;
  return Category::not_applicable;
}

// A month counts once it has begun: an update dated 2025-05 may have been
// published on the 1st, so it is not dropped at an as-of date in May.
bool published_by(const DateField& d, Date as_of) {
  if (d.value) return d.value->ok() && *d.value <= as_of;
  if (d.month) return d.month->ok() && Date{d.month->year(), d.month->month(), day{1}} <= as_of;
  return false;
}

void keep_updates(std::vector<Update>& updates, Date as_of) {
  std::erase_if(updates,
                [&](const Update& u) { return u.internal || !published_by(u.date, as_of); });
}

// The month's last day, but never after as_of (docs/national-view.md).
std::optional<UpdateDate> counted_date(const DateField& d, Date as_of) {
  std::optional<UpdateDate> u = update_date_of(d);
  if (u && u->month_only && as_of < u->day) u->day = as_of;
  return u;
}

void widen(std::optional<UpdateDate>& from, std::optional<UpdateDate>& to, UpdateDate d) {
  if (!from || d < *from) from = d;
  if (!to || *to < d) to = d;
}

void note_latest(std::optional<UpdateDate>& latest, const std::optional<UpdateDate>& d) {
  if (d && (!latest || *latest < *d)) latest = d;
}

const NotApplicable* declared_not_applicable(const Plan& plan, int id) {
  for (const NotApplicable& na : plan.not_applicable)
    if (na.id == id) return &na;
  return nullptr;
}

// A recommendation the plan does not answer is overdue once the report's
// deadline for it has passed: silence is not progress.
bool unanswered_overdue(int id, const Report* report, Date as_of) {
  if (!report) return false;
  const ReportRecommendation* rec = find_recommendation(*report, id);
  return rec && rec->deadline.value && *rec->deadline.value < as_of;
}

size_t rag_column(const std::string& rag) {
  for (size_t k = 0; k < aggregate_rag_words.size(); ++k)
    if (rag == aggregate_rag_words[k]) return k;
  return aggregate_rag_words.size();
}

size_t position_column(Position p) {
  for (size_t k = 0; k < aggregate_positions.size(); ++k)
    if (aggregate_positions[k] == p) return k;
  return aggregate_positions.size() - 1;
}

// The force's own plan for a recommendation it answers: its response, its
// latest RAG and its actions (the requirements' too), into the cell and the
// force's totals.
void note_force_plan(const Plan& plan, const Recommendation& rec, Date as_of, AggregateCell& c,
                     AggregateForce& f) {
  c.response = rec.response.position;
  ++f.positions[position_column(c.response)];
  c.rag = latest_rag(rec.updates, false);
  if (size_t k = rag_column(c.rag); k < f.rag.size()) ++f.rag[k];
  auto count = [&](const std::vector<Action>& actions) {
    for (const Action& action : actions) {
      ++c.actions;
      c.actions_overdue += action_overdue(plan, action, as_of, false) ? 1 : 0;
    }
  };
  count(rec.actions);
  for (const Evidence& ev : rec.evidence) count(ev.actions);
  f.actions += c.actions;
  f.actions_overdue += c.actions_overdue;
}

AggregateForce force_row(const InputPlan& in, const std::vector<int>& ids, Date as_of,
                         int stale_after, const Report* report) {
  const Plan& plan = in.plan;
  AggregateForce f;
  f.organisation = plan.organisation;
  f.title = plan.title;
  f.url = plan.url;
  f.source = in.source;
  f.exported = in.exported;
  f.cells.resize(ids.size());
  size_t next = 0;  // both lists are in id order
  for (size_t i = 0; i < ids.size(); ++i) {
    AggregateCell& c = f.cells[i];
    while (next < plan.recommendations.size() && plan.recommendations[next].id < ids[i]) ++next;
    bool present = next < plan.recommendations.size() && plan.recommendations[next].id == ids[i];
    if (const NotApplicable* na = declared_not_applicable(plan, ids[i])) {
      c.answered = true;
      c.category = Category::not_applicable;
      c.not_applicable_reason = na->reason;
      ++f.answered;
      ++f.not_applicable;
      continue;
    }
    if (!present) {
      c.category = missing_category(plan, ids[i], report);
      c.overdue = c.category == Category::not_answered && unanswered_overdue(ids[i], report, as_of);
      f.not_answered += c.category == Category::not_answered ? 1 : 0;
      f.not_applicable += c.category == Category::not_applicable ? 1 : 0;
      f.overdue += c.overdue ? 1 : 0;
      continue;
    }
    const Recommendation& rec = plan.recommendations[next];
    Progress p = progress_of(plan, rec, false);
    c.answered = true;
    c.status = p.status;
    c.category = category_of(plan, p);
    c.percent = p.percent;
    if (p.latest) c.note = p.latest->note;
    DateField when;
    when.value = p.date;
    when.month = p.date ? std::nullopt : p.month;
    c.last_update = counted_date(when, as_of);
    c.overdue = c.category != Category::not_applicable && is_overdue(rec, p, as_of);
    ++f.answered;
    f.complete += c.category == Category::complete ? 1 : 0;
    f.not_applicable += c.category == Category::not_applicable ? 1 : 0;
    f.overdue += c.overdue ? 1 : 0;
    note_latest(f.last_update, c.last_update);
    note_force_plan(plan, rec, as_of, c, f);
  }
  // Any published update counts as a sign of life, an evidence item's too.
  for (const Recommendation& rec : plan.recommendations) {
    auto note = [&](const std::vector<Update>& us) {
      for (const Update& u : us) note_latest(f.last_update, counted_date(u.date, as_of));
    };
    note(rec.updates);
    for (const Evidence& ev : rec.evidence) note(ev.updates);
  }
  if (f.last_update) f.days_since = days_between(f.last_update->day, as_of);
  f.stale = !f.days_since || *f.days_since > stale_after;
  return f;
}

}  // namespace

std::optional<UpdateDate> update_date_of(const DateField& d) {
  if (d.value && d.value->ok()) return UpdateDate{*d.value, false};
  if (d.month && d.month->ok())
    return UpdateDate{Date{std::chrono::year_month_day_last{
                          d.month->year(), std::chrono::month_day_last{d.month->month()}}},
                      true};
  return std::nullopt;
}

std::string iso_text(const UpdateDate& d) {
  return d.month_only ? format_iso(Month{d.day.year(), d.day.month()}) : format_iso(d.day);
}

std::string long_text(const UpdateDate& d) {
  return d.month_only ? format_long(Month{d.day.year(), d.day.month()}) : format_long(d.day);
}

std::string refused_name(const RefusedInput& r) {
  if (!r.organisation.empty()) return r.organisation;
  std::string path = r.path;
  while (!path.empty() && path.back() == '/') path.pop_back();
  for (int part = 0; part < 2; ++part) {
    size_t slash = path.rfind('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (name != "plan" || slash == std::string::npos) {
      if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0)
        name.resize(name.size() - 5);
      return name;
    }
    path.resize(slash);
  }
  return path;
}

void keep_published_until(Plan& plan, Date as_of) {
  for (Recommendation& rec : plan.recommendations) {
    keep_updates(rec.updates, as_of);
    for (Action& action : rec.actions) keep_updates(action.updates, as_of);
    for (Evidence& ev : rec.evidence) {
      keep_updates(ev.updates, as_of);
      for (Action& action : ev.actions) keep_updates(action.updates, as_of);
    }
  }
}

size_t category_column(Category c) {
  for (size_t k = 0; k < aggregate_categories.size(); ++k)
    if (aggregate_categories[k] == c) return k;
  return 0;
}

Aggregate aggregate(const std::vector<InputPlan>& plans, Date as_of, int stale_after,
                    const Report* report) {
  Aggregate a;
  a.as_of = as_of;
  a.stale_after = stale_after;
  a.report = report;
  a.matched_by = report ? "report" : "number";
  std::vector<size_t> order(plans.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Plan &px = plans[x].plan, &py = plans[y].plan;
    if (px.organisation != py.organisation) return px.organisation < py.organisation;
    return plans[x].source < plans[y].source;
  });
  // Titles come from the report, else from the first force (in this order)
  // that gives one, so the order of the inputs cannot change them.
  std::map<int, std::string> titles;
  if (report)
    for (const ReportRecommendation& rec : report->recommendations) titles[rec.id] = rec.title;
  for (size_t i : order)
    for (const Recommendation& rec : plans[i].plan.recommendations) {
      auto [it, added] = titles.emplace(rec.id, rec.title);
      if (!added && it->second.empty()) it->second = rec.title;
    }
  std::vector<int> ids;
  for (const auto& [id, title] : titles) {
    ids.push_back(id);
    a.recommendations.push_back({id, title, {}, 0, {}, {}, {}, {}, 0});
  }
  for (size_t i : order) a.forces.push_back(force_row(plans[i], ids, as_of, stale_after, report));
  for (size_t r = 0; r < ids.size(); ++r) {
    AggregateRecommendation& row = a.recommendations[r];
    for (const AggregateForce& f : a.forces) {
      const AggregateCell& c = f.cells[r];
      ++row.counts[category_column(c.category)];
      row.overdue += c.overdue ? 1 : 0;
      if (c.last_update) widen(row.latest_from, row.latest_to, *c.last_update);
      // Responses and RAG count the forces that answer it.
      if (c.answered) {
        ++row.positions[position_column(c.response)];
        if (size_t k = rag_column(c.rag); k < row.rag.size()) ++row.rag[k];
      }
      row.actions_overdue += c.actions_overdue;
    }
  }
  return a;
}

}  // namespace plan
