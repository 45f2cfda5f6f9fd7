"""Thin spaCy components of the claimx pipeline (factories prefixed ``claimx_``).

Importing this package registers the factories with spaCy.
"""

from claimx.components import claims, figures, parsing, ruler, sentences

__all__ = ["claims", "figures", "parsing", "ruler", "sentences"]
