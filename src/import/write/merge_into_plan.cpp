#include "import/write/merge_into_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "check/rules.h"
#include "import/assemble/evidence_gate.h"
#include "load/loader.h"
#include "model/report.h"
#include "text/force_plan_comment.h"
#include "text/word_diff.h"
#include "text/yaml_write.h"
#include "util/files.h"
#include "util/plural.h"

namespace plan {
namespace {

// What plan init writes where the force has still to write its own words.
const char* const init_introduction =
    "What this plan responds to, in a paragraph or two. This text opens the published page; "
    "Markdown is allowed.";
const char* const init_organisation = "Your organisation";

bool init_leads(const std::vector<Lead>& leads) {
  return std::all_of(leads.begin(), leads.end(),
                     [](const Lead& l) { return l.name.rfind("Name of the ", 0) == 0; });
}

// A field as plan writes it, so two values compare as the files would.
std::string as_written(const std::vector<Update>& updates) {
  std::string out;
  for (const Update& u : updates) out += yaml_update_entry(u, 0);
  return out;
}
std::string as_written(const Response& response) {
  Recommendation r;
  r.response = response;
  return write_recommendation_file(r);
}
std::string as_written(const std::vector<Action>& actions) {
  Recommendation r;
  r.actions = actions;
  return write_recommendation_file(r);
}
// A value shown in a message: its first line, cut at 60 characters.
std::string in_quotes(const std::string& s) {
  std::string one = s.substr(0, s.find('\n'));
  bool cut = one.size() < s.size() || one.size() > 60;
  if (one.size() > 60) {
    size_t end = 57;
    while (end > 0 && (static_cast<unsigned char>(one[end]) & 0xC0) == 0x80)
      --end;  // whole letters
    one.resize(end);
  }
  return "'" + one + (cut ? "...'" : "'");
}

// An update's words as its message compares them: status, percent, note.
std::string update_words(const Update& u) {
  std::string out = u.status;
  if (u.percent) out += " " + std::to_string(*u.percent) + "%";
  if (!u.rag.empty()) out += " (" + u.rag + ")";
  return out + (out.empty() ? "" : ": ") + u.note;
}

// The page's updates the plan does not hold, word for word.
std::vector<Update> not_in_plan(const std::vector<Update>& plan, const std::vector<Update>& page) {
  std::vector<Update> out;
  for (const Update& u : page) {
    std::string written = as_written({u});
    if (std::none_of(plan.begin(), plan.end(),
                     [&](const Update& p) { return as_written({p}) == written; }))
      out.push_back(u);
  }
  return out;
}

// Fills one field of the plan from the page: taken when the plan has none
// (or only init's placeholder), a conflict when the plan says otherwise
// (replaced with --force), nothing when both say the same.
class Filler {
 public:
  Filler(const std::string& where, bool replace, PlanMerge& out)
      : where_(where), replace_(replace), out_(out) {}

