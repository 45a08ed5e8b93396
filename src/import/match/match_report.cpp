#include "import/match/match_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <set>

#include "import/match/text_similarity.h"
#include "util/plural.h"

namespace plan {
namespace {

// The report's texts ranked by how alike they are to one text of the page.
struct Best {
  int index = -1, second = -1;  // -1: none
  double score = 0, runner_up = 0;
  // The text has a word of the best that the runner-up lacks. When it has
  // not, the best leads only by being shorter, and the text does not say
  // which of the two it is.
  bool told_apart = true;
  /// The best clearly beats the rest: above the threshold and ahead of the
  /// runner-up by the margin. Near-duplicates in the report are not guessed between.
  bool clear() const {
    return index >= 0 && score >= match_threshold &&
           (second < 0 || (score - runner_up >= match_margin && told_apart));
  }
  bool close() const { return index >= 0 && second >= 0 && score >= match_threshold && !clear(); }
};

// The candidate whose words are most like text's, among those not taken.
Best best_match(const std::string& text, const std::vector<std::string>& candidates,
                const std::vector<bool>& taken, const WordWeights& weights) {
  Best best;
  std::vector<std::string> words = content_words(text);
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (taken[i]) continue;
    // Forces often quote only the first paragraph of a longer text: the best
    // of the whole and each paragraph counts.
    const std::string& c = candidates[i];
    double s = word_similarity(words, content_words(c), weights);
    for (size_t start = 0; start < c.size();) {
      size_t end = c.find("\n\n", start);
      if (end == std::string::npos) end = c.size();
      if (start > 0 || end < c.size())
        s = std::max(s,
                     word_similarity(words, content_words(c.substr(start, end - start)), weights));
      start = end + 2;
    }
    if (s > best.score) {
      best.runner_up = best.score;
      best.second = best.index;
      best.score = s;
      best.index = int(i);
    } else if (s > best.runner_up) {
      best.runner_up = s;
      best.second = int(i);
    }
  }
  if (best.index >= 0 && best.second >= 0) {
    std::vector<std::string> first = content_words(candidates[size_t(best.index)]);
    std::vector<std::string> second = content_words(candidates[size_t(best.second)]);
    best.told_apart = std::any_of(words.begin(), words.end(), [&](const std::string& w) {
      return std::binary_search(first.begin(), first.end(), w) &&
             !std::binary_search(second.begin(), second.end(), w);
    });
  }
  return best;
}

// "score 0.83", with the runner-up when it comes within half of it:
// "score 0.83; next best recommendation 7 at 0.41".
std::string score_text(const Best& best, const std::string& what,
                       const std::vector<std::string>& names) {
  std::string out = fmt::format("score {:.2f}", best.score);
  if (best.second >= 0 && best.runner_up > 0 && best.runner_up * 2 >= best.score)
    out += fmt::format("; next best {} {} at {:.2f}", what, names[size_t(best.second)],
                       best.runner_up);
  return out;
}

// Why no match was taken: nothing close enough, or two about equally close.
std::string no_match_text(const Best& best, const std::string& what,
                          const std::vector<std::string>& names) {
  if (best.index < 0 || best.score <= 0)
    return fmt::format("its words are in none of the {}s", what);
  if (best.close())
    return fmt::format(
        "its words fit {}s {} (score {:.2f}) and {} (score {:.2f}) alike: {}", what,
        names[size_t(best.index)], best.score, names[size_t(best.second)], best.runner_up,
        best.told_apart
            ? fmt::format("a match needs a lead of {:.2f} over the next best", match_margin)
            : fmt::format("it has no word of {} {} that {} lacks", what, names[size_t(best.index)],
                          names[size_t(best.second)]));
  return fmt::format("the nearest is {} {} at score {:.2f}, below {:.2f}", what,
                     names[size_t(best.index)], best.score, match_threshold);
}

void mark_not_understood(LineAccount& account, int first, int last, const std::string& why) {
  for (int l = first; l <= last; ++l)
    if (size_t(l) <= account.lines.size() && account.lines[size_t(l - 1)].fate == LineFate::taken)
      account.set(l, LineFate::not_understood, why);
}

// The next id after the report's and the page's own for rec: "7.4".
std::string free_evidence_id(const Recommendation& rec, const ReportRecommendation& from) {
  for (int n = 1;; ++n) {
    std::string id = fmt::format("{}.{}", rec.id, n);
    bool used = std::any_of(from.evidence.begin(), from.evidence.end(),
                            [&](const ReportEvidence& e) { return e.id == id; }) ||
                std::any_of(rec.evidence.begin(), rec.evidence.end(),
                            [&](const Evidence& e) { return e.id == id; });
    if (!used) return id;
  }
}

// The evidence requirements of a recommendation matched to the report's: by
// id where the report has that id, else by text.
void match_evidence(Recommendation& rec, const ReportRecommendation& from, const std::string& file,
                    const WordWeights& weights, ImportedPlan& imported, ReportMatchOutcome& out) {
  std::vector<std::string> texts, ids;
  std::vector<bool> taken(from.evidence.size(), false);
  for (const ReportEvidence& e : from.evidence) {
    texts.push_back(e.text);
    ids.push_back(e.id);
  }
  std::vector<Evidence*> by_text;
  for (Evidence& ev : rec.evidence) {
    auto same = std::find_if(from.evidence.begin(), from.evidence.end(),
                             [&](const ReportEvidence& e) { return e.id == ev.id; });
    if (same == from.evidence.end()) {
      by_text.push_back(&ev);
      continue;
    }
    size_t i = size_t(same - from.evidence.begin());
    // A number that the page gives to the wrong text: the text decides.
    double s = word_similarity(content_words(ev.text), content_words(same->text), weights);
    if (!ev.text.empty() && !same->text.empty() && s < match_threshold) {
      by_text.push_back(&ev);
      continue;
    }
    taken[i] = true;
  }
  for (Evidence* ev : by_text) {
    Best best = best_match(ev->text, texts, taken, weights);
    if (!best.clear()) {
      bool numbered = !ev->id.empty();
      if (!numbered) ev->id = free_evidence_id(rec, from);
      imported.diagnostics.warning(
          "import-unmatched", file, ev->id_pos.line, 1,
          fmt::format("evidence requirement {} is not matched to one of recommendation {}'s in "
                      "the report: {}; {}, check it against the report",
                      ev->id, rec.id, no_match_text(best, "evidence requirement", ids),
                      numbered ? "it is kept as the page numbers it"
                               : "the page gives it no id, so it was numbered after the report's"));
      continue;
    }
    taken[size_t(best.index)] = true;
    const std::string& id = from.evidence[size_t(best.index)].id;
    out.notes.push_back(fmt::format(
        "line {}: {} matched by text to the report's {} ({})",
        out.places.file_line(ev->id_pos.line),
        ev->id.empty() ? "an evidence requirement with no id" : "evidence requirement " + ev->id,
        id, score_text(best, "evidence requirement", ids)));
    ev->id = id;
  }
}

// The report's number, deadline and (where the page has none) text. Not its
// title: the report file's titles are subjects made for it, not the report's.
void take_from_report(Recommendation& rec, const ReportRecommendation& from,
                      ReportMatchOutcome& out) {
  rec.id = from.id;
  if (from.deadline.present()) {
    int line = rec.deadline.pos.line ? rec.deadline.pos.line : rec.id_pos.line;
    if (rec.deadline.present() && rec.deadline.text != from.deadline.text)
      out.notes.push_back(fmt::format(
          "line {}: recommendation {}'s deadline on the page ({}) is not the report's ({}); the "
          "report's is written",
          out.places.file_line(line), from.id, rec.deadline.text, from.deadline.text));
    rec.deadline = from.deadline;
    rec.deadline.pos = {line, 1};
    rec.deadline_note = from.deadline_note;
  }
  if (rec.text.empty()) rec.text = from.text;
}

bool evidence_order(const Evidence& a, const Evidence& b) {
  auto part = [](const std::string& id) {
    size_t dot = id.find('.');
    return dot == std::string::npos ? 0 : std::atoi(id.c_str() + dot + 1);
  };
  return part(a.id) < part(b.id);
}

// A report recommendation's words: its text and its dated parts.
std::string full_text(const ReportRecommendation& r) {
  std::string out = r.text;
  for (const ReportMilestone& m : r.milestones) out += "\n\n" + m.text;
  return out;
}

// Dated headlines with no number between them are read as the parts of one
// recommendation; where the report says they are parts of different ones,
// they become different recommendations (the evidence requirements, owner
// and updates after them stay with the last), and a part like none of the
// report's stands alone.
std::vector<UnnumberedRecommendation> split_by_report(std::vector<UnnumberedRecommendation> in,
                                                      const std::vector<std::string>& texts,
                                                      const WordWeights& weights) {
  std::vector<UnnumberedRecommendation> out;
  std::vector<bool> none(texts.size(), false);
  for (UnnumberedRecommendation& u : in) {
    if (u.rec.milestones.empty()) {
      out.push_back(std::move(u));
      continue;
    }
    struct Part {
      DateField deadline;
      std::string note, text;
      int line;
      int match;
    };
    std::vector<Part> parts;
    parts.push_back({u.rec.deadline, u.rec.deadline_note, u.rec.text, u.first_line, -1});
    for (const Milestone& m : u.rec.milestones)
      parts.push_back({m.deadline, m.deadline_note, m.text, m.pos.line, -1});
    bool differ = false;
    for (Part& p : parts) {
      Best b = best_match(p.text, texts, none, weights);
      p.match = b.clear() ? b.index : -1;
      // A part like no recommendation of the report is not taken as a
      // milestone of its neighbour: it stands alone, to be refused.
      if (p.match < 0 || p.match != parts.front().match) differ = true;
    }
    if (!differ) {
      out.push_back(std::move(u));
      continue;
    }
    std::vector<UnnumberedRecommendation> groups;
    int last_match = -2;
    for (Part& p : parts) {
      bool joins = !groups.empty() && p.match >= 0 && p.match == last_match;
      if (!joins) {
        UnnumberedRecommendation g;
        g.first_line = g.last_line = p.line;
        g.rec.id_pos = {p.line, 1};
        g.rec.deadline = p.deadline;
        g.rec.deadline_note = p.note;
        g.rec.text = p.text;
        groups.push_back(std::move(g));
        last_match = p.match;
      } else {
        Milestone m;
        m.pos = {p.line, 1};
        m.deadline = p.deadline;
        m.deadline_note = p.note;
        m.text = p.text;
        groups.back().rec.milestones.push_back(std::move(m));
      }
    }
    for (size_t i = 0; i + 1 < groups.size(); ++i)
      groups[i].last_line = groups[i + 1].first_line - 1;
    UnnumberedRecommendation& tail = groups.back();
    tail.last_line = u.last_line;
    tail.rec.title = u.rec.title;
    tail.rec.owner = u.rec.owner;
    tail.rec.evidence = std::move(u.rec.evidence);
    tail.rec.updates = std::move(u.rec.updates);
    tail.rec.updates_pos = u.rec.updates_pos;
    for (UnnumberedRecommendation& g : groups) out.push_back(std::move(g));
  }
  return out;
}

std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

// A headline with no number followed by lines with no number or label: the
// lines were read as more paragraphs of the text. Those the report says are
// the recommendation's evidence requirements (their words are more like one
// of those than like the report's text) become them, with the report's ids.
void evidence_from_paragraphs(UnnumberedRecommendation& u, const ReportRecommendation& from,
                              const WordWeights& weights, ImportedPlan& imported,
                              ReportMatchOutcome& out) {
  Recommendation& rec = u.rec;
  if (!rec.evidence.empty() || from.evidence.empty() || !rec.milestones.empty()) return;
  std::vector<std::string> parts = paragraphs(rec.text);
  if (parts.size() < 2) return;
  std::vector<int> lines;  // the line of each paragraph, when one a line
  for (int l = u.first_line; l <= u.last_line && size_t(l) <= imported.account.lines.size(); ++l)
    if (imported.account.lines[size_t(l - 1)].fate == LineFate::taken) lines.push_back(l);
  if (lines.size() != parts.size()) lines.assign(parts.size(), u.first_line);
  std::vector<std::string> texts;
  for (const ReportEvidence& e : from.evidence) texts.push_back(e.text);
  std::vector<bool> taken(texts.size(), false);
  std::vector<std::string> report_text = paragraphs(full_text(from));
  std::string kept = parts.front();
  for (size_t i = 1; i < parts.size(); ++i) {
    std::vector<std::string> words = content_words(parts[i]);
    double as_text = 0;
    for (const std::string& p : report_text)
      as_text = std::max(as_text, word_similarity(words, content_words(p), weights));
    Best best = best_match(parts[i], texts, taken, weights);
    if (!best.clear() || best.score < as_text) {
      kept += "\n\n" + parts[i];
      continue;
    }
    taken[size_t(best.index)] = true;
    Evidence ev;
    ev.id = from.evidence[size_t(best.index)].id;
    ev.pos = ev.id_pos = ev.text_pos = {lines[i], 1};
    ev.text = parts[i];
    rec.evidence.push_back(std::move(ev));
    imported.account.set(
        lines[i], LineFate::taken,
        fmt::format("recommendation {}: evidence requirement {}", from.id, rec.evidence.back().id));
    out.notes.push_back(
        fmt::format("line {}: matched by text to evidence requirement {} (score {:.2f}; "
                    "against the recommendation's own text {:.2f})",
                    out.places.file_line(lines[i]), rec.evidence.back().id, best.score, as_text));
  }
  rec.text = kept;
}

// A page may quote a recommendation (often the one on publishing the plan)
// before the plan starts; the importer then reads it as the first dated part
// of the recommendation that follows. When the report says that part is
// another recommendation's words and not this one's, it is the page's
// introduction, and the next part is the recommendation's text.
void drop_quoted_parts(Recommendation& rec, const ReportRecommendation& own,
                       const std::vector<std::string>& texts, const WordWeights& weights,
                       const Report& report, ImportedPlan& imported, ReportMatchOutcome& out) {
  std::vector<bool> none(texts.size(), false);
  while (!rec.milestones.empty()) {
    std::string first = paragraphs(rec.text).front();
    std::vector<bool> others(texts.size(), true);
    others[size_t(&own - report.recommendations.data())] = false;
    double as_own = best_match(first, texts, others, weights).score;
    Best best = best_match(first, texts, none, weights);
    if (!best.clear() || as_own >= match_threshold) return;
    const ReportRecommendation& quoted = report.recommendations[size_t(best.index)];
    if (&quoted == &own) return;
    int line = rec.deadline.pos.line;
    std::string& intro = imported.plan.introduction;
    // As the page has it, with its date in words.
    std::string when = rec.deadline.present() ? "By " + long_date_text(rec.deadline) : "";
    if (!rec.deadline_note.empty()) when += " (" + rec.deadline_note + ")";
    intro += (intro.empty() ? "" : "\n\n") + (when.empty() ? "" : when + ", ") + rec.text;
    imported.account.set(
        line, LineFate::taken,
        fmt::format("introduction (plan.yaml): recommendation {} quoted", quoted.id));
    out.notes.push_back(fmt::format(
        "line {}: the text before recommendation {} is recommendation {}'s words (match score "
        "{:.2f}, against {:.2f} for recommendation {}): taken as the introduction",
        out.places.file_line(line), own.id, quoted.id, best.score, as_own, own.id));
    Milestone next = std::move(rec.milestones.front());
    rec.milestones.erase(rec.milestones.begin());
    rec.deadline = next.deadline;
    rec.deadline_note = next.deadline_note;
    rec.text = next.text;
  }
}

std::string joined_lower(std::vector<std::string> bodies) {
  for (std::string& b : bodies)
    if (!b.empty()) b[0] = char(std::tolower(static_cast<unsigned char>(b[0])));
  return and_list(bodies);
}

/// Why recommendation id is not the addressee's, as the report says (or
/// that the report cannot say); "" when it is the addressee's.
std::string not_theirs(const Report& report, int id, const std::string& addressee) {
  if (const ReportRecommendation* from = find_recommendation(report, id)) {
    if (addressed_to(*from, addressee)) return "";
    return fmt::format("the report ({}) addresses recommendation {} to {}, not to {}", report.file,
                       id, joined_lower(from->addressees), joined_lower({addressee}));
  }
  if (!known_missing(report, id)) return "";  // an unknown number: warned about as unmatched
  auto known = report.missing_addressees.find(id);
  if (known != report.missing_addressees.end()) {
    ReportRecommendation probe;
    probe.addressees = known->second;
    if (addressed_to(probe, addressee)) return "";
    return fmt::format("the report ({}) addresses recommendation {} to {}, not to {}", report.file,
                       id, joined_lower(known->second), joined_lower({addressee}));
  }
  return fmt::format(
      "the report ({}) lists recommendation {} as not held and does not say whom it is "
      "addressed to, so it is not taken as a recommendation to {}",
      report.file, id, joined_lower({addressee}));
}

/// Takes out of the plan the page's rows and sections for recommendations
/// the report makes to other bodies (a page may show the whole report): each
/// is skipped with a located message, its lines accounted as skipped and the
/// importer's messages about them dropped, as nothing of them is imported.
void skip_others_recommendations(ImportedPlan& imported, const Report& report,
                                 const std::string& addressee, const std::string& file) {
  if (addressee.empty()) return;
  // An addressee the report never names is a mistake in --addressee, said
  // elsewhere: nothing is skipped for it.
  bool named = false;
  for (const ReportRecommendation& r : report.recommendations)
    named = named || addressed_to(r, addressee);
  if (!named) return;
  auto& recs = imported.plan.recommendations;
  std::vector<int> starts;
  for (const Recommendation& r : recs) starts.push_back(r.id_pos.line);
  std::sort(starts.begin(), starts.end());
  std::vector<std::pair<int, int>> dropped;  // line ranges
  std::vector<Recommendation> kept;
  std::vector<std::pair<int, std::string>> skipped_notes;
  for (Recommendation& rec : recs) {
    std::string why = not_theirs(report, rec.id, addressee);
    if (why.empty()) {
      kept.push_back(std::move(rec));
      continue;
    }
    int first = rec.id_pos.line, last = first;
    // Its lines: from its first line up to the last one named for it,
    // before the next recommendation's first line.
    int next = int(imported.account.lines.size()) + 1;
    for (int s : starts)
      if (s > first) {
        next = s;
        break;
      }
    std::string prefix = fmt::format("recommendation {}: ", rec.id);
    for (int l = first + 1; l < next && size_t(l) <= imported.account.lines.size(); ++l)
      if (imported.account.lines[size_t(l - 1)].what.rfind(prefix, 0) == 0) last = l;
    for (int l = first; l <= last && size_t(l) <= imported.account.lines.size(); ++l)
      if (imported.account.lines[size_t(l - 1)].fate != LineFate::blank)
        imported.account.set(
            l, LineFate::skipped,
            fmt::format("recommendation {} for another body (not imported)", rec.id));
    dropped.push_back({first, last});
    skipped_notes.push_back({first, fmt::format("not imported: {}; its lines are skipped", why)});
  }
  recs = std::move(kept);
  if (dropped.empty()) return;
  Diagnostics left;
  for (const Diagnostic& d : imported.diagnostics.items()) {
    bool theirs = false;
    for (auto [a, b] : dropped) theirs = theirs || (d.line >= a && d.line <= b);
    if (!theirs) left.add(d);
  }
  for (auto& [line, message] : skipped_notes)
    left.warning("import-unmatched", file, line, 1, message);
  imported.diagnostics = std::move(left);
  std::vector<std::string> notes;  // those about the skipped lines go too
  for (std::string& note : imported.notes) {
    int line = 0;
    bool theirs = false;
    if (std::sscanf(note.c_str(), "line %d:", &line) == 1)
      for (auto [a, b] : dropped)  // notes name the file's lines
        theirs = theirs ||
                 (line >= imported.places.file_line(a) && line <= imported.places.file_line(b));
    if (!theirs) notes.push_back(std::move(note));
  }
  imported.notes = std::move(notes);
}

// Every text of the report, for the weights of its words.
std::vector<std::string> report_texts(const Report& report) {
  std::vector<std::string> out;
  for (const ReportRecommendation& r : report.recommendations) {
    out.push_back(full_text(r));
    for (const ReportEvidence& e : r.evidence) out.push_back(e.text);
  }
  return out;
}

// The report's recommendation that every evidence id of rec names ("7.1"
// and "7.2": 7), when it has those ids; nullptr when they disagree or none is given.
const ReportRecommendation* numbered_by_evidence(const Recommendation& rec, const Report& report) {
  int id = 0;
  for (const Evidence& ev : rec.evidence) {
    if (ev.id.empty()) continue;
    size_t dot = ev.id.find('.');
    int n = dot == std::string::npos ? 0 : std::atoi(ev.id.substr(0, dot).c_str());
    if (n <= 0 || (id != 0 && n != id)) return nullptr;
    id = n;
  }
  const ReportRecommendation* from = id ? find_recommendation(report, id) : nullptr;
  if (!from) return nullptr;
  for (const Evidence& ev : rec.evidence)
    if (!ev.id.empty() && std::none_of(from->evidence.begin(), from->evidence.end(),
                                       [&](const ReportEvidence& e) { return e.id == ev.id; }))
      return nullptr;
  return from;
}

// "7.1 and 7.2"
std::string evidence_ids(const Recommendation& rec) {
  std::vector<std::string> ids;
  for (const Evidence& ev : rec.evidence)
    if (!ev.id.empty()) ids.push_back(ev.id);
  return and_list(ids);
}

}  // namespace

