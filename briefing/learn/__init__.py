"""Learning the statement model from annotated articles: gold files, training, cross-validation.

Training is not parsing: this layer sits beside ``briefing.session`` (it drives the parser
over gold articles and scores the result the way ``score.py`` does) and only ``briefing.cli``
imports it.
"""
