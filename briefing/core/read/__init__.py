"""Reading article files: finding them, decoding them, recognising their format."""
