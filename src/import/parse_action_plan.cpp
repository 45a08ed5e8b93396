#include "import/parse_action_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "import/import_input.h"
#include "import/line_patterns.h"
#include "import/update_draft.h"
#include "load/limits.h"

namespace plan {
namespace {

// Where the next plain paragraph goes, by what the current recommendation has seen last.
enum class Phase {
  heading,   // a "Recommendation N" heading, no text yet
  parts,     // its dated parts: paragraphs extend the last one
  evidence,  // its evidence requirements: paragraphs extend the last one
  details,   // its owner and updates: paragraphs have no place
  rejected,  // an unplaced line: what follows it has no place either
};

// One recommendation being put together from consecutive lines.
struct Block {
  int first_line = 0;
  int last_line = 0;
  std::optional<int> number;
  int number_line = 0;
  Recommendation rec;
  Phase phase = Phase::parts;
};

constexpr int max_unplaced_reports = 100;

std::string line_range(int first, int last) {
  return first == last ? fmt::format("line {}", first) : fmt::format("lines {}-{}", first, last);
}

void append_paragraph(std::string& text, std::string_view paragraph) {
  if (!text.empty()) text += "\n\n";
  text += paragraph;
}

class Importer {
 public:
  Importer(const std::string& file, ImportedPlan& result) : file_(file), result_(result) {}

  void line(int number, std::string_view raw) {
    line_ = number;
    std::string_view text = trim_line(raw);
    LineShape shape = classify_line(text);
    if (shape.kind == LineKind::blank) return;
    if (shape.kind == LineKind::furniture) {
      result_.furniture_lines.push_back(number);
      return;
    }
    switch (shape.kind) {
      case LineKind::heading:
        on_heading(shape);
        break;
      case LineKind::dated_part:
        on_dated_part(shape);
        break;
      case LineKind::evidence:
        on_evidence(shape);
        break;
      case LineKind::evidence_without_id:
        close_update();
        reject(
            "an evidence requirement without its id; put the id (such as 7.1) at the start of "
            "the line");
        break;
      case LineKind::owner:
        on_owner(shape);
        break;
      case LineKind::update_note:
      case LineKind::update_date:
      case LineKind::update_status:
        on_update_line(shape);
        break;
      case LineKind::lead:
        result_.plan.leads.push_back({std::string(shape.role), std::string(shape.text)});
        break;
      default:
        on_paragraph(text);
        break;
    }
    if (block_) block_->last_line = number;
  }

  void finish() {
    close_block();
    result_.plan.introduction = introduction_;
    auto& recs = result_.plan.recommendations;
    std::sort(recs.begin(), recs.end(),
              [](const Recommendation& a, const Recommendation& b) { return a.id < b.id; });
    if (unplaced_ > max_unplaced_reports)
      result_.diagnostics.warning(
          "import-unplaced", file_, first_unreported_, 1,
          fmt::format("{} more lines could not be placed from here on; only the first {} are "
                      "shown",
                      unplaced_ - max_unplaced_reports, max_unplaced_reports));
  }

 private:
  void warn(const char* rule, int line, std::string message) {
    result_.diagnostics.warning(rule, file_, line, 1, std::move(message));
  }

  void unplaced(int line, const std::string& why) {
    if (++unplaced_ > max_unplaced_reports) {
      if (unplaced_ == max_unplaced_reports + 1) first_unreported_ = line;
      return;
    }
    warn("import-unplaced", line, "not imported: " + why);
  }

  // This line has no place, and the paragraphs after it have none either.
  void reject(const std::string& why) {
    unplaced(line_, why);
    rejected_line_ = line_;
    if (block_) block_->phase = Phase::rejected;
  }

  void follows_rejected() {
    unplaced(line_, fmt::format("it follows line {}, which was not imported", rejected_line_));
  }

  void start_block() {
    close_block();
    block_.emplace();
    block_->first_line = block_->last_line = line_;
  }

