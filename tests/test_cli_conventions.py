"""Command-line conventions: defaults in help, --version, one-line errors, --debug, info."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import claimx.cli
from claimx import __version__
from claimx.cli import main
from tests.seed_outputs import copy_outputs

COMMANDS = sorted(main.commands)
EXIT_CODES = ("0", "1", "2", "3", "130")


def invoke(*args: str) -> click.testing.Result:
    return CliRunner().invoke(main, list(args))


def boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("something broke\nin two lines")


@pytest.fixture
def outputs(tmp_path: Path) -> Path:
    return copy_outputs(tmp_path / "outputs")


@pytest.mark.parametrize("command", ["claimx", *COMMANDS])
def test_help_gives_every_options_default(command: str) -> None:
    cmd = main if command == "claimx" else main.commands[command]
    result = invoke(*([] if cmd is main else [command]), "--help")
    assert result.exit_code == 0, result.output
    ctx = click.Context(cmd, info_name=command, show_default=True)
    for param in cmd.get_params(ctx):
        if isinstance(param, click.Option) and param.expose_value:  # not --help, --version
            record = param.get_help_record(ctx)
            assert record is not None
            assert "[default: " in record[1], f"{command} {record[0]}: no default in its help"
            assert record[0] in result.output


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"claimx, version {__version__}"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nonsense"], "No such command 'nonsense'"),
        (["--bogus"], "No such option '--bogus'"),
        (["extract"], "Missing argument 'PATHS...'"),
        (["extract", "seeds", "--format", "xml"], "'xml' is not one of 'jsonl', 'parquet'"),
        (["report", "/no/such/folder"], "does not exist"),
        (["export", "x.jsonl", "--to", "csv"], "Invalid value for '--to'"),
    ],
    ids=["command", "option", "argument", "choice", "folder", "format"],
)
def test_usage_errors_are_one_line_with_exit_code_2(args: list[str], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("claimx: error: ")
    assert message in lines[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["info", "."], "no run.json in ."),
        (["report", "."], "no claims.jsonl in ."),
    ],
    ids=["info", "report"],
)
def test_missing_outputs_are_one_line_with_exit_code_1(
    args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(*args)
    assert result.exit_code == 1
    assert result.output == f"claimx: error: {message}\n"


def test_an_unexpected_error_is_one_line(
    outputs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(claimx.cli, "write_report", boom)
    result = invoke("report", str(outputs))
    assert result.exit_code == 1
    assert result.output == (
        "claimx: error: RuntimeError: something broke in two lines "
        "(claimx --debug ... shows the traceback)\n"
    )


def test_debug_lets_the_exception_through(outputs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claimx.cli, "write_report", boom)
    result = invoke("--debug", "report", str(outputs))
    assert result.exit_code == 1
    assert isinstance(result.exception, RuntimeError)


def test_debug_prints_the_traceback(outputs: Path) -> None:
    program = (
        "import sys, claimx.cli\n"
        "def boom(*a, **k): raise RuntimeError('something broke')\n"
        "claimx.cli.write_report = boom\n"
        "claimx.cli.main(sys.argv[1:])\n"
    )
    plain = subprocess.run([sys.executable, "-c", program, "report", str(outputs)],
                           capture_output=True, text=True, check=False)
    debug = subprocess.run([sys.executable, "-c", program, "--debug", "report", str(outputs)],
                           capture_output=True, text=True, check=False)
    assert (plain.returncode, debug.returncode) == (1, 1)
    assert "Traceback" not in plain.stderr
    assert len(plain.stderr.strip().splitlines()) == 1
    assert "Traceback (most recent call last)" in debug.stderr
    assert "RuntimeError: something broke" in debug.stderr


def test_exit_codes_are_documented_in_the_module() -> None:
    doc = " ".join((claimx.cli.__doc__ or "").split())
    for code in EXIT_CODES:
        assert re.search(rf"[:;] {code} ", doc), code
