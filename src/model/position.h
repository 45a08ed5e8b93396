// The words a plan file and an export use for the force's position on a
// recommendation (docs/force-plan.md), read and written in one place.
#pragma once

#include <string_view>

#include "model/plan.h"

namespace plan {

/// "accepted", "partially-accepted", "not-accepted"; "" for Position::none.
inline const char* position_key(Position p) {
  switch (p) {
    case Position::accepted:
      return "accepted";
    case Position::partially_accepted:
      return "partially-accepted";
    case Position::not_accepted:
      return "not-accepted";
    case Position::none:
      break;
  }
  return "";
}

/// The position in words for people: "accepted", "partially accepted",
/// "not accepted"; "" for Position::none.
inline const char* position_words(Position p) {
  switch (p) {
    case Position::accepted:
      return "accepted";
    case Position::partially_accepted:
      return "partially accepted";
    case Position::not_accepted:
      return "not accepted";
    case Position::none:
      break;
  }
  return "";
}

/// The position a key names; Position::none for any other text.
inline Position position_from_key(std::string_view key) {
  for (Position p : {Position::accepted, Position::partially_accepted, Position::not_accepted})
    if (key == position_key(p)) return p;
  return Position::none;
}

}  // namespace plan
