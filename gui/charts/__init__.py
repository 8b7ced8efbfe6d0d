"""Live charts: each observes the document and redraws only when its inputs change."""