  template <typename T>
  void field(const std::string& name, T& plan_value, const T& page_value, bool page_has,
             bool plan_has, const std::string& plan_shown, const std::string& page_shown, bool same,
             const std::string& filled_as = "") {
    if (!page_has || same) return;
    if (plan_has) {
      out_.conflicts.push_back({where_, fmt::format("{}: {} in the plan, {} on the page", name,
                                                    plan_shown, page_shown)});
      if (!replace_) return;
    }
    plan_value = page_value;
    filled_.push_back(filled_as.empty() ? name : filled_as);
  }
  void text(const std::string& name, std::string& plan_value, const std::string& page_value,
            bool plan_placeholder = false) {
    field(name, plan_value, page_value, !page_value.empty(),
          !plan_value.empty() && !plan_placeholder, in_quotes(plan_value), in_quotes(page_value),
          plan_value == page_value);
  }
  void updates(std::vector<Update>& plan_value, const std::vector<Update>& page_value) {
    // The plan's history is never dropped: an update the page does not show
    // (an older one, one recorded with plan update) stays. The page's
    // updates the plan holds already are nothing new; one of a day the plan
    // has another update for corrects it (replaced with --force); any other
    // goes in its place by date, as plan update would add it.
    std::vector<Update> newer = not_in_plan(plan_value, page_value);
    if (newer.empty()) return;
    bool was_empty = plan_value.empty();
    std::vector<bool> held(plan_value.size());
    for (size_t i = 0; i < plan_value.size(); ++i)
      held[i] = std::any_of(page_value.begin(), page_value.end(), [&](const Update& u) {
        return as_written({u}) == as_written({plan_value[i]});
      });
    size_t added = 0;
    bool all_after = true;
    for (const Update& u : newer) {
      auto corrected = std::find_if(plan_value.begin(), plan_value.end(), [&](const Update& p) {
        return p.date.text == u.date.text && !held[size_t(&p - plan_value.data())];
      });
      if (corrected != plan_value.end()) {
        held[size_t(corrected - plan_value.begin())] = true;
        out_.conflicts.push_back(
            {where_,
             fmt::format("the update of {} reads otherwise on the page ([-plan-]{{+page+}}): "
                         "{}",
                         u.date.text, word_diff_line(update_words(*corrected), update_words(u)))});
        if (replace_) {
          *corrected = u;
          filled_.push_back("the update of " + u.date.text);
        }
        continue;
      }
      auto later = std::find_if(plan_value.begin(), plan_value.end(),
                                [&](const Update& p) { return u.date.text < p.date.text; });
      all_after = all_after && later == plan_value.end();
      size_t at = size_t(later - plan_value.begin());
      plan_value.insert(later, u);
      held.insert(held.begin() + long(at), true);
      ++added;
    }
    if (added == 0) return;
    filled_.push_back(was_empty   ? counted(added, "update", "updates")
                      : all_after ? counted(added, "newer update", "newer updates")
                                  : counted(added, "update", "updates") + " in date order");
  }
  void actions(std::vector<Action>& plan_value, const std::vector<Action>& page_value) {
    field("actions", plan_value, page_value, !page_value.empty(), !plan_value.empty(),
          counted(plan_value.size(), "action", "actions"),
          counted(page_value.size(), "action", "actions"),
          as_written(plan_value) == as_written(page_value),
          counted(page_value.size(), "action", "actions"));
  }
  void response(Response& plan_value, const Response& page_value) {
    field("response", plan_value, page_value, page_value.present(), plan_value.present(), "one",
          "another", as_written(plan_value) == as_written(page_value));
  }
  // "recommendation 7: owner, 2 updates"
  void report() {
    if (filled_.empty()) return;
    out_.filled.push_back(fmt::format("{}: {} from the page", where_, and_list(filled_)));
  }

