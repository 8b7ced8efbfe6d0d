"""Views beyond the main cards and charts: each observes the document and asks core for
its own part, only while it is shown."""
