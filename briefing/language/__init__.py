"""Language knowledge as data: the lexicons (en/*.yaml), their loading and rule tables."""
