#include "aggregate/inputs.h"

#include <algorithm>
#include <filesystem>
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
  return path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0;
}

// The folder holding plan.yaml for a force's repository or its plan/ folder.
std::string plan_folder_in(const std::string& dir) {
  if (is_file(join(dir, "plan.yaml"))) return dir;
  if (is_file(join(join(dir, "plan"), "plan.yaml"))) return join(dir, "plan");
  return "";
}

void add_folder_of_inputs(const std::string& dir, InputList& out) {
  std::error_code ec;
  std::vector<std::string> names;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().filename().string());
  if (ec) {
    out.refused.push_back({dir, "cannot list the folder: " + ec.message()});
    return;
  }
  std::sort(names.begin(), names.end());
  size_t before = out.inputs.size();
  for (const std::string& name : names) {
    if (name.empty() || name[0] == '.') continue;
    std::string path = join(dir, name);
    if (is_directory(path)) {
      std::string folder = plan_folder_in(path);
      if (!folder.empty()) out.inputs.push_back({InputRef::Kind::plan_folder, folder});
    } else if (ends_with_json(name)) {
      out.inputs.push_back({InputRef::Kind::export_file, path});
    }
  }
  if (out.inputs.size() == before)
    out.refused.push_back({dir,
                           "no plan here: neither plan.yaml, plan/plan.yaml, nor plan folders or "
                           ".json exports inside"});
}

}  // namespace

InputList find_inputs(const std::vector<std::string>& args) {
  InputList out;
  for (const std::string& arg : args) {
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
          {arg, exists ? "neither a folder nor a regular file" : "no such file or folder"});
    }
  }
  return out;
}

}  // namespace plan
