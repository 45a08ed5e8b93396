#!/usr/bin/env bash
# The CI examples' install step with a released .deb served on 127.0.0.1, in a fresh Debian 12 root.
exec bash "$(dirname "$0")/lib/ci_debootstrap.sh" deb "$@"
