// The text of the automation files `plan init` writes: a pre-commit hook, CI
// pipelines for GitHub Actions and GitLab that validate on every push and
// publish the page on a release, and the small scripts those pipelines call
// (ci/*.sh), which run the same way on a laptop. Kept apart so each reads as a file.
#pragma once

#include <string>

namespace plan {

/// Where CI builds plan from when no released package is configured: the
/// repository plan was released from and the tag of this version.
struct CiSource {
  std::string repository;  // e.g. https://github.com/ORG/plan.git; may be empty
  std::string tag;         // e.g. v1.2.0
};

extern const char* const pre_commit_config;
extern const char* const ci_install_plan_script;
extern const char* const ci_validate_script;
extern const char* const ci_render_script;

std::string github_workflow(const CiSource& source);
std::string gitlab_ci(const CiSource& source);

}  // namespace plan
