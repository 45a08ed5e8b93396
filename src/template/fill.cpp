// The one file that includes mustache.hpp (it is heavy): fills a template
// from a TemplateValue, after checking its shape and what rendering it would
// cost (template/limits.h), and warns about names the data does not have.
#include "template/fill.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <kainjow/mustache.hpp>
#include <unordered_map>

#include "template/limits.h"
#include "template/tags.h"
#include "util/markdown_escape.h"
#include "util/markup_escape.h"
#include "util/suggest.h"

namespace plan {
namespace {

namespace mus = kainjow::mustache;

/// The engine's data for a value: the one copy made of it.
mus::data engine_data(const TemplateValue& v) {
  switch (v.kind) {
    case TemplateValue::Kind::text:
      return mus::data(v.text);
    case TemplateValue::Kind::flag:
      return mus::data(v.flag);
    case TemplateValue::Kind::list: {
      mus::data list{mus::data::type::list};
      for (const TemplateValue& item : v.items) list.push_back(engine_data(item));
      return list;
    }
    case TemplateValue::Kind::fields:
      break;
  }
  mus::data d;
  for (const auto& [name, value] : v.fields) d.set(name, engine_data(value));
  return d;
}

std::function<std::string(const std::string&)> escape_of(TemplateEscape e) {
  switch (e) {
    case TemplateEscape::markup:
      return markup_escape;
    case TemplateEscape::markdown:
      return markdown_escape;
    case TemplateEscape::html:
      break;
  }
  return mus::html_escape<std::string>;
}

/// "my.mustache:2:1: error: Unclosed section ..." from the engine's
/// "Unclosed section ... at 19" (a byte offset into the template).
std::string template_error(const TemplateRun& run, const std::string& message) {
  const std::string& text = run.text;
  std::string name = run.name;
  std::string what = message;
  size_t at = message.rfind(" at ");
  if (at != std::string::npos && at + 4 < message.size() &&
      message.find_first_not_of("0123456789", at + 4) == std::string::npos) {
    size_t offset = std::min(size_t(std::stoul(message.substr(at + 4))), text.size());
    int line = 1, col = 1;
    for (size_t i = 0; i < offset; ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    name += ":" + std::to_string(line) + ":" + std::to_string(col);
    what = message.substr(0, at);
  }
  return name + ": error: " + what + " [template]";
}

/// A name as mustache looks it up: the first part in the innermost context
/// that has it, the rest (after '.') inside that.
const mus::data* resolve(const std::vector<const mus::data*>& stack, const std::string& name) {
  if (name == ".") return stack.back();
  size_t dot = name.find('.');
  std::string first = name.substr(0, dot);
  for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
    const mus::data* found = *it ? (*it)->get(first) : nullptr;
    if (!found) continue;
    while (found && dot != std::string::npos) {
      size_t next = name.find('.', dot + 1);
      found = found->get(name.substr(dot + 1, next == std::string::npos ? next : next - dot - 1));
      dot = next;
    }
    return found;
  }
  return nullptr;
}

/// Every name a built-in template uses: the candidates for "did you mean".
std::vector<std::string> builtin_names(const TemplateRun& run) {
  std::vector<std::string> names;
  for (const TemplateTag& t : template_tags(run.builtin_text))
    if (t.kind != '/') names.push_back(t.name);
  return names;
}

/// Walks a custom template's tags against the data it is rendered with and
/// warns about each name found nowhere in scope. Inside a section over an
/// empty list nothing can be checked, so nothing is.
void warn_unknown_names(const TemplateRun& run, const mus::data& root,
                        std::vector<std::string>& warnings) {
  std::vector<const mus::data*> stack{&root};
  int unchecked_depth = 0;
  std::vector<std::string> candidates = builtin_names(run);
  for (const TemplateTag& t : template_tags(run.text)) {
    if (t.kind == '>') continue;  // refused before this runs
    if (t.kind == '/') {
      if (unchecked_depth > 0)
        --unchecked_depth;
      else if (stack.size() > 1)
        stack.pop_back();
      continue;
    }
    if (unchecked_depth > 0) {
      if (t.kind != 'v') ++unchecked_depth;
      continue;
    }
    const mus::data* found = resolve(stack, t.name);
    if (!found)
      warnings.push_back(run.name + ":" + std::to_string(t.line) + ":" + std::to_string(t.col) +
                         ": warning: unknown name '" + t.name + "' prints nothing" +
                         did_you_mean(t.name, candidates) +
                         " (templates/README.md lists every name) [template-name]");
    if (t.kind == 'v' || t.kind == '>') continue;
    if (t.kind == '#' && found && found->is_list()) {
      if (found->is_empty_list())
        ++unchecked_depth;
      else
        stack.push_back(&found->list_value().front());
    } else {
      stack.push_back(t.kind == '#' && found && found->is_object() ? found : nullptr);
    }
  }
}

/// A template as a tree of pieces, to count what rendering it costs before
/// the engine does it: a template can loop over a list inside a loop over
/// the same list, eight deep, and never finish.
struct Piece {
  char kind = 't';   // 't' text, 'v' a value, '#' or '^' a section
  size_t bytes = 0;  // 't': its length
  size_t steps = 1;  // 't': the pieces the engine splits it into (at each blank)
  const TemplateTag* tag = nullptr;
  std::vector<Piece> body;
};

std::vector<Piece> piece_tree(const std::string& text, const std::vector<TemplateTag>& tags) {
  std::vector<Piece> root;
  std::vector<std::vector<Piece>*> open{&root};
  size_t done = 0;
  auto add_text = [&](size_t from, size_t to) {
    if (to <= from) return;
    Piece p;
    p.bytes = to - from;
    for (size_t i = from; i < to; ++i)
      if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') ++p.steps;
    open.back()->push_back(std::move(p));
  };
  for (const TemplateTag& t : tags) {
    add_text(done, t.start);
    done = t.end;
    if (t.kind == '/') {
      if (open.size() > 1) open.pop_back();
      continue;
    }
    Piece p;
    p.kind = t.kind;
    p.tag = &t;
    open.back()->push_back(std::move(p));
    if (t.kind == '#' || t.kind == '^') open.push_back(&open.back()->back().body);
  }
  add_text(done, text.size());
  return root;
}

/// Bytes and steps of a render, counted the way the engine renders (its own
/// name lookup, kainjow::mustache::context), stopping once over a limit.
struct RenderCost {
  size_t bytes = 0, steps = 0;
  size_t max_bytes = SIZE_MAX, max_steps = SIZE_MAX;
  bool over = false;
  // The innermost section when a limit was passed (line 0: none), copied:
  // the tags it comes from are gone once render_cost returns.
  int at_line = 0, at_col = 0;
  int repeating = 0;  // how many sections around it loop over a list
  std::vector<const TemplateTag*> path;
  std::vector<bool> looping;  // parallel to path
  std::function<std::string(const std::string&)> escape;
  std::unordered_map<const mus::data*, size_t> escaped_size;

