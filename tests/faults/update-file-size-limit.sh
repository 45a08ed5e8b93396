# plan update under a file-size limit (ulimit -f) smaller than the new file:
# the write fails with "File too large" (not a SIGXFSZ crash), exit 2, the
# file unchanged and no temporary file left.
source "$(dirname "$0")/lib.sh"
make_plan
snapshot
size=$(stat -c %s plan/recommendations/7.yaml)
# prlimit counts in bytes; the new file is larger than the old one. The limit
# applies to every file plan writes, so its output goes through a pipe.
(env -u PLAN_DIR timeout 10 prlimit --fsize="$size" "$plan_bin" update 7 --status "In Progress" \
  --note "Started." --date 2025-01-10 < /dev/null; echo $? > rc) 2>&1 | cat > err
rc=$(cat rc)
expect_rc 2
expect_in err "plan: error: cannot write 'plan/recommendations/7.yaml': File too large"
expect_unchanged
expect_no_temp_files
finish
