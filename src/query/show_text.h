// `plan show`: one recommendation in full (its text, milestones, evidence
// requirements and every update, internal ones marked), or one evidence
// requirement within its recommendation, wrapped to a width for reading.
#pragma once

#include <string>

#include "model/plan.h"

namespace plan {

std::string show_recommendation(const Plan& plan, const Recommendation& rec, Date as_of, int width);

std::string show_evidence(const Plan& plan, const Recommendation& rec, const Evidence& ev,
                          Date as_of, int width);

}  // namespace plan
