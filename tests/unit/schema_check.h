// Checks a JSON document against one of the project's schemas (schemas/NAME)
// with valijson, as the unit tests of the JSON outputs do.
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "util/files.h"

namespace plan::test {

/// Every problem valijson finds in doc against schemas/schema_file, one per line.
inline std::string schema_problems(const nlohmann::json& doc, const std::string& schema_file) {
  ReadResult r = read_file(std::string(PLAN_SOURCE_DIR) + "/schemas/" + schema_file);
  REQUIRE(r.ok);
  nlohmann::json schema_doc = nlohmann::json::parse(r.data);
  valijson::Schema schema;
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_doc);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(doc);
  validator.validate(schema, target, &results);
  std::string out;
  valijson::ValidationResults::Error e;
  while (results.popError(e)) {
    for (const std::string& c : e.context) out += c;
    out += ": " + e.description + "\n";
  }
  return out;
}

}  // namespace plan::test
