"""claimx: checkable claims out of articles, and the figures that disagree.

    import claimx
    result = claimx.extract(["seeds/"])          # claims and findings in memory
    claims = claimx.load_claims("outputs")        # a typed pandas DataFrame
    conflicts = claimx.load_conflicts("outputs")

The names below load on first use (module ``__getattr__``): ``import claimx`` and the pure
subpackages (``claimx.normalize``, ``claimx.frame``, ``claimx.reconcile``) import neither
spaCy nor pandas, so a script that only normalizes figures starts in milliseconds.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # what type checkers and editors see; at run time, __getattr__ below
    from claimx.api import Result as Result
    from claimx.api import extract as extract
    from claimx.batch.corpus import Document as Document
    from claimx.batch.corpus import InputError as InputError
    from claimx.dataframes import load_claims as load_claims
    from claimx.dataframes import load_conflicts as load_conflicts
    from claimx.dataframes import load_documents as load_documents

# Exported name -> the module that defines it.
_EXPORTS = {
    "Result": "claimx.api",
    "extract": "claimx.api",
    "Document": "claimx.batch.corpus",
    "InputError": "claimx.batch.corpus",
    "load_claims": "claimx.dataframes",
    "load_conflicts": "claimx.dataframes",
    "load_documents": "claimx.dataframes",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'claimx' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
