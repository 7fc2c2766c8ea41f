"""Comptoir's entry point: the app window, or the command line when given a command.

``comptoir`` (the console script) and ``python main.py`` both land in :func:`main`.
Qt is imported only by the commands that need it (``gui``, ``screenshot``), so the other
commands start fast and run where there is no screen.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def _run_gui(db_path: Path | None) -> int:
    from ui.application import run_gui

    return run_gui(db_path)


def _render_screenshot(
    db_path: Path | None, out: Path, pane: str, contact_id: str | None, size: tuple[int, int]
) -> None:
    from ui.screenshot import render_screenshot

    render_screenshot(db_path, out, pane, contact_id, size)


def main(argv: Sequence[str] | None = None) -> int:
    """Run Comptoir with these arguments (default: the process's); returns the exit code."""
    from app.cli import run

    return run(argv, gui=_run_gui, screenshot=_render_screenshot)


if __name__ == "__main__":
    sys.exit(main())
