# One clock: "today" is the date in plan.yaml's timezone (or UTC without
# one), whatever TZ the machine or CI runner has. An update recorded without
# --date gets that date, and validate then agrees it is not in the future.
source "$(dirname "$0")/lib.sh"
[[ -f /usr/share/zoneinfo/Etc/GMT-14 ]] || { echo "SKIP: no tzdata"; exit 77; }
check_zone() {  # check_zone ZONE-IN-PLAN EXPECTED-DATE
  rm -rf plan; make_plan
  [[ -n $1 ]] && printf 'timezone: %s\n' "$1" >> plan/plan.yaml
  for tz in UTC Etc/GMT-14 Etc/GMT+12 America/Los_Angeles Europe/London; do
    rm -rf plan/recommendations/7.yaml
    printf 'id: 7\ndeadline: 2025-03-27\ntext: Forces should act.\n' > plan/recommendations/7.yaml
    env -u PLAN_DIR TZ=$tz "$plan_bin" update 7 --status "In Progress" > out 2> err
    rc=$?
    expect_rc 0
    expect_in plan/recommendations/7.yaml "date: $2"
    env -u PLAN_DIR TZ=$tz "$plan_bin" validate > out 2> err
    rc=$?
    expect_rc 0
  done
}
check_zone "Etc/GMT-14" "$(TZ=Etc/GMT-14 date +%F)"
check_zone "Etc/GMT+12" "$(TZ=Etc/GMT+12 date +%F)"
check_zone "" "$(date -u +%F)"
# A zone the system does not know is an error naming it, not a silent UTC.
rm -rf plan; make_plan; printf 'timezone: Europe/Lodnon\n' >> plan/plan.yaml
run -- validate
expect_rc 1
expect_in out "'Europe/Lodnon' is not a time zone this system knows"
finish
