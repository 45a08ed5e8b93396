#!/usr/bin/env bash
# plan render's Atom feed, read by a real feed parser (Debian's
# python3-feedparser, under /usr/bin/python3): no bozo flag, the bundled
# plan's two updates newest first, links to anchors that exist on the page,
# internal updates never, the same bytes on a second run, and entry ids that
# stay the same when a later update is added. Exit 77 without feedparser.
# Usage: atom_feed.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
plan=$plan_bin
/usr/bin/python3 -c 'import feedparser' 2>/dev/null || { echo "python3-feedparser missing"; exit 77; }
cp -a "$source_dir/plan" "$work/plan" && cp -a "$source_dir/reports" "$work/reports"
cd "$work"
# An internal update that must stay out of the feed and the page.
cat >> plan/recommendations/28.yaml <<'X'
  - date: 2024-12-01
    status: In Progress
    percent: 30
    note: SECRET internal staffing note.
    internal: true
X
unset SOURCE_DATE_EPOCH
"$plan" render --as-of 2025-01-01 > render.out
grep -qx 'wrote site/feed.xml (an Atom feed of 2 published updates)' render.out || fail "render said: $(cat render.out)"
cp site/feed.xml first.xml
check() {  # check FEED EXPECTED_ENTRIES
  /usr/bin/python3 - "$1" site/index.html "$2" <<'X'
import re, sys, feedparser
feed, page, expected = sys.argv[1], open(sys.argv[2], encoding="utf-8").read(), int(sys.argv[3])
d = feedparser.parse(feed)
assert not d.bozo, d.bozo_exception
assert d.version == "atom10", d.version
assert d.feed.title == "Stalking Action Plan: progress updates", d.feed.title
assert len(d.entries) == expected, len(d.entries)
dates = [e.updated for e in d.entries]
assert dates == sorted(dates, reverse=True), dates
assert len({e.id for e in d.entries}) == len(d.entries), "ids repeat"
for e in d.entries:
    anchor = e.link.split("#", 1)[1]
    assert e.link.startswith("index.html#"), e.link
    assert f'id="{anchor}"' in page, f"no anchor {anchor} on the page"
    assert "SECRET" not in e.content[0].value
print("\n".join(f"{e.id} {e.title}" for e in d.entries))
X
}
check site/feed.xml 2 > ids1.txt || fail "feed check"
grep -q 'recommendation-23:update-2024-11-11-1 Recommendation 23: In Progress$' ids1.txt || fail "ids: $(cat ids1.txt)"
grep -q 'SECRET' site/feed.xml site/index.html && fail "an internal update was published"
grep -qF '<link rel="alternate" type="application/atom+xml" title="Stalking Action Plan: progress updates" href="feed.xml">' site/index.html ||
  fail "the page does not link to the feed"
grep -qF '<h2 class="plan-h-section" id="plan-latest-heading">Latest updates</h2>' site/index.html || fail "no Latest updates section"
"$plan" render --as-of 2025-01-01 > /dev/null
cmp -s first.xml site/feed.xml || fail "a second render gave other bytes"
# A later update: the new entry comes first and the old ids stay.
"$plan" update 23 --status "In Progress" --percent 40 --date 2025-01-15 --note "Screening tool live." > /dev/null
"$plan" update 23.1 --status "In Progress" --date 2025-01-15 --note "Evidence gathered." > /dev/null
"$plan" render --as-of 2025-02-01 > /dev/null
check site/feed.xml 4 > ids2.txt || fail "feed check after updates"
head -1 ids2.txt | grep -q 'update-2025-01-15-1 ' || fail "newest not first: $(cat ids2.txt)"
grep -q 'evidence-23.1:update-2025-01-15-1 Evidence requirement 23.1: In Progress (recommendation 23)$' ids2.txt ||
  fail "evidence entry: $(cat ids2.txt)"
while read -r line; do
  grep -qxF "$line" ids2.txt || fail "entry changed after adding updates: $line"
done < ids1.txt
echo "atom feed: parsed without bozo, ordered, linked, reproducible, stable ids"
finish
