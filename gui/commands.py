"""Undoable edits of the scenario. One slider drag becomes one undo step by merging
consecutive changes of the same control within one "gesture" (see ScenarioDocument)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from core import Scenario
from core.workspace import Workspace

if TYPE_CHECKING:
    from gui.document import ScenarioDocument

MERGEABLE_CHANGE_ID = 1001


class ChangeScenarioCommand(QUndoCommand):
    """Replace the document's scenario `before` → `after`."""

    def __init__(
        self,
        document: ScenarioDocument,
        before: Scenario,
        after: Scenario,
        text: str,
        merge_key: str | None = None,
        gesture: int = 0,
    ) -> None:
        super().__init__(text)
        self._document = document
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self.gesture = gesture

    def redo(self) -> None:
        self._document._show_scenario(self.after)

    def undo(self) -> None:
        self._document._show_scenario(self.before)

    def id(self) -> int:
        return MERGEABLE_CHANGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeScenarioCommand):
            return False
        if other.merge_key != self.merge_key or other.gesture != self.gesture:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True


class WorkspaceCommand(QUndoCommand):
    """Replace the whole workspace (pinning and unpinning scenarios)."""

    def __init__(self, document: ScenarioDocument, before: Workspace, after: Workspace, text: str) -> None:
        super().__init__(text)
        self._document = document
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._document._show_workspace(self.after)

    def undo(self) -> None:
        self._document._show_workspace(self.before)


def push_change(
    stack: QUndoStack,
    document: ScenarioDocument,
    before: Scenario,
    after: Scenario,
    text: str,
    merge_key: str | None,
    gesture: int,
) -> None:
    """Push `before` → `after`, merging into the top command in place when QUndoStack would
    merge. Letting the stack merge a new command leaks it: the merged Python command stays
    referenced after Qt deletes its C++ part (~6.7 MB per 1,000 steps of one slider drag,
    issue 13), so a drag creates one command, not one per step."""
    index = stack.index()
    top = stack.command(index - 1) if merge_key and index > 0 and index == stack.count() else None
    if (
        isinstance(top, ChangeScenarioCommand)
        and top.merge_key == merge_key
        and top.gesture == gesture
        and stack.cleanIndex() != index  # Qt never merges into the saved state
    ):
        top.after = after
        document._show_scenario(after)
        if after == top.before:  # dragged back to where it started: no undo step, as Qt does
            top.setObsolete(True)
            stack.undo()  # removes an obsolete command (its undo shows `before`, the same)
        return
    stack.push(ChangeScenarioCommand(document, before, after, text, merge_key, gesture))
