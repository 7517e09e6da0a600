"""Who is hidden in an export below `internal`, and how their names are rewritten.

Modules (imported by name; this package imports nothing so that the schema migration can use
`roles` without pulling in the vault):
  roles       the fixed role vocabulary and the mapping of old free-text roles onto it;
  policy      who is hidden under each profile, vault-wide, and which items are withheld;
  pseudonyms  pseudonyms assigned to hidden people and the stem check that refuses weak ones;
  redactor    the per-export object that rewrites every string through the name matcher.
"""
