// The --dry-run diff: the same hunks git diff prints for one changed region.
#include "text/unified_diff.h"

#include <catch2/catch.hpp>

using namespace plan;

TEST_CASE("an insertion at the end shows three lines of context") {
  std::string before = "a\nb\nc\nd\ne\n";
  std::string after = before + "f\ng\n";
  CHECK(unified_diff("x.yaml", before, after) ==
        "--- a/x.yaml\n+++ b/x.yaml\n@@ -3,3 +3,5 @@\n c\n d\n e\n+f\n+g\n");
}

TEST_CASE("an insertion in the middle has context on both sides") {
  CHECK(unified_diff("x", "1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nnew\n5\n6\n7\n8\n") ==
        "--- a/x\n+++ b/x\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+new\n 5\n 6\n 7\n");
}

TEST_CASE("a changed line and a missing final newline are shown as git shows them") {
  CHECK(unified_diff("x", "a\nlast", "a\nlast\nadded") ==
        "--- a/x\n+++ b/x\n@@ -1,2 +1,3 @@\n a\n-last\n\\ No newline at end of file\n"
        "+last\n+added\n\\ No newline at end of file\n");
  CHECK(unified_diff("x", "k: []\n", "k:\n  - 1\n") ==
        "--- a/x\n+++ b/x\n@@ -1 +1,2 @@\n-k: []\n+k:\n+  - 1\n");
}

TEST_CASE("no change, no diff; a new file diffs from nothing") {
  CHECK(unified_diff("x", "same\n", "same\n").empty());
  CHECK(unified_diff("x", "", "a\n") == "--- a/x\n+++ b/x\n@@ -0,0 +1 @@\n+a\n");
  CHECK(unified_diff("/p/x", "", "a\n") == "--- /p/x\n+++ /p/x\n@@ -0,0 +1 @@\n+a\n");
}

TEST_CASE("changes far apart get a hunk each; lines between them are not repeated") {
  std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
  std::string after = "1\nnew\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n";
  CHECK(unified_diff("x", before, after) ==
        "--- a/x\n+++ b/x\n@@ -1,4 +1,5 @@\n 1\n+new\n 2\n 3\n 4\n"
        "@@ -10,3 +11,4 @@\n 10\n 11\n 12\n+13\n");
}
