"""Thin spaCy components of the claimx pipeline (factories prefixed ``claimx_``).

Importing this package registers the factories with spaCy.
"""

from claimx.components import claims, figures, sentences

__all__ = ["claims", "figures", "sentences"]
