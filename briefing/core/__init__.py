"""The parser: reading files, extracting items, merging them across articles."""
