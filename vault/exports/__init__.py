"""What leaves the vault under `partner` and `public`, decided once for every export.

- reasons.py: stable keys (withheld reasons, derivative kinds) and their English text;
- clearance.py: a person's decision that an item's original may leave under a profile;
- decide.py: per item, whether it travels as the original, a derivative, or is withheld;
- derive_ids.py: per-recipient (bundle) or per-export (dossier) ids, so copies cannot be joined;
- commitments.py: salted commitments tying a redacted text to its sealed original;
- review.py: the dry run (`--dry-run`, and the export dialogs' review step).

The dossier (vault.dossier) and the bundle (vault.bundle) both use these, so the two exports
never disagree about what a profile lets out.
"""
