#!/usr/bin/env bash
# `npm run test:any-date`: the jest suites under Debian's faketime at dates that catch date bugs; fails naming each.
#   npm run test:any-date                        every suite at each date
#   npm run test:any-date -- test/unit           arguments go to jest (a folder, -t, ...)
#   ANY_DATES='2028-02-29 12:00' npm run test:any-date   other dates (UTC, separated by ';')
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v faketime >/dev/null 2>&1; then
  echo "test:any-date: needs Debian's faketime (apt-get install faketime)" >&2
  exit 2
fi

# The night Europe moves to summer time; a leap day; the year's end, which is already midnight in Vietnam (UTC+7).
default_dates='2027-03-28 01:30;2028-02-29 12:00;2026-12-31 17:30'
IFS=';' read -r -a dates <<<"${ANY_DATES:-$default_dates}"

failed=()
summary=()
for at in "${dates[@]}"; do
  target=$(date -u -d "$at UTC" +%s) || exit 2
  started=$(date +%s)
  echo
  echo "test:any-date: jest with the clock at $at UTC"
  # An offset from the real clock (not faketime's "@" start time): every process the suites start (PostgreSQL, the
  # CLI, workers) reads the same instant, and time runs on as usual. Monotonic clocks stay real, so timers do too.
  # Chromium and redis-server keep the real clock: the suites start them without the preload
  # (test/support/real-clock.ts), as FAKETIME_SKIP_CMDS still hooks their clock reads and both then hang.
  FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "$(printf '%+d' $((target - started)))" npm run --silent test:jest -- "$@"
  status=$?
  seconds=$(($(date +%s) - started))
  if [ "$status" -eq 0 ]; then
    summary+=("passed  $at UTC  (${seconds} s)")
  else
    summary+=("FAILED  $at UTC  (${seconds} s, exit $status)")
    failed+=("$at UTC")
  fi
done

echo
echo "test:any-date:"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "test:any-date: failed at ${failed[*]}" >&2
  exit 1
fi
