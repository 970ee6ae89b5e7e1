# Sourced by the other scripts: where the project is, and its tools first on
# PATH (binaryen's wasm-opt from .tools/, then cargo-installed binaries).
TASKSCOPE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TASKSCOPE_TOOLS="$TASKSCOPE_ROOT/.tools"
export PATH="$TASKSCOPE_TOOLS/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
