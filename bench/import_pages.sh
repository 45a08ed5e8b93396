#!/usr/bin/env bash
# Times plan import over 43 generated force pages of about 50 KB each (one
# per force in England and Wales), a third each as a text table, key/value
# blocks and a saved web page, and prints the total wall time.
# Usage: bench/import_pages.sh PLAN_BINARY [WORK_DIR]
set -euo pipefail
plan_bin=$1
work=${2:-$(mktemp -d)}
mkdir -p "$work/pages"
sentence="chief constables should make sure that stalking is recognised, recorded and investigated well, and that victims are kept informed"

table_page() {
  echo "Skip to main content"; echo "Accept all cookies"; echo "Home | News | Our response"
  echo "Rec No. | Recommendation | Evidence requirements of progress/completion | Rec. Owner | Initial response 21st November 2024 | March 2026 update | Status"
  echo "---|---|---|---|---|---|---"
  for r in $(seq 1 29); do
    echo "$r | By 27 March 2025, $sentence (part $r). | $r.1 - The force shows $sentence. | D/Supt Owner $r | We accept this recommendation and $sentence. | Work is complete: $sentence. | Complete"
    for e in 2 3 4 5 6; do
      echo " | | $r.$e - The force shows that $sentence ($e). | Insp Lead $e | | Progress so far: $sentence. | In Progress 50%"
    done
  done
  echo "Back to top"
}

key_value_page() {
  echo "Accept analytics cookies"; echo "Menu"
  for r in $(seq 1 29); do
    echo "Recommendation $r"
    echo "By 27 March 2025, $sentence (part $r)."
    for e in 1 2 3; do
      echo "Recommendation: | $r.$e |"
      echo "Evidence requirements of progress: | The force shows that $sentence ($e). |"
      echo "Recommendation owner: | Head of Public Protection |"
      echo "Force update: | Progress so far: $sentence, and more besides. |"
      echo "Date: | Nov-24 |"
      echo "Status: | In progress |"
    done
  done
}

html_page() {
  echo '<!DOCTYPE html><html lang="en"><head><title>Response</title><script>var x=1;</script></head><body>'
  echo '<div class="cookie-banner"><p>We use cookies.</p><button>Accept</button></div><nav><a href="/">Home</a></nav><main>'
  echo '<table><tr><th>No.</th><th>Recommendation</th><th>Sub recommendation</th><th>Owner</th><th>Update</th><th>Date</th><th>Status</th></tr>'
  for r in $(seq 1 29); do
    echo "<tr><td>$r</td><td>By 27 March 2025, $sentence (part $r).</td><td>$r.1 The force shows $sentence.</td><td>DCI $r</td><td><p>$sentence.</p><p>More: $sentence.</p></td><td>14/01/25</td><td>In Progress 60%</td></tr>"
    for e in 2 3 4; do
      echo "<tr><td></td><td></td><td>$r.$e The force shows that $sentence.</td><td>Insp $e</td><td>$sentence.</td><td>Nov-24</td><td>Complete</td></tr>"
    done
  done
  echo '</table></main><footer>Footer</footer></body></html>'
}

for i in $(seq 1 43); do
  case $((i % 3)) in
    0) table_page > "$work/pages/force-$i.txt" ;;
    1) key_value_page > "$work/pages/force-$i.txt" ;;
    2) html_page > "$work/pages/force-$i.html" ;;
  esac
done
bytes=$(cat "$work"/pages/* | wc -c)
start=$(date +%s.%N)
cpu_before=$(awk '{print $14+$15+$16+$17}' /proc/$$/stat)
for page in "$work"/pages/*; do
  name=$(basename "$page")
  "$plan_bin" import "$page" -o "$work/out/${name%.*}" --published 2024-09-27 \
    --title T --organisation O --owner 'Chief constables' > /dev/null 2>&1 ||
    { echo "import of $page failed"; "$plan_bin" import "$page" -o "$work/fail" 2>&1 | tail -3; exit 1; }
done
end=$(date +%s.%N)
cpu_after=$(awk '{print $14+$15+$16+$17}' /proc/$$/stat)
ticks=$(getconf CLK_TCK)
echo "imported 43 pages, $((bytes / 1024)) KB in all: $(echo "$end - $start" | bc) s wall," \
  "$(echo "scale=2; ($cpu_after - $cpu_before) / $ticks" | bc) s CPU (the rest is waiting for" \
  "each written file to reach the disk: every plan file is written with fsync)"
