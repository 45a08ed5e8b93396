#include "render/atom_feed.h"

#include <cctype>

#include "render/force_plan_view.h"
#include "render/markdown.h"
#include "util/markup_escape.h"
#include "util/terminal_text.h"
#include "util/url_policy.h"
#include "util/utf8.h"

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

// A file name as a relative URL: bytes other than letters, digits and
// "-._~/" percent-encoded, so "my page.html" is "my%20page.html" (a raw space
// is no URL, and feed readers split or drop it).
std::string href_of(const std::string& file) {
  return encode_file_path(file);
}

// Text escaped for XML, any character XML 1.0 cannot carry (validate
// refuses them in a plan; this keeps the feed well-formed whatever it is
// given) replaced by U+FFFD.
std::string xml_text(const std::string& s) {
  std::string kept;
  kept.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    size_t len = utf8_sequence(s, i, &cp);
    bool carried = len > 0 && (cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20) &&
                   !(cp >= 0x7F && cp <= 0x9F) && !is_noncharacter(cp);
    if (carried)
      kept.append(s, i, len);
    else
      kept += "\xEF\xBF\xBD";
    i += len > 0 ? len : 1;
  }
  return markup_escape(kept);
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
  out += "  <title>" + xml_text(view.title) + ": progress updates</title>\n";
  if (!view.organisation.empty())
    out += "  <subtitle>" + xml_text(view.organisation) +
           ": the latest published updates on each recommendation</subtitle>\n";
  out += "  <id>" + xml_text(base) + "</id>\n";
  out += "  <updated>" + updated + "</updated>\n";
  out += "  <author><name>" + xml_text(who) + "</name></author>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + xml_text(href_of(page_href)) +
         "\"/>\n";
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" +
         xml_text(href_of(feed_href)) + "\"/>\n";
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
    out += "    <title>" + xml_text(title) + "</title>\n";
    out += "    <id>" + xml_text(id) + "</id>\n";
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" +
           xml_text(href_of(page_href) + "#" + u.anchor) + "\"/>\n";
    out += "    <published>" + timestamp(u.date) + "</published>\n";
    out += "    <updated>" + timestamp(u.date) + "</updated>\n";
    if (!u.by.empty()) out += "    <author><name>" + xml_text(u.by) + "</name></author>\n";
    std::string body = "<p>" + xml_text(u.date.text) + ": " + xml_text(u.status_label) +
                       (u.rag ? ", RAG rating: " + xml_text(u.rag->word) : "") + "</p>";
    if (!u.action_id.empty() && !u.action_text.empty())
      body += "\n<p>Action " + xml_text(u.action_id) + ": " + xml_text(u.action_text) + "</p>";
    if (!u.note.empty()) body += "\n" + markdown_to_html(u.note);
    out += "    <content type=\"html\">" + xml_text(body) + "</content>\n";
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  return out;
}

}  // namespace plan
