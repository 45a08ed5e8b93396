# plan update and plan new in a folder they may not write to: exit 2 with the
# path and the system's reason; nothing changed, no temporary file left.
source "$(dirname "$0")/lib.sh"
make_plan
snapshot
chmod 555 plan/recommendations
unprivileged
if "${priv[@]}" touch plan/recommendations/probe 2> /dev/null; then
  rm -f plan/recommendations/probe
  echo "SKIP: the folder stays writable here despite its mode"; exit 77
fi
run "${priv[@]}" -- update 7 --status "In Progress" --note "Started." --date 2025-01-10
expect_rc 2
expect_in err "cannot write to the folder of 'plan/recommendations/7.yaml': Permission denied"
run "${priv[@]}" -- new 9 --deadline 2025-06-30 --text "do more."
expect_rc 2
expect_in err "cannot write to the folder of 'plan/recommendations/9.yaml': Permission denied"
chmod 755 plan/recommendations
expect_unchanged
expect_no_temp_files
finish
