"""The claim frame as pure functions: what a figure is about, read from a parsed sentence.

``syntax`` holds a parsed sentence as plain data; ``reader`` reads a figure's measure,
holder, source, time, facet and modality from it. No spaCy import: the ``claimx_frame``
component copies each parsed sentence into these types.
"""
