"""briefing: follow a negotiation from the news in a terminal dashboard."""

__version__ = "0.1.0"
