//! Lexer: source text to tokens with byte spans (work in progress).
