#!/bin/sh
# Sort a folder of draft e-mails (*.eml, *.txt, *.md) into ready/ and
# needs-work/ with `tactful check --quiet`: only the exit status is used.
#
#   tactful-filter.sh DRAFTS-FOLDER [tactful check options, e.g. --fail-on warning]
#
# Exit status: 0 all ready, 1 some need work, 2 tactful could not check a file
# (that file is left where it was).
set -u
drafts=${1:?usage: tactful-filter.sh DRAFTS-FOLDER [OPTIONS]}
shift
TACTFUL=${TACTFUL:-tactful}
mkdir -p "$drafts/ready" "$drafts/needs-work"

status=0
for draft in "$drafts"/*.eml "$drafts"/*.txt "$drafts"/*.md; do
  [ -f "$draft" ] || continue
  "$TACTFUL" check --quiet "$@" "$draft"
  case $? in
    0) mv "$draft" "$drafts/ready/" ;;
    1) mv "$draft" "$drafts/needs-work/"
       [ "$status" = 2 ] || status=1 ;;
    *) echo "tactful-filter: could not check $draft" >&2
       status=2 ;;
  esac
done

# For the whole folder at once (a worker per core, one report):
#   tactful check "$drafts/needs-work"
exit "$status"
