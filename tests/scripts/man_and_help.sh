#!/usr/bin/env bash
# --help, the command pages and the man page agree. Each command's options
# (names and one-line descriptions) are declared twice, in the code
# (src/cli/<command>.cpp, shown by `plan COMMAND --help`) and on its page
# (docs/commands/<command>.md, "## Options" and "## Arguments", one
# "- `--name ARG`: description" line each); the man page is generated from
# the pages (scripts/man_page.awk, BUILD_DIR/plan.1). This test fails,
# naming the page to edit, when any two of the three disagree. It also
# lints the generated man page with groff, checks every help shows an
# example, and that docs/reference/rules.md is what scripts/rules_doc.sh writes.
# Usage: man_and_help.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
man_page="$build_dir/plan.1"
pages="$source_dir/docs/commands"

# "key<TAB>description" lines, sorted. A key is an option's names, sorted
# and joined by commas (-o,--output), or an argument's name (ID).
help_entries() {  # COMMAND ("" for plan itself)
  local help
  if [[ -z "$1" ]]; then help=$("$plan_bin" --help); else help=$("$plan_bin" "$1" --help); fi
  awk '
    /^(Options|Positionals):$/ { in_list = 1; positional = ($0 ~ /^Positionals/); next }
    /^[^ ]/ || /^$/ { in_list = 0 }
    !in_list { next }
    /^  [^ ]/ {
      line = substr($0, 3); desc = ""
      if (match(line, /  +/)) { desc = substr(line, RSTART + RLENGTH); line = substr(line, 1, RSTART - 1) }
      split(line, words, " "); key = words[1]
      if (!positional) key = sort_names(key)
      if (key == "--help,-h") { key = ""; next }
      if (desc != "") print key "\t" desc
      next
    }
    /^   +[^ ]/ && key != "" { d = $0; sub(/^ +/, "", d); print key "\t" d; key = "" }
    function sort_names(k,    n, parts, i, j, t, out) {
      n = split(k, parts, ",")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (parts[j] < parts[i]) { t = parts[i]; parts[i] = parts[j]; parts[j] = t }
      for (i = 1; i <= n; i++) out = out (i > 1 ? "," : "") parts[i]
      return out
    }' <<< "$help" | LC_ALL=C sort
}

page_entries() {  # PAGE
  awk '
    /^## / { section = substr($0, 4); next }
    (section == "Options" || section == "Arguments") && /^- `[^`]+`: / {
      names = substr($0, 4); names = substr(names, 1, index(names, "`") - 1)
      desc = substr($0, index(substr($0, 4), "`") + 6)
      n = split(names, words, /[, ]+/)
      if (section == "Arguments") { print words[1] "\t" desc; next }
      m = 0
      for (i = 1; i <= n; i++) if (words[i] ~ /^-/) opts[++m] = words[i]
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (opts[j] < opts[i]) { t = opts[i]; opts[i] = opts[j]; opts[j] = t }
      key = ""; for (i = 1; i <= m; i++) key = key (i > 1 ? "," : "") opts[i]
      print key "\t" desc
    }' "$1" | LC_ALL=C sort
}

