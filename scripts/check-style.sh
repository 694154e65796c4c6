#!/usr/bin/env bash
# House rules a compiler does not check, run by `make test` (CTest "style"):
#  1. every C++ file is formatted as .clang-format says;
#  2. SQL is written only in src/store/ (and the migrations under data/embed/migrations/).
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
status=0

mapfile -t files < <(find src include tests bench fuzz -name '*.cpp' -o -name '*.hpp' -o -name '*.h' | sort)
if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/motcua-format.$$; then
  echo "style: not formatted (run clang-format -i on these):"
  grep -oE '^[^:]+\.(cpp|hpp|h):' /tmp/motcua-format.$$ | sort -u | sed 's/:$//; s/^/  /'
  status=1
fi
rm -f /tmp/motcua-format.$$

# A string literal that starts with an SQL statement's keyword, or a call into a database
# library, outside the store: the statement belongs in a repository of src/store/.
sql='"[[:space:]]*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|WITH)[[:space:]]'
if hits=$(grep -rnE "$sql|sqlite3_|PQexec|\.prepare\(|\.exec\(" src include \
    --include='*.cpp' --include='*.hpp' | grep -vE '^(src|include/motcua)/store/'); then
  echo "style: SQL outside src/store/:"
  echo "$hits" | sed 's/^/  /'
  status=1
fi

[ $status -eq 0 ] && echo "style holds: ${#files[@]} files formatted, no SQL outside src/store/"
exit $status
