"""The batch run: raw documents in, outputs folder out.

    corpus.py      files, folders, JSONL -> Document (decoded text, id, date) or an error
    work.py        a batch of Documents -> pipeline -> Docs -> claim lines
    engines/       where batches run: this process, --jobs processes, a Dask cluster
    cache.py       OUTPUT/.cache: finished documents by content and pipeline hash
    run.py         stream documents in batches, reconcile, write outputs atomically
    provenance.py  an outputs folder's run.json, described for a person

Nothing is imported here, so reading a corpus (:mod:`claimx.batch.corpus`) does not load
the pipeline.
"""