  void add(size_t b, size_t s) {
    bytes += b;
    steps += s;
    if (over || (bytes <= max_bytes && steps <= max_steps)) return;
    over = true;
    if (!path.empty()) at_line = path.back()->line, at_col = path.back()->col;
    for (size_t i = 0; i + 1 < looping.size(); ++i) repeating += looping[i];
  }
  size_t value_size(const mus::data& v, bool raw) {
    if (raw) return v.string_value().size();
    auto [it, fresh] = escaped_size.try_emplace(&v, 0);
    if (fresh) it->second = escape(v.string_value()).size();
    return it->second;
  }
};

void count_render(const std::vector<Piece>& pieces, mus::context<std::string>& ctx,
                  RenderCost& cost) {
  for (const Piece& p : pieces) {
    if (cost.over) return;
    if (p.kind == 't') {
      cost.add(p.bytes, p.steps);
      continue;
    }
    const mus::data* var = ctx.get(p.tag->name);
    if (p.kind == 'v') {
      cost.add(var && var->is_string() ? cost.value_size(*var, p.tag->raw) : 0, 1);
      continue;
    }
    bool shown = var && !var->is_false() && !var->is_empty_list();
    cost.add(0, 1);
    if (p.kind == '^') {
      if (shown) continue;
      cost.path.push_back(p.tag);
      cost.looping.push_back(false);
      count_render(p.body, ctx, cost);
    } else if (!shown) {
      continue;
    } else {
      cost.path.push_back(p.tag);
      cost.looping.push_back(var->is_list());
      if (var->is_list()) {
        for (const mus::data& item : var->list_value()) {
          if (cost.over) break;
          ctx.push(&item);
          cost.add(0, 1);
          count_render(p.body, ctx, cost);
          ctx.pop();
        }
      } else {
        ctx.push(var);
        count_render(p.body, ctx, cost);
        ctx.pop();
      }
    }
    cost.path.pop_back();
    cost.looping.pop_back();
  }
}

RenderCost render_cost(const std::string& text, const mus::data& data, TemplateEscape escape,
                       size_t max_bytes, size_t max_steps) {
  std::vector<TemplateTag> tags = template_tags(text);
  std::vector<Piece> tree = piece_tree(text, tags);
  RenderCost cost;
  cost.max_bytes = max_bytes;
  cost.max_steps = max_steps;
  cost.escape = escape_of(escape);
  mus::context<std::string> ctx{&data};
  count_render(tree, ctx, cost);
  return cost;
}

const char* const too_large_rule = "template-too-large";

/// "46 KiB", "64.0 MiB": a size people can read.
std::string size_text(size_t bytes) {
  char buf[32];
  if (bytes < (size_t(1) << 20))
    std::snprintf(buf, sizeof buf, "%zu KiB", (bytes + 1023) / 1024);
  else
    std::snprintf(buf, sizeof buf, "%.1f MiB", double(bytes) / (1 << 20));
  return buf;
}

/// "tmpl:3:5: error: the page ... [template-too-large]", or "" when the
/// custom template's page is within its limits (template_limits.h).
std::string check_render_cost(const TemplateRun& run, const mus::data& data, size_t& max_bytes) {
  RenderCost builtin = render_cost(run.builtin_text, data, run.escape, SIZE_MAX, SIZE_MAX);
  max_bytes = std::max(min_page_bytes_limit, template_budget_factor * builtin.bytes);
  size_t max_steps = std::max(min_render_steps_limit, template_budget_factor * builtin.steps);
  RenderCost cost = render_cost(run.text, data, run.escape, max_bytes, max_steps);
  if (!cost.over) return "";
  std::string where = run.name;
  if (cost.at_line) where += ":" + std::to_string(cost.at_line) + ":" + std::to_string(cost.at_col);
  std::string what =
      cost.bytes > max_bytes
          ? "the page this template makes would be larger than " + size_text(max_bytes)
          : "this template would take more than " + std::to_string(max_steps / 1'000'000) +
                " million steps to render";
  std::string around =
      !cost.at_line         ? ""
      : cost.repeating == 0 ? std::string(" (at this section)")
      : cost.repeating == 1
          ? std::string(" (at this section, inside another section that loops over a list)")
          : " (at this section, inside " + std::to_string(cost.repeating) +
                " other sections that each loop over a list)";
  return where + ": error: " + what + around +
         ", so nothing was rendered; the built-in template's page for this plan is " +
         size_text(builtin.bytes) +
         ". Loop over each list once, not inside another loop over the same list [" +
         too_large_rule + "]";
}

/// Thrown from the engine's output when the page passes its size limit.
struct PageTooLarge {};

}  // namespace

std::string fill_template(const TemplateRun& run, const TemplateValue& value,
                          std::vector<std::string>* warnings) {
  // Before the engine parses it: its cost grows with the square of the depth.
  if (std::optional<TemplateProblem> p = check_template_shape(run.text))
    throw TemplateError{run.name + ":" + std::to_string(p->line) + ":" + std::to_string(p->col) +
                            ": error: " + p->message + " [" + p->rule + "]",
                        true};
  mus::mustache tmpl{run.text};
  if (!tmpl.is_valid()) throw TemplateError{template_error(run, tmpl.error_message())};
  if (run.escape != TemplateEscape::html) tmpl.set_custom_escape(escape_of(run.escape));
  mus::data data = engine_data(value);
  size_t max_bytes = SIZE_MAX;
  if (run.custom) {
    std::string refusal = check_render_cost(run, data, max_bytes);
    if (!refusal.empty()) throw TemplateError{refusal, true};
  }
  if (warnings && run.custom) warn_unknown_names(run, data, *warnings);
  // The count above is an upper bound; this stops the engine all the same
  // should its page ever grow past the limit.
  std::string out;
  try {
    tmpl.render(data, [&out, max_bytes](const std::string& piece) {
      if (piece.size() > max_bytes - out.size()) throw PageTooLarge{};
      out += piece;
    });
  } catch (const PageTooLarge&) {
    throw TemplateError{run.name + ": error: the page this template makes is larger than " +
                            size_text(max_bytes) + ", so nothing was written [" + too_large_rule +
                            "]",
                        true};
  }
  if (!tmpl.is_valid()) throw TemplateError{template_error(run, tmpl.error_message())};
  return out;
}

}  // namespace plan
