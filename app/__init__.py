"""Floor 2: the use-cases — services, analytics, import/export, documents, CLI.

Nothing here imports PySide6: the CLI, the tests and a future server use it without Qt.
"""
