#include "aggregate/aggregate.h"

#include <algorithm>
#include <map>

#include "model/category.h"
#include "model/progress.h"

namespace plan {
namespace {

// What a plan lacking recommendation id is counted as.
Category missing_category(const Plan& plan, int id, const Report* report) {
  if (!report || plan.addressee.empty()) return Category::not_answered;
  const ReportRecommendation* rec = find_recommendation(*report, id);
  if (!rec || addressed_to(*rec, plan.addressee)) return Category::not_answered;
  return Category::not_applicable;
}

void keep_updates(std::vector<Update>& updates, Date as_of) {
  std::erase_if(updates, [&](const Update& u) {
    return u.internal || !u.date.value || !u.date.value->ok() || *u.date.value > as_of;
  });
}

void widen(std::optional<Date>& from, std::optional<Date>& to, Date d) {
  if (!from || d < *from) from = d;
  if (!to || d > *to) to = d;
}

AggregateForce force_row(const InputPlan& in, const std::vector<int>& ids, Date as_of,
                         int stale_after, const Report* report) {
  const Plan& plan = in.plan;
  AggregateForce f;
  f.organisation = plan.organisation;
  f.title = plan.title;
  f.url = plan.url;
  f.source = in.source;
  f.cells.resize(ids.size());
  size_t next = 0;  // both lists are in id order
  for (size_t i = 0; i < ids.size(); ++i) {
    AggregateCell& c = f.cells[i];
    while (next < plan.recommendations.size() && plan.recommendations[next].id < ids[i]) ++next;
    if (next == plan.recommendations.size() || plan.recommendations[next].id != ids[i]) {
      c.category = missing_category(plan, ids[i], report);
      continue;
    }
    const Recommendation& rec = plan.recommendations[next];
    Progress p = progress_of(plan, rec, false);
    c.answered = true;
    c.status = p.status;
    c.category = category_of(plan, p);
    c.percent = p.percent;
    c.last_update = p.date;
    c.overdue = c.category != Category::not_applicable && is_overdue(rec, p, as_of);
    ++f.answered;
    f.complete += c.category == Category::complete ? 1 : 0;
    f.overdue += c.overdue ? 1 : 0;
    if (p.date && (!f.last_update || *p.date > *f.last_update)) f.last_update = p.date;
  }
  // Any published update counts as a sign of life, an evidence item's too.
  for (const Recommendation& rec : plan.recommendations) {
    auto note = [&](const std::vector<Update>& us) {
      for (const Update& u : us)
        if (u.date.value && (!f.last_update || *u.date.value > *f.last_update))
          f.last_update = u.date.value;
    };
    note(rec.updates);
    for (const Evidence& ev : rec.evidence) note(ev.updates);
  }
  if (f.last_update) f.days_since = days_between(*f.last_update, as_of);
  f.stale = !f.days_since || *f.days_since > stale_after;
  return f;
}

}  // namespace

void keep_published_until(Plan& plan, Date as_of) {
  for (Recommendation& rec : plan.recommendations) {
    keep_updates(rec.updates, as_of);
    for (Evidence& ev : rec.evidence) keep_updates(ev.updates, as_of);
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
  std::map<int, std::string> titles;
  if (report)
    for (const ReportRecommendation& rec : report->recommendations) titles[rec.id] = rec.title;
  for (const InputPlan& in : plans)
    for (const Recommendation& rec : in.plan.recommendations) {
      auto [it, added] = titles.emplace(rec.id, rec.title);
      if (!added && it->second.empty()) it->second = rec.title;
    }
  std::vector<int> ids;
  for (const auto& [id, title] : titles) {
    ids.push_back(id);
    a.recommendations.push_back({id, title, {}, 0, {}, {}});
  }
  std::vector<size_t> order(plans.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Plan &px = plans[x].plan, &py = plans[y].plan;
    if (px.organisation != py.organisation) return px.organisation < py.organisation;
    return plans[x].source < plans[y].source;
  });
  for (size_t i : order) a.forces.push_back(force_row(plans[i], ids, as_of, stale_after, report));
  for (size_t r = 0; r < ids.size(); ++r) {
    AggregateRecommendation& row = a.recommendations[r];
    for (const AggregateForce& f : a.forces) {
      const AggregateCell& c = f.cells[r];
      ++row.counts[category_column(c.category)];
      row.overdue += c.overdue ? 1 : 0;
      if (c.last_update) widen(row.latest_from, row.latest_to, *c.last_update);
    }
  }
  return a;
}

}  // namespace plan
