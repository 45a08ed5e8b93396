# Writes the man page plan(1) from the command pages in docs/commands/, so
# each option is described in one place (the page) besides the code's --help.
# Usage: awk -v version=1.2.3 -f scripts/man_page.awk docs/commands/plan.md \
#            docs/commands/<command>.md ... > plan.1
# plan.md gives the title, the global sections and, at the line
# "<!-- commands -->", the place of the COMMANDS section; each other page is
# one command (".SS") with its sections as bold labels.
# Only the Markdown the pages use is understood: headings, paragraphs, "- "
# lists (an item "- `--opt ARG`: text" under Options or Arguments is a tagged
# paragraph), fenced code, tables, `code`, **bold**, *emphasis*, [links](…).
# POSIX awk only (Debian's mawk), so building the man page needs nothing new.

function esc_unicode(s) {
  gsub(/…/, "...", s); gsub(/→/, "\\[->]", s); gsub(/—/, "\\[em]", s)
  gsub(/–/, "\\[en]", s); gsub(/é/, "\\['e]", s); gsub(/’/, "'", s)
  gsub(/‘/, "'", s); gsub(/“/, "\\[lq]", s); gsub(/”/, "\\[rq]", s)
  gsub(/£/, "\\[Po]", s); gsub(/×/, "\\[mu]", s); gsub(/≥/, "\\[>=]", s)
  gsub(/≤/, "\\[<=]", s); gsub(/•/, "\\[bu]", s)
  return s
}
function esc_code(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); return esc_unicode(s) }
# Text outside code spans: links keep their text, **bold**, *emphasis*.
function esc_text(s,    out) {
  while (match(s, /\[[^]]*\]\([^)]*\)/)) {
    out = substr(s, RSTART + 1)
    out = substr(out, 1, index(out, "](") - 1)
    s = substr(s, 1, RSTART - 1) out substr(s, RSTART + RLENGTH)
  }
  gsub(/\\/, "\\e", s)
  s = esc_unicode(s)
  while (match(s, /\*\*[^*]+\*\*/))
    s = substr(s, 1, RSTART - 1) "\\fB" substr(s, RSTART + 2, RLENGTH - 4) "\\fR" substr(s, RSTART + RLENGTH)
  while (match(s, /\*[^* ][^*]*\*/))
    s = substr(s, 1, RSTART - 1) "\\fI" substr(s, RSTART + 1, RLENGTH - 2) "\\fR" substr(s, RSTART + RLENGTH)
  return s
}
# A line of Markdown to roff: `code` in bold, the rest by esc_text.
function inline(s,    out, i, j) {
  # A link whose text is code: keep the code.
  while (match(s, /\[`[^`]*`\]\([^)]*\)/)) {
    j = substr(s, RSTART + 1)
    j = substr(j, 1, index(j, "](") - 1)
    s = substr(s, 1, RSTART - 1) j substr(s, RSTART + RLENGTH)
  }
  out = ""
  while ((i = index(s, "`")) > 0) {
    j = index(substr(s, i + 1), "`")
    if (j == 0) break
    out = out esc_text(substr(s, 1, i - 1)) "\\fB" esc_code(substr(s, i + 1, j - 1)) "\\fR"
    s = substr(s, i + j + 1)
  }
  out = out esc_text(s)
  return guard_lines(out)
}
# A line starting with a dot or quote would be read as a request.
function guard_lines(s,    n, k, lines, out) {
  n = split(s, lines, "\n")
  for (k = 1; k <= n; k++) {
    if (lines[k] ~ /^[.']/) lines[k] = "\\&" lines[k]
    out = out (k > 1 ? "\n" : "") lines[k]
  }
  return out
}
function emit(s) { if (after_commands) tail = tail s "\n"; else print s }
# A paragraph is kept as Markdown until it ends, so a `code span` may run
# over a line break; para_head is its first roff line, already converted.
function flush() {
  if (para == "" && para_head == "") return
  emit(para_macro)
  if (para_head != "") emit(para_head)
  # An option's description is its first line; more lines start a new one.
  if (para_macro == ".TP" && index(para, "\n") > 0) {
    emit(inline(substr(para, 1, index(para, "\n") - 1)))
    emit(".br")
    para = substr(para, index(para, "\n") + 1)
  }
  if (para != "") emit(inline(para))
  para = ""; para_head = ""
}
function start_para(macro, text) { flush(); para_macro = macro; para = text }
function add_line(text) { para = (para == "" ? text : para "\n" text) }

FNR == 1 {
  flush()
  page = FILENAME; sub(/.*\//, "", page); sub(/\.md$/, "", page)
  top = (page == "plan"); section = ""; fence = 0; table_row = 0
  if (!top && !commands_started) { emit(".SH COMMANDS"); commands_started = 1 }
}
fence {
  if ($0 ~ /^```/) { fence = 0; emit(".fi"); emit(".RE"); next }
  line = esc_code($0); if (line ~ /^[.']/) line = "\\&" line
  emit(line); next
}
/^```/ { flush(); fence = 1; emit(".PP"); emit(".RS 4"); emit(".nf"); next }
/^<!-- commands -->/ { flush(); after_commands = 1; next }
/^<!--/ || /^!\[/ || /^<img/ { flush(); next }
/^# / {
  flush()
  name = substr($0, 3)
  if (top) {
    print ".TH PLAN 1 \"\" \"plan " version "\" \"User Commands\""
    print ".SH NAME"
    name_next = 1
  } else {
    gsub(/`/, "", name)
    emit(".SS \"" esc_code(name) "\"")
  }
  next
}
/^##+ / {
  flush()
  section = $0; sub(/^#+ /, "", section)
  if (top) { heading = toupper(section); emit(".SH " heading) }
  else { emit(".PP"); emit("\\fB" esc_text(section) "\\fR") }
  next
}
/^\|/ {
  if ($0 ~ /^\|[-:| ]+\|$/) next
  table_row++
  if (table_row == 1) { flush(); next }   # the header row
  n = split($0, cells, "|")
  rest = ""
  for (k = 3; k < n; k++) { c = cells[k]; gsub(/^ +| +$/, "", c); rest = rest (rest == "" ? "" : "; ") c }
  c = cells[2]; gsub(/^ +| +$/, "", c)
  start_para(".TP", rest); para_head = inline(c)
  next
}
{ table_row = 0 }
/^- / {
  item = substr($0, 3)
  if ((section == "Options" || section == "Arguments") && item ~ /^`[^`]+`: /) {
    names = substr(item, 2); names = substr(names, 1, index(names, "`") - 1)
    desc = substr(item, index(substr(item, 2), "`") + 4)
    start_para(".TP", desc); para_head = "\\fB" esc_code(names) "\\fR"
  } else {
    start_para(".IP \\(bu 2", item)
  }
  next
}
/^[ \t]*$/ { flush(); next }
top && name_next { name_next = 0; summary = $0; sub(/\.$/, "", summary); print "plan \\- " inline(summary); next }
/^  +/ && para != "" { line = $0; sub(/^ +/, "", line); add_line(line); next }
{
  if (para == "") start_para(".PP", $0)
  else add_line($0)
}
END { flush(); printf "%s", tail }
