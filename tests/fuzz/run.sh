# run.sh TARGET SECONDS CORPUS: replays the checked-in corpus, then fuzzes
# for SECONDS more; new inputs go to a scratch directory, never the tree.
set -eu
target=$1 seconds=$2 corpus=$3
scratch=$(mktemp -d "${TMPDIR:-/tmp}/recov-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/new" "$scratch/tmp"
cd "$scratch/tmp"
export TMPDIR="$scratch/tmp"
"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
          -print_final_stats=1 "$scratch/new" "$corpus"
