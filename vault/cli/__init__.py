"""The `evidence-vault` command line: the scripting interface (docs/cli.md is the contract)."""
