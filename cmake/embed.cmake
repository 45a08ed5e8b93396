# Writes a C++ file defining `extern const char* const <NAME>` holding the text
# of INPUT, so the binary carries its schemas and templates.
# Usage: cmake -DINPUT=file -DOUTPUT=file.cpp -DNAME=symbol -P embed.cmake
file(READ "${INPUT}" content)
string(FIND "${content}" ")plan_embed\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by cmake/embed.cmake; do not edit.\n"
  "namespace plan {\nextern const char* const ${NAME};\n"
  "const char* const ${NAME} = R\"plan_embed(${content})plan_embed\";\n}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
