#include "render/atom_feed.h"

#include <cctype>

#include "render/force_plan_view.h"
#include "render/markdown.h"
#include "util/markup_escape.h"

namespace plan {
namespace {

// Lower-case letters and digits, runs of anything else as one '-': a piece of
// a URN that reads the same whatever the title's punctuation.
std::string slug(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) && c < 0x80) {
      out += char(std::tolower(c));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "plan" : out;
}

// Atom needs a full date and time. A month-precision date stands for the
// last day of its month (docs/force-plan.md): never earlier than the source
// allows; the entry's text still says only "January 2025".
std::string timestamp(const DateView& d) {
  return sort_key(d) + "T00:00:00Z";
}

}  // namespace

std::string render_atom_feed(const PageView& view, const std::string& page_href,
                             const std::string& feed_href) {
  const std::string base = "urn:x-plan:" + slug(view.organisation) + ":" + slug(view.title);
  std::string updated = !view.latest_updates.empty() && !view.latest_updates[0].date.iso.empty()
                            ? timestamp(view.latest_updates[0].date)
                        : view.published && !view.published->iso.empty()
                            ? timestamp(*view.published)
                            : timestamp(view.as_of);
  std::string who = view.organisation.empty() ? view.title : view.organisation;
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">\n";
  out += "  <title>" + markup_escape(view.title) + ": progress updates</title>\n";
  if (!view.organisation.empty())
    out += "  <subtitle>" + markup_escape(view.organisation) +
           ": the latest published updates on each recommendation</subtitle>\n";
  out += "  <id>" + markup_escape(base) + "</id>\n";
  out += "  <updated>" + updated + "</updated>\n";
  out += "  <author><name>" + markup_escape(who) + "</name></author>\n";
  out +=
      "  <link rel=\"alternate\" type=\"text/html\" href=\"" + markup_escape(page_href) + "\"/>\n";
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + markup_escape(feed_href) +
         "\"/>\n";
  for (const LatestUpdateView& u : view.latest_updates) {
    if (u.date.iso.empty()) continue;  // no real date: a feed entry needs one
    std::string what = !u.action_id.empty() ? "action-" + u.action_id
                       : u.evidence_id.empty()
                           ? "recommendation-" + std::to_string(u.recommendation)
                           : "evidence-" + u.evidence_id;
    std::string id =
        base + ":" + what + ":update-" + u.date.iso + "-" + std::to_string(u.same_day_index);
    std::string title = u.about + ": " + u.status_label;
    if (!u.evidence_id.empty() || !u.action_id.empty())
      title += " (recommendation " + std::to_string(u.recommendation) + ")";
    out += "  <entry>\n";
    out += "    <title>" + markup_escape(title) + "</title>\n";
    out += "    <id>" + markup_escape(id) + "</id>\n";
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" +
           markup_escape(page_href + "#" + u.anchor) + "\"/>\n";
    out += "    <published>" + timestamp(u.date) + "</published>\n";
    out += "    <updated>" + timestamp(u.date) + "</updated>\n";
    if (!u.by.empty()) out += "    <author><name>" + markup_escape(u.by) + "</name></author>\n";
    std::string body = "<p>" + markup_escape(u.date.text) + ": " + markup_escape(u.status_label) +
                       (u.rag ? ", RAG rating: " + markup_escape(u.rag->word) : "") + "</p>";
    if (!u.action_id.empty() && !u.action_text.empty())
      body += "\n<p>Action " + markup_escape(u.action_id) + ": " + markup_escape(u.action_text) +
              "</p>";
    if (!u.note.empty()) body += "\n" + markdown_to_html(u.note);
    out += "    <content type=\"html\">" + markup_escape(body) + "</content>\n";
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  return out;
}

}  // namespace plan
