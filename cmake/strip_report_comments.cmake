# Writes a report file as a force receives it (in the .deb, the Windows zip,
# and so in the repository `plan init --report` makes): the comments at the
# start of a line, which in reports/ are the project's development notes
# (sources, how the text was gathered), are left out; the schema line for
# editors and comments indented inside the data are kept.
# Usage: cmake -DINPUT=reports/x.yaml -DOUTPUT=build/reports/x.yaml -P strip_report_comments.cmake
file(READ "${INPUT}" whole)
# file(STRINGS) drops empty lines and splits on ';': read by hand instead.
string(REPLACE ";" "\\;" whole "${whole}")
string(REPLACE "\n" ";" lines "${whole}")
set(out "")
set(at_start TRUE)
foreach(line IN LISTS lines)
  if(line MATCHES "^# yaml-language-server:")
    string(APPEND out "${line}\n")
  elseif(line MATCHES "^#")
    # a development note: left out
  elseif(at_start AND line STREQUAL "")
    # the blank lines of the left-out header
  else()
    set(at_start FALSE)
    string(APPEND out "${line}\n")
  endif()
endforeach()
string(REGEX REPLACE "\n+$" "\n" out "${out}")
file(WRITE "${OUTPUT}.tmp" "${out}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