TextMatch match_recommendation_text(const Report& report, const std::string& text) {
  std::vector<std::string> texts;
  for (const ReportRecommendation& r : report.recommendations) texts.push_back(full_text(r));
  std::vector<bool> taken(texts.size(), false);
  Best best = best_match(text, texts, taken, WordWeights(report_texts(report)));
  TextMatch out;
  if (best.index >= 0) out.id = report.recommendations[size_t(best.index)].id;
  if (best.second >= 0) out.runner_up_id = report.recommendations[size_t(best.second)].id;
  out.score = best.score;
  out.runner_up = best.runner_up;
  out.clear = best.clear();
  return out;
}

ReportMatchOutcome match_to_report(ImportedPlan& imported, const Report& report,
                                   const std::string& addressee, const std::string& file) {
  ReportMatchOutcome out;
  out.places = imported.places;
  auto& recs = imported.plan.recommendations;
  const auto& theirs = report.recommendations;
  std::vector<bool> taken(theirs.size(), false);
  std::vector<std::string> texts, names;
  for (const ReportRecommendation& r : theirs) {
    texts.push_back(full_text(r));
    names.push_back(std::to_string(r.id));
  }
  const WordWeights weights(report_texts(report));

  skip_others_recommendations(imported, report, addressee, file);
  for (Recommendation& rec : recs) {
    const ReportRecommendation* from = find_recommendation(report, rec.id);
    if (!from) {
      if (!known_missing(report, rec.id))
        imported.diagnostics.warning(
            "import-unmatched", file, rec.id_pos.line, 1,
            fmt::format("the page's recommendation {} is not in the report {} (it has {}); "
                        "check its number",
                        rec.id, report.file, report.recommendation_count));
      continue;
    }
    taken[size_t(from - theirs.data())] = true;
    drop_quoted_parts(rec, *from, texts, weights, report, imported, out);
    take_from_report(rec, *from, out);
  }
  imported.unnumbered = split_by_report(std::move(imported.unnumbered), texts, weights);
  for (UnnumberedRecommendation& u : imported.unnumbered) {
    // The headline (and dated parts) only: lines after it may be evidence
    // requirements, which the report's text does not hold.
    std::string words = paragraphs(u.rec.text).front();
    for (const Milestone& m : u.rec.milestones) words += "\n\n" + m.text;
    Best best = best_match(words, texts, taken, weights);
    int first = out.places.file_line(u.first_line), last = out.places.file_line(u.last_line);
    std::string lines =
        first == last ? fmt::format("line {}", first) : fmt::format("lines {}-{}", first, last);
    // Numbers on the page win over words: evidence ids under the heading
    // (7.1, 7.2) say which recommendation it is.
    const ReportRecommendation* from = numbered_by_evidence(u.rec, report);
    if (from && taken[size_t(from - theirs.data())]) from = nullptr;
    if (from) {
      size_t i = size_t(from - theirs.data());
      std::vector<bool> others(theirs.size(), true);
      others[i] = false;
      double own = best_match(words, texts, others, weights).score;
      out.notes.push_back(fmt::format(
          "{}: numbered {} by its evidence requirements {} (its text scores {:.2f} against "
          "recommendation {}{})",
          lines, from->id, evidence_ids(u.rec), own, from->id,
          best.clear() && best.index != int(i)
              ? fmt::format("; its words are more like recommendation {}'s, at {:.2f}: check it",
                            names[size_t(best.index)], best.score)
              : ""));
    } else if (best.clear()) {
      from = &theirs[size_t(best.index)];
      out.notes.push_back(fmt::format("{}: matched by text to recommendation {} ({})", lines,
                                      from->id, score_text(best, "recommendation", names)));
    } else {
      std::string why = fmt::format(
          "the recommendation on {} gives no number and is not matched to the report by its "
          "text: {}; add its number ('Recommendation N') above line {}",
          lines, no_match_text(best, "recommendation", names), first);
      imported.diagnostics.warning("import-unmatched", file, u.first_line, 1, why);
      mark_not_understood(imported.account, u.first_line, u.last_line, why);
      continue;
    }
    taken[size_t(from - theirs.data())] = true;
    evidence_from_paragraphs(u, *from, weights, imported, out);
    imported.account.name_recommendation(u.first_line, u.last_line, from->id);
    take_from_report(u.rec, *from, out);
    recs.push_back(std::move(u.rec));
  }
  imported.unnumbered.clear();
  for (Recommendation& rec : recs) {
    if (const ReportRecommendation* from = find_recommendation(report, rec.id)) {
      match_evidence(rec, *from, file, weights, imported, out);
      std::stable_sort(rec.evidence.begin(), rec.evidence.end(), evidence_order);
    }
  }
  std::sort(recs.begin(), recs.end(),
            [](const Recommendation& a, const Recommendation& b) { return a.id < b.id; });
  for (size_t i = 0; i < theirs.size(); ++i)
    if (!taken[i] && (addressee.empty() || addressed_to(theirs[i], addressee)))
      out.not_answered.push_back(theirs[i].id);
  imported.diagnostics.sort();
  return out;
}

}  // namespace plan
