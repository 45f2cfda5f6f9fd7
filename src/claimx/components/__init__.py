"""Thin spaCy components of the claimx pipeline (factories prefixed ``claimx_``).

Importing this package registers the factories with spaCy.
"""

from claimx.components import figures, framer, parsing, ruler, sentences

__all__ = ["figures", "framer", "parsing", "ruler", "sentences"]
