// The text of the automation files `plan init` writes: a pre-commit hook and
// CI pipelines for GitHub Actions and GitLab that validate on every push and
// render the public page on a release. Kept apart so each reads as a file.
#pragma once

namespace plan {

extern const char* const pre_commit_config;
extern const char* const github_workflow;
extern const char* const gitlab_ci;

}  // namespace plan