man_entries() {  # COMMAND ("" for the global options)
  awk -v cmd="$1" '
    function plain(s) { gsub(/\\f[BIRP]/, "", s); gsub(/\\-/, "-", s); gsub(/\\&/, "", s); gsub(/\\e/, "\\", s); return s }
    /^\.S[HS] / {
      title = plain($0); sub(/^\.S[HS] /, "", title); gsub(/"/, "", title)
      here = (cmd == "" ? title == "OPTIONS" : title == "plan " cmd)
      in_list = (cmd == "" && here); next
    }
    !here { next }
    /^\.PP$/ { label_next = 1; next }
    label_next { label_next = 0; l = plain($0); in_list = (l == "Options" || l == "Arguments"); arguments = (l == "Arguments"); next }
    !in_list { next }
    /^\.TP$/ { head_next = 1; next }
    head_next { head_next = 0; names = plain($0); desc_next = 1; next }
    desc_next {
      desc_next = 0
      n = split(names, words, /[, ]+/)
      if (arguments) { print words[1] "\t" plain($0); next }
      m = 0
      for (i = 1; i <= n; i++) if (words[i] ~ /^-/) opts[++m] = words[i]
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (opts[j] < opts[i]) { t = opts[i]; opts[i] = opts[j]; opts[j] = t }
      key = ""; for (i = 1; i <= m; i++) key = key (i > 1 ? "," : "") opts[i]
      print key "\t" plain($0)
    }' "$man_page" | LC_ALL=C sort
}

# Says, entry by entry, where two lists differ and what to edit.
compare() {  # WHAT_A A_FILE WHAT_B B_FILE FIX
  local key
  while IFS=$'\t' read -r key desc; do
    other=$(awk -F'\t' -v k="$key" '$1 == k { print $2 }' "$4")
    if ! awk -F'\t' -v k="$key" '$1 == k { found = 1 } END { exit !found }' "$4"; then
      fail "$1 has '$key' ($desc) but $3 does not; $5"
    elif [[ "$other" != "$desc" ]]; then
      fail "'$key' is described differently: $1 says '$desc', $3 says '$other'; $5"
    fi
  done < "$2"
  while IFS=$'\t' read -r key desc; do
    awk -F'\t' -v k="$key" '$1 == k { found = 1 } END { exit !found }' "$2" ||
      fail "$3 has '$key' ($desc) but $1 does not; $5"
  done < "$4"
}

[[ -s "$man_page" ]] || { echo "FAIL: no generated man page at $man_page (build the man_page target)"; exit 1; }
warnings=$(groff -man -ww -z "$man_page" 2>&1) || true
[[ -z "$warnings" ]] || fail "groff warns about the man page made from docs/commands/ (see scripts/man_page.awk for the Markdown it understands): $warnings"

"$plan_bin" --version | grep -Eq '^plan [0-9]+\.[0-9]+\.[0-9]+$' || fail "plan --version"
"$plan_bin" --help | grep -q '^Examples:' || fail "plan --help shows no example"

commands=$("$plan_bin" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NF && !/^Subcommands:/{print $1}')
[[ -n "$commands" ]] || fail "no subcommands found in plan --help"
for cmd in "" $commands; do
  page="docs/commands/${cmd:-plan}.md"
  label="plan${cmd:+ $cmd}"
  if [[ ! -f "$source_dir/$page" ]]; then
    fail "'$label' has no page: write $page (docs/commands/show.md shows the shape: summary, Usage, Arguments, Options, Examples, Details)"
    continue
  fi
  if [[ -n "$cmd" ]]; then
    help=$("$plan_bin" "$cmd" --help)
    grep -Eq '^Examples?:' <<< "$help" || fail "plan $cmd --help shows no example"
    summary=$(head -1 <<< "$help")
    [[ "$(sed -n 3p "$source_dir/$page")" == "$summary" ]] ||
      fail "$page: its first paragraph (line 3) should be the command's summary from plan --help: '$summary'"
  fi
  help_entries "$cmd" > "$work/help"
  page_entries "$source_dir/$page" > "$work/page"
  man_entries "$cmd" > "$work/man"
  compare "'$label --help'" "$work/help" "$page" "$work/page" \
    "edit $page ('## Options' or '## Arguments': - \`NAMES ARG\`: the --help description, word for word), or the help text in src/cli/$(cmd_file="${cmd//-/_}"; echo "${cmd_file:-app}").cpp"
  compare "$page" "$work/page" "the man page" "$work/man" \
    "rebuild the man page (cmake --build build --target man_page); if it still differs, $page is not in the shape scripts/man_page.awk reads"
done
for page in "$pages"/*.md; do
  name=$(basename "$page" .md)
  [[ "$name" == plan ]] || grep -qx "$name" <<< "$commands" ||
    fail "docs/commands/$name.md documents a command 'plan $name' that plan --help does not list"
done

bash "$source_dir/scripts/rules_doc.sh" "$plan_bin" > "$work/rules.md"
diff -u "$source_dir/docs/reference/rules.md" "$work/rules.md" > "$work/rules.diff" ||
  fail "docs/reference/rules.md is out of date: run bash scripts/rules_doc.sh build/plan > docs/reference/rules.md
$(cat "$work/rules.diff")"

echo "checked plan and $(wc -w <<< "$commands") subcommands: $(tr '\n' ' ' <<< "$commands")"
finish
