//! Unit tests of the checker (the reject corpus tests it against rustc).
