"""A session over a folder: loading (cache, worker processes), live updates, what was seen."""
