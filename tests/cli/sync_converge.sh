#!/bin/bash
# sync_converge: see sync_converge.py.
exec python3 "$(dirname "${BASH_SOURCE[0]}")/sync_converge.py" "$@"
