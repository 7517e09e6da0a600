"""The Evidence Vault desktop application (PySide6). All vault work runs on ui.worker."""
