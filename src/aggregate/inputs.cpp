#include "aggregate/inputs.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <system_error>

#include "util/files.h"

namespace plan {
namespace {

namespace fs = std::filesystem;

std::string join(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

bool ends_with_json(const std::string& path) {
  if (path.size() <= 5) return false;
  std::string tail = path.substr(path.size() - 5);
  std::transform(tail.begin(), tail.end(), tail.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return tail == ".json";
}

// The folder holding plan.yaml for a force's repository or its plan/ folder.
std::string plan_folder_in(const std::string& dir) {
  if (is_file(join(dir, "plan.yaml"))) return dir;
  if (is_file(join(join(dir, "plan"), "plan.yaml"))) return join(dir, "plan");
  return "";
}

// Why a file of a folder of inputs is not read.
std::string file_not_read(const std::string& name) {
  if (name == "plan.yml" || name == "plan.YAML")
    return "a plan folder's file is named plan.yaml; rename it to be read";
  if (name.find(".json") != std::string::npos || name.find(".JSON") != std::string::npos)
    return "only files ending in .json are read as exports";
  return "neither a plan folder nor a .json export";
}

void add_folder_of_inputs(const std::string& dir, InputList& out) {
  std::error_code ec;
  std::vector<std::string> names;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().filename().string());
  if (ec) {
    out.refused.push_back(
        {dir, "cannot list the folder: " + ec.message(), "the folder could not be read", ""});
    return;
  }
  std::sort(names.begin(), names.end());
  size_t before = out.inputs.size();
  for (const std::string& name : names) {
    std::string path = join(dir, name);
    if (!name.empty() && name[0] == '.') {
      out.not_read.push_back({path, "a hidden entry"});
    } else if (is_directory(path)) {
      std::string folder = plan_folder_in(path);
      if (!folder.empty())
        out.inputs.push_back({InputRef::Kind::plan_folder, folder});
      else
        out.not_read.push_back(
            {path, "a folder holding no plan (no plan.yaml, nor plan/plan.yaml)"});
    } else if (ends_with_json(name) && is_file(path)) {
      out.inputs.push_back({InputRef::Kind::export_file, path});
    } else {
      out.not_read.push_back({path, file_not_read(name)});
    }
  }
  if (out.inputs.size() == before)
    out.refused.push_back({dir,
                           "no plan here: neither plan.yaml, plan/plan.yaml, nor plan folders or "
                           ".json exports inside",
                           "nothing to read was found", ""});
}

// The same folder or file, however it was named ("kent", "kent/plan",
// "./kent/plan/"): its canonical path.
std::string identity(const InputRef& in) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(in.path, ec);
  return ec ? fs::absolute(in.path, ec).lexically_normal().string() : p.string();
}

}  // namespace

InputList find_inputs(const std::vector<std::string>& args) {
  InputList out;
  std::vector<std::string> sorted = args;
  std::sort(sorted.begin(), sorted.end());
  for (const std::string& arg : sorted) {
    if (is_directory(arg)) {
      std::string folder = plan_folder_in(arg);
      if (!folder.empty())
        out.inputs.push_back({InputRef::Kind::plan_folder, folder});
      else
        add_folder_of_inputs(arg, out);
    } else if (is_file(arg)) {
      out.inputs.push_back({InputRef::Kind::export_file, arg});
    } else {
      std::error_code ec;
      bool exists = fs::exists(fs::symlink_status(arg, ec));
      out.refused.push_back(
          {arg, exists ? "neither a folder nor a regular file" : "no such file or folder",
           exists ? "the file sent could not be read" : "nothing was found where it was expected",
           ""});
    }
  }
  // One input per folder or file: the first by path is kept.
  std::stable_sort(out.inputs.begin(), out.inputs.end(),
                   [](const InputRef& a, const InputRef& b) { return a.path < b.path; });
  std::map<std::string, std::string> seen;  // identity -> path kept
  std::vector<InputRef> kept;
  for (InputRef& in : out.inputs) {
    auto [it, added] = seen.emplace(identity(in), in.path);
    if (added) {
      kept.push_back(std::move(in));
      continue;
    }
    RefusedInput r{
        in.path,
        fmt::format("the same plan as '{}', given already; each force is counted once", it->second),
        "given twice", ""};
    r.duplicate = true;
    out.refused.push_back(std::move(r));
  }
  out.inputs = std::move(kept);
  return out;
}

}  // namespace plan
