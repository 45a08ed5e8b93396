#!/usr/bin/env bash
# The CI examples' install step building plan from a local source clone, in a fresh Debian 12 root.
exec bash "$(dirname "$0")/lib/ci_debootstrap.sh" source "$@"
