"""The board-ready PDF report (and the words it shares with the summary and exports)."""
