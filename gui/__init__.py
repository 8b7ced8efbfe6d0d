"""Inferonomics desktop app: PySide6 + pyqtgraph panels over the `core` engine."""
