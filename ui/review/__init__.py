"""The review step of the export dialogs: what an export replaces, withholds, derives, and the
words left that resemble a hidden name (models, labels and the panel that shows them)."""
