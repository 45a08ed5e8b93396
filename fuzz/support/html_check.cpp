// The HTML safety check of fuzz_support.h: a small tokenizer that accepts only
// what a template and the Markdown renderer produce, so that any markup that
// came from plan text (which must arrive escaped) is caught.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <set>

#include "support/fuzz_support.h"

namespace plan::fuzz {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool is_void(const std::string& tag) {
  static const std::set<std::string> v = {"area",  "base", "br",   "col",    "embed", "hr", "img",
                                          "input", "link", "meta", "source", "track", "wbr"};
  return v.count(tag) > 0;
}

[[noreturn]] void broken(const std::string& html, size_t at, const char* what) {
  size_t from = at > 80 ? at - 80 : 0;
  std::fprintf(stderr, "HTML property broken at byte %zu: %s\n...%s...\n", at, what,
               html.substr(from, 200).c_str());
  std::abort();
}

}  // namespace

// A URL after entity decoding of the usual suspects, lower-cased, without
// the whitespace and control characters browsers skip.
bool dangerous_url(std::string v) {
  for (const char* e : {"&#58;", "&#x3a;", "&colon;"}) {
    for (size_t at; (at = lower(v).find(e)) != std::string::npos;)
      v.replace(at, std::string(e).size(), ":");
  }
  std::string s;
  for (char c : lower(v))
    if (static_cast<unsigned char>(c) > 0x20) s += c;
  for (const char* scheme : {"javascript:", "vbscript:", "data:"})
    if (s.rfind(scheme, 0) == 0) return true;
  return false;
}

std::vector<std::string> template_tags(const std::string& text) {
  std::set<std::string> found;
  static const std::regex tag("<([a-zA-Z][a-zA-Z0-9-]*)");
  for (std::sregex_iterator it(text.begin(), text.end(), tag), end; it != end; ++it)
    found.insert(lower((*it)[1]));
  return {found.begin(), found.end()};
}

std::vector<std::string> template_attributes(const std::string& text) {
  std::set<std::string> found;
  static const std::regex attr("\\s([a-zA-Z][a-zA-Z0-9:-]*)=\"");
  for (std::sregex_iterator it(text.begin(), text.end(), attr), end; it != end; ++it)
    found.insert(lower((*it)[1]));
  return {found.begin(), found.end()};
}

void check_html(const std::string& html, const std::vector<std::string>& allowed_tags,
                const std::vector<std::string>& allowed_attributes) {
  auto allowed = [](const std::vector<std::string>& list, const std::string& name) {
    return std::find(list.begin(), list.end(), name) != list.end();
  };
  std::vector<std::string> open;
  size_t i = 0;
  auto name_at = [&](size_t& k) {
    size_t start = k;
    while (k < html.size() && (std::isalnum(static_cast<unsigned char>(html[k])) || html[k] == '-'))
      ++k;
    return lower(html.substr(start, k - start));
  };
  while (i < html.size()) {
    char c = html[i];
    if (c == '&') {
      size_t k = i + 1;
      if (k < html.size() && html[k] == '#') {
        ++k;
        if (k < html.size() && (html[k] == 'x' || html[k] == 'X')) ++k;
      }
      size_t start = k;
      while (k < html.size() && std::isalnum(static_cast<unsigned char>(html[k]))) ++k;
      if (k == start || k >= html.size() || html[k] != ';') broken(html, i, "a bare '&'");
      i = k + 1;
      continue;
    }
    if (c != '<') {
      ++i;
      continue;
    }
    size_t at = i++;
    if (html.compare(at, 4, "<!--") == 0) {
      size_t end = html.find("-->", at + 4);
      if (end == std::string::npos) broken(html, at, "an unclosed comment");
      i = end + 3;
      continue;
    }
    if (i < html.size() && html[i] == '!') {  // <!DOCTYPE html>
      size_t end = html.find('>', i);
      if (end == std::string::npos || lower(html.substr(at, 9)) != "<!doctype")
        broken(html, at, "a '<!' that is not a doctype or comment");
      i = end + 1;
      continue;
    }
    bool closing = i < html.size() && html[i] == '/';
    if (closing) ++i;
    std::string tag = name_at(i);
    if (tag.empty() || !std::isalpha(static_cast<unsigned char>(tag[0])))
      broken(html, at, "a '<' that does not start a tag (text must be escaped as &lt;)");
    if (!allowed(allowed_tags, tag)) broken(html, at, "a tag the template does not use");
    if (closing) {
      while (i < html.size() && std::isspace(static_cast<unsigned char>(html[i]))) ++i;
      if (i >= html.size() || html[i] != '>') broken(html, at, "a malformed end tag");
      ++i;
      if (open.empty() || open.back() != tag)
        broken(html, at, "an end tag that closes nothing open");
      open.pop_back();
      continue;
    }
    bool self_closed = false;
    for (;;) {
      while (i < html.size() && std::isspace(static_cast<unsigned char>(html[i]))) ++i;
      if (i >= html.size()) broken(html, at, "a tag that never ends");
      if (html[i] == '>') {
        ++i;
        break;
      }
      if (html.compare(i, 2, "/>") == 0) {
        i += 2;
        self_closed = true;
        break;
      }
      size_t attr_at = i;
      while (i < html.size() && !std::isspace(static_cast<unsigned char>(html[i])) &&
             html[i] != '=' && html[i] != '>' && html[i] != '/')
        ++i;
      std::string attr = lower(html.substr(attr_at, i - attr_at));
      if (attr.empty()) broken(html, attr_at, "garbage inside a tag");
      if (attr.rfind("on", 0) == 0) broken(html, attr_at, "an event-handler attribute");
      if (!allowed(allowed_attributes, attr))
        broken(html, attr_at, "an attribute the template does not use");
      if (i < html.size() && html[i] == '=') {
        ++i;
        if (i >= html.size() || (html[i] != '"' && html[i] != '\''))
          broken(html, i, "an unquoted attribute value");
        char quote = html[i];
        size_t end = html.find(quote, i + 1);
        if (end == std::string::npos) broken(html, i, "an attribute value that never ends");
        std::string value = html.substr(i + 1, end - i - 1);
        if ((attr == "href" || attr == "src" || attr == "action" || attr == "xlink:href") &&
            dangerous_url(value))
          broken(html, i, "a javascript:, vbscript: or data: URL");
        if (value.find('<') != std::string::npos)
          broken(html, i, "a '<' inside an attribute value");
        i = end + 1;
      }
    }
    if (tag == "script" || tag == "style") {  // raw text up to the end tag
      size_t end = lower(html).find("</" + tag, i);
      if (end == std::string::npos) broken(html, at, "an unclosed script or style element");
      i = end;
      open.push_back(tag);
      continue;
    }
    if (!self_closed && !is_void(tag)) open.push_back(tag);
  }
  if (!open.empty()) broken(html, html.size(), ("element never closed: " + open.back()).c_str());
}

}  // namespace plan::fuzz
