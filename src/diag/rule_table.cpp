#include "diag/rule_table.h"

namespace plan {

const Rule* find_rule(std::string_view id) {
  for (const Rule& r : rule_table)
    if (r.id == id) return &r;
  return nullptr;
}

}  // namespace plan
