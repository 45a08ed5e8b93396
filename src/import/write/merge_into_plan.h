// plan import -C REPO: bringing a published page into a plan that is already
// there (one made by plan init --report, say). The page fills in what the
// plan has not got yet: owners, updates, the force's response and actions,
// leads and the introduction. The plan's own text, deadlines and evidence
// requirements (the report's) stay; where the page words them differently
// that is reported as validate's report rules report it. Nothing the plan
// already says is replaced unless the analyst asks (--force).
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "import/write/write_imported_plan.h"
#include "model/plan.h"

namespace plan {

/// Something the page says that the plan already says otherwise.
struct MergeConflict {
  std::string where;      // "recommendation 7" or "plan.yaml"
  std::string what;       // "owner: 'Head of Crime' in the plan, 'DCI Smith' on the page"
  bool forceable = true;  // false: not even --force replaces it (something would be lost)
};

struct PlanMerge {
  std::vector<PlanFileText> files;       // the files that change, paths as the plan was loaded
  std::vector<std::string> before;       // parallel to files: the text now ("" for a new file)
  std::vector<std::string> filled;       // what was filled in, one line each
  std::vector<MergeConflict> conflicts;  // what the page would replace
  std::vector<int> not_on_page;          // the plan's recommendations the page does not give
  Diagnostics differences;               // the page against the report (report-* rules)
};

struct MergeInput {
  const Plan& existing;   // as loaded, with its report when it names one
  const Plan& page;       // the imported page, numbered by the report
  std::string page_file;  // the page's path, for the differences' places
  bool replace = false;   // --force: the page's values replace the plan's
};

/// Works out the merged files; writes nothing.
PlanMerge merge_into_plan(const MergeInput& in);

}  // namespace plan
