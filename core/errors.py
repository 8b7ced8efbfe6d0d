"""The one exception the engine raises for anything a user typed or loaded."""


class ScenarioError(ValueError):
    """A scenario, a file or a setting that cannot be used, said in the user's terms."""
