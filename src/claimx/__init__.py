"""claimx: checkable claims out of articles, and the figures that disagree."""

__version__ = "0.1.0"

__all__ = ["__version__"]