  void on_heading(const LineShape& shape) {
    start_block();
    block_->number = shape.number;
    block_->number_line = line_;
    block_->rec.title = std::string(shape.text);
    block_->phase = Phase::heading;
  }

  void on_dated_part(const LineShape& shape) {
    close_update();
    if (!block_ || (block_->phase != Phase::heading && block_->phase != Phase::parts))
      start_block();
    DateField deadline;
    deadline.text =
        shape.date->value ? format_iso(*shape.date->value) : std::string(shape.date->text);
    deadline.value = shape.date->value;
    deadline.pos = {line_, 1};
    if (!deadline.value)
      warn("import-date", line_,
           fmt::format("'{}' is not a real date; it is kept as written, so plan validate will "
                       "point at it until it is corrected",
                       shape.date->text));
    Recommendation& rec = block_->rec;
    if (block_->phase == Phase::heading || !rec.deadline.present()) {
      rec.deadline = deadline;
      rec.deadline_note = std::string(shape.note);
      append_paragraph(rec.text, shape.text);
    } else {
      Milestone m;
      m.pos = {line_, 1};
      m.deadline = deadline;
      m.deadline_note = std::string(shape.note);
      m.text = std::string(shape.text);
      rec.milestones.push_back(std::move(m));
    }
    block_->phase = Phase::parts;
  }

  void on_evidence(const LineShape& shape) {
    close_update();
    if (!block_) {
      reject(fmt::format("evidence requirement {} comes before any recommendation's text",
                         shape.evidence_id));
      return;
    }
    if (block_->number && *block_->number != shape.number) {
      reject(fmt::format(
          "evidence requirement {} does not belong to recommendation {} (numbered on line {}); "
          "the text of recommendation {} is missing before it",
          shape.evidence_id, *block_->number, block_->number_line, shape.number));
      return;
    }
    auto& evidence = block_->rec.evidence;
    auto same = std::find_if(evidence.begin(), evidence.end(),
                             [&](const Evidence& e) { return e.id == shape.evidence_id; });
    if (same != evidence.end()) {
      reject(fmt::format("evidence requirement {} appears twice (first on line {})",
                         shape.evidence_id, same->id_pos.line));
      return;
    }
    if (!block_->number) {
      block_->number = shape.number;
      block_->number_line = line_;
    }
    Evidence ev;
    ev.pos = ev.id_pos = ev.text_pos = {line_, 1};
    ev.id = shape.evidence_id;
    ev.text = std::string(shape.text);
    evidence.push_back(std::move(ev));
    block_->phase = Phase::evidence;
  }

  void on_owner(const LineShape& shape) {
    close_update();
    if (!block_) {
      reject("an owner before any recommendation");
      return;
    }
    std::string& owner = block_->rec.owner;
    if (!owner.empty() && owner != shape.text) {
      reject(fmt::format("a second owner for this recommendation; it already has '{}'", owner));
      return;
    }
    owner = std::string(shape.text);
    block_->phase = Phase::details;
  }

  void on_update_line(const LineShape& shape) {
    if (!block_) {
      reject("an update before any recommendation");
      return;
    }
    if (!update_ || update_->repeats(shape.kind)) {
      close_update();
      update_.emplace();
      update_->first_line = line_;
    }
    update_->last_line = line_;
    block_->phase = Phase::details;
    for (const DraftWarning& w : read_update_line(*update_, shape, result_.plan.statuses))
      warn(w.rule, line_, w.message);
  }

  void on_paragraph(std::string_view text) {
    if (update_ && update_->note_open) {
      update_->last_line = line_;
      append_paragraph(update_->update.note, text);
      return;
    }
    if (!block_) {
      // Before the first recommendation: the introduction, unless a line was rejected there.
      if (rejected_line_)
        follows_rejected();
      else
        append_paragraph(introduction_, text);
      return;
    }
    Recommendation& rec = block_->rec;
    switch (block_->phase) {
      case Phase::heading:
      case Phase::parts:
        append_paragraph(rec.milestones.empty() ? rec.text : rec.milestones.back().text, text);
        block_->phase = Phase::parts;
        break;
      case Phase::evidence:
        append_paragraph(rec.evidence.back().text, text);
        break;
      case Phase::details:
        reject(update_ ? "a paragraph after an update's Date or Status line; if it belongs to the "
                         "update, move it above them"
                       : "a paragraph after the recommendation's owner, where nothing else goes");
        break;
      case Phase::rejected:
        follows_rejected();
        break;
    }
  }

