# A note read from a pipe that never ends (yes |): refused once it passes
# 1 MiB, in bounded memory, with the file unchanged.
source "$(dirname "$0")/lib.sh"
make_plan
snapshot
# Bounded memory: 256 MiB of address space (not under sanitizers, whose
# shadow memory needs far more; PLAN_SANITIZED is set by CMake then).
limit=(prlimit --as=$((256 * 1024 * 1024)))
[[ -n "${PLAN_SANITIZED:-}" ]] && limit=()
yes | env -u PLAN_DIR timeout 10 "${limit[@]}" "$plan_bin" update 7 \
  --status "In Progress" --note-file - --date 2025-01-10 > out 2> err
rc=$?
expect_rc 2
expect_in err "--note-file: the text is larger than 1 MiB"
expect_unchanged
finish
