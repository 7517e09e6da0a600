"""Evidence Vault core: encrypted storage, intake, search, custody and exports. Never imports Qt."""

__version__ = "0.1.0"
