// The text of the automation files `plan init` writes: a pre-commit hook, CI
// pipelines for GitHub Actions, GitLab and Azure Pipelines that validate on every push and
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
  std::string deb_url;     // the released .deb of this version, when the release named one
};

/// The Debian packages that build plan (scripts/build-deps.txt, embedded at
/// build time), one line, space-separated.
std::string build_dependencies();

extern const char* const pre_commit_config;
std::string ci_install_plan_script();
extern const char* const ci_validate_script;
extern const char* const ci_render_script;

std::string github_workflow(const CiSource& source);
std::string gitlab_ci(const CiSource& source);
std::string azure_pipelines(const CiSource& source);

}  // namespace plan
