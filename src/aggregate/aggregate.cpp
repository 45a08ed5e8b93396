#include "aggregate/aggregate.h"

#include <algorithm>
#include <map>

#include "model/progress.h"

namespace plan {
namespace {

constexpr int complete = 0, in_progress = 1, not_started = 2, no_update = 3, not_answered = 4;

// Until the report's status categories are merged: a status is complete
// when it is the plan's last (done) status, not started when it is the
// first, and in progress otherwise; nothing published is "no update".
int category_index(const Plan& plan, const Progress& p) {
  if (p.status.empty()) return no_update;
  if (p.done) return complete;
  if (p.status == plan.statuses.front()) return not_started;
  return in_progress;
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
                         int stale_after) {
  const Plan& plan = in.plan;
  AggregateForce f;
  f.organisation = plan.organisation;
  f.title = plan.title;
  f.source = in.source;
  f.cells.resize(ids.size());
  size_t next = 0;  // both lists are in id order
  for (size_t i = 0; i < ids.size(); ++i) {
    AggregateCell& c = f.cells[i];
    while (next < plan.recommendations.size() && plan.recommendations[next].id < ids[i]) ++next;
    if (next == plan.recommendations.size() || plan.recommendations[next].id != ids[i]) {
      c.category = not_answered;
      continue;
    }
    const Recommendation& rec = plan.recommendations[next];
    Progress p = progress_of(plan, rec, false);
    c.answered = true;
    c.status = p.status;
    c.category = category_index(plan, p);
    c.percent = p.percent;
    c.last_update = p.date;
    c.overdue = is_overdue(rec, p, as_of);
    ++f.answered;
    f.complete += c.category == complete ? 1 : 0;
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

Aggregate aggregate(const std::vector<InputPlan>& plans, Date as_of, int stale_after) {
  Aggregate a;
  a.as_of = as_of;
  a.stale_after = stale_after;
  std::map<int, std::string> titles;
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
  for (size_t i : order) a.forces.push_back(force_row(plans[i], ids, as_of, stale_after));
  for (size_t r = 0; r < ids.size(); ++r) {
    AggregateRecommendation& row = a.recommendations[r];
    for (const AggregateForce& f : a.forces) {
      const AggregateCell& c = f.cells[r];
      ++row.counts[size_t(c.category)];
      row.overdue += c.overdue ? 1 : 0;
      if (c.last_update) widen(row.latest_from, row.latest_to, *c.last_update);
    }
  }
  return a;
}

}  // namespace plan