 private:
  std::string where_;
  bool replace_;
  PlanMerge& out_;
  std::vector<std::string> filled_;
};

void merge_evidence(Recommendation& into, const Recommendation& page, bool replace,
                    PlanMerge& out) {
  for (const Evidence& pe : page.evidence) {
    auto same = std::find_if(into.evidence.begin(), into.evidence.end(),
                             [&](const Evidence& e) { return !pe.id.empty() && e.id == pe.id; });
    if (same == into.evidence.end()) {
      // One the force added: kept, with the page's text (report-evidence says so).
      into.evidence.push_back(pe);
      out.filled.push_back(
          fmt::format("recommendation {}: evidence requirement {} added from "
                      "the page (it is not one of the plan's)",
                      into.id, pe.id));
      continue;
    }
    Filler fill(fmt::format("evidence requirement {}", pe.id), replace, out);
    fill.text("owner", same->owner, pe.owner);
    fill.updates(same->updates, pe.updates);
    fill.actions(same->actions, pe.actions);
    fill.report();
  }
}

void merge_recommendation(Recommendation& into, const Recommendation& page, bool replace,
                          PlanMerge& out) {
  Filler fill(fmt::format("recommendation {}", into.id), replace, out);
  fill.text("owner", into.owner, page.owner);
  fill.response(into.response, page.response);
  fill.actions(into.actions, page.actions);
  fill.updates(into.updates, page.updates);
  fill.report();
  merge_evidence(into, page, replace, out);
}

void merge_plan_file(Plan& into, const Plan& page, bool replace, PlanMerge& out) {
  Filler fill("plan.yaml", replace, out);
  bool init_title = into.report_data && into.title == "Action Plan: " + into.report_data->title;
  fill.text("title", into.title, page.title, init_title);
  fill.text("organisation", into.organisation, page.organisation,
            into.organisation == init_organisation);
  fill.text("introduction", into.introduction, page.introduction,
            into.introduction == init_introduction);
  // plan init --report makes the addressee the default owner until the force names one.
  fill.text("owner", into.owner, page.owner, into.owner == into.addressee);
  auto leads_text = [](const std::vector<Lead>& leads) {
    std::string s;
    for (const Lead& l : leads) s += (s.empty() ? "" : "; ") + l.role + ": " + l.name;
    return s;
  };
  fill.field("leads", into.leads, page.leads, !page.leads.empty(),
             !into.leads.empty() && !init_leads(into.leads), in_quotes(leads_text(into.leads)),
             in_quotes(leads_text(page.leads)), leads_text(into.leads) == leads_text(page.leads));
  fill.report();
}

// Every update's status in a recommendation, its evidence and its actions.
template <typename Visit>
void each_status(Recommendation& r, Visit visit) {
  auto updates = [&](std::vector<Update>& list) {
    for (Update& u : list) visit(u.status);
  };
  auto actions = [&](std::vector<Action>& list) {
    for (Action& a : list) updates(a.updates);
  };
  updates(r.updates);
  actions(r.actions);
  for (Evidence& e : r.evidence) {
    updates(e.updates);
    actions(e.actions);
  }
}

// The page's status words on the plan's scale: a word the plan spells
// otherwise ("In progress", the plan's "In Progress") takes the plan's
// spelling; a word the plan has not got is added to its statuses with the
// meaning the import gave it (declared only where the word says it), before
// the plan's first word that means complete.
void merge_statuses(Plan& into, Plan& page, PlanMerge& out) {
  auto lower = [](std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::map<std::string, std::string> spelled;  // lower case -> the plan's spelling
  for (const std::string& name : into.statuses) spelled.emplace(lower(name), name);
  for (size_t i = 0; i < page.statuses.size(); ++i) {
    const std::string& name = page.statuses[i];
    if (spelled.count(lower(name))) continue;
    bool used = false;
    for (Recommendation& r : page.recommendations)
      each_status(r, [&](const std::string& s) { used = used || s == name; });
    if (!used) continue;
    Category means =
        i < page.status_categories.size() ? page.status_categories[i] : Category::in_progress;
    bool declared = i < page.status_declared.size() && page.status_declared[i];
    size_t at = into.statuses.size();
    for (size_t k = 0; k < into.status_categories.size(); ++k)
      if (into.status_categories[k] == Category::complete) {
        at = k;
        break;
      }
    // The simple list form gives meaning by place: a word added among them
    // says its own, and so do the plan's others from then on.
    into.status_declared.resize(into.statuses.size(), false);
    into.statuses.insert(into.statuses.begin() + long(at), name);
    into.status_categories.insert(into.status_categories.begin() + long(at), means);
    into.status_declared.insert(into.status_declared.begin() + long(at), declared);
    spelled.emplace(lower(name), name);
    out.filled.push_back(fmt::format("plan.yaml: the status '{}' from the page{}", name,
                                     declared ? "" : ", its meaning to declare"));
  }
  for (Recommendation& r : page.recommendations)
    each_status(r, [&](std::string& s) {
      if (auto known = spelled.find(lower(s)); known != spelled.end()) s = known->second;
    });
}

// The page's own wording against the report, in validate's words: what the
// report rules would say of a plan written as the page is.
Diagnostics page_against_report(const Plan& existing, const Plan& page,
                                const std::string& page_file) {
  Diagnostics out;
  if (!existing.report_data) return out;
  Plan probe;
  probe.file = page_file;
  probe.report_data = existing.report_data;
  probe.addressee = existing.addressee;
  probe.recommendations = page.recommendations;
  for (Recommendation& r : probe.recommendations) {
    r.file = page_file;
    // The page's place for the text when the reader gave none: where the recommendation starts.
    if (!r.text_pos.line) r.text_pos = r.id_pos;
  }
  Diagnostics found;
  check_against_report(probe, found);
  static const std::set<std::string, std::less<>> about_the_page = {
      "report-text", "report-evidence", "report-deadline", "report-unknown", "report-addressee"};
  for (Diagnostic d : found.items()) {
    if (!about_the_page.count(d.rule)) continue;
    // The rules compare a plan with the report; here the plan is the page.
    for (size_t at; (at = d.message.find("{+plan+}")) != std::string::npos;)
      d.message.replace(at, 8, "{+page+}");
    // The plan keeps the report's side, so the hint says what was kept.
    d.hint = d.rule == "report-unknown" || d.rule == "report-addressee"
                 ? "it is imported as the page gives it; check its number"
                 : "the plan keeps the report's version; the page's is not imported";
    // A requirement the page does not list is not a difference: the plan keeps it.
    if (d.rule == "report-evidence" && d.message.find("is missing from") != std::string::npos)
      continue;
    out.add(std::move(d));
  }
  out.sort();
  return out;
}

// The file's text now, "" when it is not there.
std::string current_text(const std::string& path) {
  ReadResult r = read_file(path, 16 << 20);
  return r.ok ? r.data : "";
}

}  // namespace

PlanMerge merge_into_plan(const MergeInput& in) {
  PlanMerge out;
  Plan merged = in.existing;
  Plan page_plan = in.page;
  merge_statuses(merged, page_plan, out);
  merge_plan_file(merged, page_plan, in.replace, out);
  std::set<int> on_page;
  for (const Recommendation& page : page_plan.recommendations) {
    on_page.insert(page.id);
    auto into = std::find_if(merged.recommendations.begin(), merged.recommendations.end(),
                             [&](const Recommendation& r) { return r.id == page.id; });
    if (into == merged.recommendations.end()) {
      Recommendation added = page;
      added.file = join_path(in.existing.dir, fmt::format("recommendations/{}.yaml", page.id));
      merged.recommendations.push_back(std::move(added));
      out.filled.push_back(fmt::format(
          "recommendation {}: added from the page (the plan had no file for it)", page.id));
      continue;
    }
    merge_recommendation(*into, page, in.replace, out);
  }
  for (const Recommendation& r : in.existing.recommendations)
    if (!on_page.count(r.id)) out.not_on_page.push_back(r.id);
  // As plan import does for a new plan: a page may call a recommendation
  // complete while the report's evidence requirements have no complete
  // update; what the force published is kept, and the rule turned off, said.
  std::vector<int> gated = complete_with_open_evidence(merged);
  if (!gated.empty() && merged.evidence_gates_completion) {
    merged.evidence_gates_completion = false;
    std::string ids = and_list(gated);
    out.filled.push_back(fmt::format(
        "plan.yaml: evidence_gates_completion: false, as the page marks {} {} complete while {} "
        "evidence requirements are not; remove that line from plan.yaml once they are",
        gated.size() == 1 ? "recommendation" : "recommendations", ids,
        gated.size() == 1 ? "its" : "their"));
  }
  out.differences = page_against_report(in.existing, page_plan, in.page_file);

  // Only the files whose text changes are written. A file not as plan would
  // write it (comments, keys in another order, or keys this version of plan
  // does not write back) would lose what the page does not give: it is never
  // rewritten, not even with --force.
  // plan init and plan new end a recommendation file with a comment showing
  // where the force's own plan goes (text/force_plan_comment.h): such a file
  // is as plan writes it, and keeps the comment while the force's plan is
  // still missing.
  auto add_file = [&](const std::string& path, std::string text,
                      const std::string& as_plan_writes_it, const std::string& comment,
                      bool keep_comment) {
    if (text == as_plan_writes_it) return;  // the page changes nothing in it
    std::string now = current_text(path);
    if (!comment.empty() && keep_comment && now == as_plan_writes_it + comment) text += comment;
    if (now == text) return;
    if (!now.empty() && now != as_plan_writes_it && now != as_plan_writes_it + comment) {
      out.conflicts.push_back(
          {path,
           "the file is not as plan writes it (comments, the order of keys, or fields plan "
           "cannot write back), so rewriting it would lose what the page does not give; add "
           "what the page says to it by hand (plan update), or bring it to plan's layout first",
           false});
      return;
    }
    out.files.push_back({path, text});
    out.before.push_back(now);
  };
  add_file(in.existing.file, write_plan_file(merged), write_plan_file(in.existing), "", false);
  for (const Recommendation& r : merged.recommendations) {
    auto was = std::find_if(in.existing.recommendations.begin(), in.existing.recommendations.end(),
                            [&](const Recommendation& e) { return e.id == r.id; });
    bool own_plan_missing = !r.response.present() && r.actions.empty();
    add_file(r.file, write_recommendation_file(r),
             was == in.existing.recommendations.end() ? "" : write_recommendation_file(*was),
             force_plan_comment(r.id), own_plan_missing);
  }
  return out;
}

}  // namespace plan
