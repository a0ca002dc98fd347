# build.sh SOURCE_DIR BUILD_DIR: configures and builds the fuzz targets with
# clang in BUILD_DIR (a tree of its own, beside the preset's).
set -eu
src=$1 build=$2
command -v clang >/dev/null || { echo "clang not found: apt-get install clang libclang-rt-14-dev" >&2; exit 1; }
cmake -S "$src" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug \
      -DRECOV_FUZZ=ON -DRECOV_TESTS=OFF -DRECOV_WERROR=ON >/dev/null
cmake --build "$build" -j2 --target fuzz_when fuzz_range fuzz_ndjson fuzz_config fuzz_region fuzz_cli fuzz_fit fuzz_detect fuzz_sync