  void close_update() {
    if (!update_) return;
    UpdateDraft draft = std::move(*update_);
    update_.reset();
    std::string missing = draft.missing();
    if (missing.empty()) {
      draft.update.pos = {draft.first_line, 1};
      block_->rec.updates.push_back(std::move(draft.update));
      return;
    }
    unplaced(draft.first_line,
             fmt::format("the update on {}: {}; every update needs a date and a status",
                         line_range(draft.first_line, draft.last_line), missing));
  }

  void close_block() {
    if (!block_) return;
    close_update();
    Block b = std::move(*block_);
    block_.reset();
    auto& recs = result_.plan.recommendations;
    std::string lines = line_range(b.first_line, b.last_line);
    if (!b.number) {
      unplaced(b.first_line,
               fmt::format(
                   "cannot tell which recommendation the text on {} is: no "
                   "'Recommendation N' heading and no evidence id (such as 7.1) says; add a line "
                   "'Recommendation N' above line {} and import again",
                   lines, b.first_line));
      return;
    }
    auto same = std::find_if(recs.begin(), recs.end(),
                             [&](const Recommendation& r) { return r.id == *b.number; });
    if (same != recs.end()) {
      unplaced(b.first_line, fmt::format("recommendation {} appears twice (first on line {}); "
                                         "the second, on {}, was left out",
                                         *b.number, same->id_pos.line, lines));
      return;
    }
    b.rec.id = *b.number;
    b.rec.id_pos = {b.first_line, 1};
    if (!b.rec.deadline.present())
      warn("import-incomplete", b.first_line,
           fmt::format("recommendation {} has no deadline (a line such as 'By 27 March 2025, …'); "
                       "add it to recommendations/{}.yaml",
                       *b.number, *b.number));
    else if (b.rec.text.empty())
      warn("import-incomplete", b.rec.deadline.pos.line,
           fmt::format("recommendation {} has a deadline but no text; add it to "
                       "recommendations/{}.yaml",
                       *b.number, *b.number));
    recs.push_back(std::move(b.rec));
  }

  const std::string& file_;
  ImportedPlan& result_;
  int line_ = 0;
  std::optional<Block> block_;
  std::optional<UpdateDraft> update_;
  std::string introduction_;
  int unplaced_ = 0;
  int first_unreported_ = 0;
  int rejected_line_ = 0;  // the last line rejected
};

}  // namespace

ImportedPlan parse_action_plan(std::string_view text, const std::string& file) {
  ImportedPlan result;
  if (!check_import_bytes(text, file, result.diagnostics)) return result;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // Notepad's byte-order mark
  Importer importer(file, result);
  int number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    importer.line(++number, text.substr(start, end - start));
    start = end + 1;
  }
  importer.finish();
  if (result.plan.recommendations.empty()) {
    result.diagnostics.error(
        "import-no-recommendations", file, 0, 0,
        "found no recommendations: expected lines such as 'By 27 March 2025, …' followed by "
        "evidence requirements such as '7.1 - …'");
    return result;
  }
  if (result.plan.recommendations.size() > limits::max_imported_recommendations) {
    result.diagnostics.error(
        "import-too-many", file, 0, 0,
        fmt::format("found {} recommendations, more than the {} a plan can hold; check this is "
                    "an action plan's text",
                    result.plan.recommendations.size(), limits::max_imported_recommendations));
    return result;
  }
  result.diagnostics.sort();
  result.ok = true;
  return result;
}

}  // namespace plan
