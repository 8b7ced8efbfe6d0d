"""Data files of Inferonomics (catalogs, scenarios, calibration). Not code: this marker
lets importlib.resources find them, also inside a frozen bundle."""
