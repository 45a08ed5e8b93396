#include "init/scaffold.h"

#include "check/schema.h"
#include "init/ci_templates.h"
#include "model/plan.h"
#include "text/force_plan_comment.h"
#include "text/yaml_write.h"

namespace plan {
namespace {

DateField date_field(Date d) {
  DateField f;
  f.text = format_iso(d);
  f.value = d;
  return f;
}

std::string example_plan(Date today) {
  Plan p;
  p.title = "Action Plan";
  p.organisation = "Your organisation";
  p.published = date_field(today);
  p.introduction =
      "What this plan responds to, in a paragraph or two. This text opens the published page; "
      "Markdown is allowed.";
  p.leads = {{"Executive Lead", "Name of the executive lead"},
             {"Operational Lead", "Name of the operational lead"}};
  p.owner = "Who owns the recommendations unless a file says otherwise";
  return write_plan_file(p);
}

}  // namespace

const char* const example_recommendation_text =
    "The recommendation as published, word for word. One file per recommendation, named by "
    "its number (1.yaml, 2.yaml, ...).";

namespace {

std::string example_recommendation(Date today) {
  Recommendation r;
  r.id = 1;
  r.deadline = date_field(add_months(today, 6));
  r.deadline_note = "six months from publication";
  r.text = example_recommendation_text;
  Evidence ev;
  ev.id = "1.1";
  ev.text = "What would show this recommendation is met, as the inspectorate listed it.";
  r.evidence.push_back(ev);
  Update u;
  u.date = date_field(today);
  u.status = "Not Started";
  u.by = "Plan owner";
  u.note = "Plan created. Add an update like this one whenever the work moves on, newest last.";
  r.updates.push_back(u);
  return write_recommendation_file(r) + force_plan_comment(r.id);
}

const char* const vscode_settings = R"({
  "yaml.schemas": {
    "./schemas/plan.schema.json": ["plan/plan.yaml"],
    "./schemas/recommendation.schema.json": ["plan/recommendations/*.yaml"]
  }
}
)";

const char* const vscode_extensions = R"({
  "recommendations": ["redhat.vscode-yaml"]
}
)";

const char* const gitattributes =
    "# Recommendation files merge with plan's own driver, so updates recorded on two\n"
    "# branches are both kept. Git runs it only once each clone has it in its config:\n"
    "# run 'plan git-setup' once after cloning.\n"
    "plan/recommendations/*.yaml merge=plan\n";

}  // namespace

std::vector<ScaffoldFile> scaffold_files(Date today, const CiSource& source) {
  return {
      {"plan/plan.yaml", example_plan(today)},
      {"plan/recommendations/1.yaml", example_recommendation(today)},
      {"schemas/plan.schema.json", schema_text(SchemaKind::plan)},
      {"schemas/recommendation.schema.json", schema_text(SchemaKind::recommendation)},
      {".vscode/settings.json", vscode_settings},
      {".vscode/extensions.json", vscode_extensions},
      {".gitattributes", gitattributes},
      {".pre-commit-config.yaml", pre_commit_config},
      {".github/workflows/plan.yml", github_workflow(source)},
      {".gitlab-ci.yml", gitlab_ci(source)},
      {"azure-pipelines.yml", azure_pipelines(source)},
      {"ci/install-plan.sh", ci_install_plan_script()},
      {"ci/validate.sh", ci_validate_script},
      {"ci/render.sh", ci_render_script},
  };
}

}  // namespace plan
