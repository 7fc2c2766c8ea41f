"""Floor 3: Qt only — windows, panes, dialogs, item models, charts, background jobs."""
