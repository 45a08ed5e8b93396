// The values a cell or a labelled line holds that every layout reads alike:
// a recommendation's number ("7", "7.1", "Rec 7", "R7"), a RAG colour
// ("Green", "G"), and a colour joined to a status ("Green - Complete").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace plan {

/// "Green", "G", "Amber", "RED": the colour in lower case; "" for anything else.
std::string cell_rag_colour(std::string_view value);

/// A RAG colour and a status in one value: "Green - Complete", "Amber – on
/// track", "Complete (Green)", "In progress / Amber". Both parts, or an
/// empty colour when the value is not so made.
struct RagAndStatus {
  std::string colour;       // "green"
  std::string_view status;  // "Complete"
};
RagAndStatus split_rag_status(std::string_view value);

/// "… the board met. Status: In progress": the status at the end of an
/// update's note, taken off the note; "" when the note gives none.
std::string_view take_inline_status(std::string_view& note);

/// "7" -> 7; "7.1" -> 7 and "7.1"; "Recommendation 7", "Rec 7" too.
bool read_number_cell(std::string_view value, std::optional<int>& number, std::string& evidence_id);

}  // namespace plan
