// Turns a parsed YAML tree into the plain model. Takes only values of the
// right type; the schema check has already reported the rest.
#pragma once

#include "load/yaml_tree.h"
#include "model/plan.h"

namespace plan {

void build_plan(const YNode& root, Plan& plan);
void build_recommendation(const YNode& root, Recommendation& rec);

}  // namespace plan
