#include "aggregate/manifest_inputs.h"

#include <fmt/format.h>

#include <algorithm>

namespace plan {

ManifestInputs manifest_inputs(const Manifest& m, const Collected& collected) {
  ManifestInputs out;
  for (size_t i = 0; i < m.forces.size(); ++i) {
    const CollectedSource& c = collected.sources[i];
    if (c.refused) {
      out.list.refused.push_back(*c.refused);
      out.force_of[c.refused->path] = i;
      continue;
    }
    out.force_of[c.path] = i;
    if (c.page) {
      out.list.inputs.push_back({InputRef::Kind::page, c.path});
      continue;
    }
    InputList one = find_inputs({c.path});
    if (one.inputs.size() > 1) {
      out.list.refused.push_back(
          {c.path,
           fmt::format("the source holds {} plans; a manifest's source is one force's plan "
                       "folder or export (list the others as forces of their own)",
                       one.inputs.size()),
           "the source holds several plans", m.forces[i].name});
      continue;
    }
    for (InputRef& in : one.inputs) {
      out.force_of[in.path] = i;
      out.list.inputs.push_back(std::move(in));
    }
    for (RefusedInput& r : one.refused) {
      out.force_of[r.path] = i;
      out.list.refused.push_back(std::move(r));
    }
    for (NotRead& n : one.not_read) out.list.not_read.push_back(std::move(n));
  }
  return out;
}

void name_refused(const Manifest& m, const ManifestInputs& in, std::vector<RefusedInput>& refused) {
  for (RefusedInput& r : refused) {
    auto it = in.force_of.find(r.path);
    if (it == in.force_of.end()) continue;
    const ManifestForce& f = m.forces[it->second];
    r.path = source_text(f.source);
    if (!r.duplicate) r.organisation = f.name;
  }
}

void name_counted(const Manifest& m, const ManifestInputs& in, Aggregate& a) {
  for (AggregateForce& f : a.forces) {
    auto it = in.force_of.find(f.source);
    if (it == in.force_of.end()) continue;
    const ManifestForce& force = m.forces[it->second];
    f.source = source_text(force.source);
    if (!force.contact.empty()) a.contacts[f.organisation] = force.contact;
    if (!force.groups.empty()) a.groups[f.organisation] = force.groups;
  }
  for (const RefusedInput& r : a.refused) {
    if (r.duplicate) continue;
    for (const ManifestForce& force : m.forces) {
      if (force.name != r.organisation) continue;
      if (!force.contact.empty()) a.contacts[force.name] = force.contact;
      if (!force.groups.empty()) a.groups[force.name] = force.groups;
    }
  }
}

std::string without_cache_paths(const Manifest& m, const ManifestInputs& in, std::string text) {
  // Longest first, so a copy's plan/ folder is named before the copy itself.
  std::vector<std::pair<std::string, std::string>> copies;
  for (const auto& [path, i] : in.force_of) {
    const ManifestSource& source = m.forces[i].source;
    if (source.kind != ManifestSource::Kind::path && path != source.resolved)
      copies.emplace_back(path, source_text(source));
  }
  std::sort(copies.begin(), copies.end(),
            [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (const auto& [path, source] : copies)
    for (size_t at = text.find(path); at != std::string::npos;
         at = text.find(path, at + source.size()))
      text.replace(at, path.size(), source);
  return text;
}

}  // namespace plan
