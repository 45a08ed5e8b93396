// Lines joined into paragraphs: a line broken mid-sentence (a PDF's text, a
// hard-wrapped page, a <br> inside a cell, a browser's copy of one) goes on
// with a space; a line after a sentence's end starts a paragraph.
#pragma once

#include <string>
#include <string_view>

namespace plan {

/// True when next goes on the line text ends with: text stops without a
/// sentence's end, and next starts in lower case, or text stops on a word
/// that cannot end a sentence ("and").
bool wraps_onto(const std::string& text, std::string_view next);

/// Appends a line to a text of paragraphs (separated by a blank line):
/// with a space where it wraps onto the last paragraph, else as a new one.
void append_paragraph(std::string& text, std::string_view paragraph);

}  // namespace plan
