#include "load/scalar.h"

#include <catch2/catch.hpp>

using namespace plan;

TEST_CASE("plain scalars resolve by the YAML 1.2 core schema") {
  CHECK(resolve_plain("") == ScalarType::null);
  CHECK(resolve_plain("~") == ScalarType::null);
  CHECK(resolve_plain("null") == ScalarType::null);
  CHECK(resolve_plain("true") == ScalarType::boolean);
  CHECK(resolve_plain("False") == ScalarType::boolean);
  CHECK(resolve_plain("yes") == ScalarType::string);  // YAML 1.1 only
  CHECK(resolve_plain("25") == ScalarType::integer);
  CHECK(resolve_plain("-3") == ScalarType::integer);
  CHECK(resolve_plain("0x1F") == ScalarType::integer);
  CHECK(resolve_plain("0o17") == ScalarType::integer);
  CHECK(resolve_plain("4.1") == ScalarType::real);
  CHECK(resolve_plain("1e3") == ScalarType::real);
  CHECK(resolve_plain(".inf") == ScalarType::real);
  CHECK(resolve_plain("2025-01-15") == ScalarType::string);
  CHECK(resolve_plain("25%") == ScalarType::string);
  CHECK(resolve_plain("7.1.2") == ScalarType::string);
  CHECK(resolve_plain("In Progress") == ScalarType::string);
}
