"""Cleaning text and splitting it into sentences."""
