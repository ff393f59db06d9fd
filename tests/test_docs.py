"""The README documents every command, as sqlite-utils' docs do."""

from pathlib import Path

from quotes.cli import app

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_command_is_documented_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    names = [command.name or command.callback.__name__ for command in app.registered_commands]
    names += [group.name for group in app.registered_groups]
    undocumented = [name for name in names if f"quotes {name}" not in readme]
    assert names and not undocumented
