"""claimx: checkable claims out of articles, and the figures that disagree.

    import claimx
    result = claimx.extract(["seeds/"])          # claims and findings in memory
    claims = claimx.load_claims("outputs")        # a typed pandas DataFrame
    conflicts = claimx.load_conflicts("outputs")
"""

__version__ = "0.1.0"

# Imported here, after __version__ (which the modules below read), so that the name
# ``claimx.extract`` is the function: the submodule of the same name is imported first,
# by claimx.api, and this binding replaces the attribute its import set. The module stays
# importable as ``from claimx.extract import run_extract``.
from claimx.api import Result, extract
from claimx.frames import load_claims, load_conflicts, load_documents

__all__ = [
    "Result",
    "__version__",
    "extract",
    "load_claims",
    "load_conflicts",
    "load_documents",
]
