"""Documents for the rest of the core: page images (render_pages) and the facts a check for hidden
names needs (document_facts), both read in the limited child process of vault.intake.sandbox."""

from .facts import DocumentFacts, document_facts
from .render import render_pages

__all__ = ["DocumentFacts", "document_facts", "render_pages"]
