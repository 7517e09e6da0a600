"""Proof that arrives with evidence: C2PA content credentials, ProofMode bundles, messenger exports.

Each check yields a `Verdict` (valid / invalid / unverifiable, who signed, what they claimed),
kept on the item, logged in custody (ids and verdicts only) and shown everywhere the item is.
"""
