"""Extractors: one module per panel, plus the temporal tagger they share."""
