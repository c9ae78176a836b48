"""``emulator`` (the local server) and ``completion`` (shell completion scripts)."""

from __future__ import annotations

import click

from ._common import example

SHELLS = ("bash", "zsh", "fish")


@click.command(
    "emulator",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
    add_help_option=False,
    epilog=example("mistral-workflows emulator --port 8765 --speed 10"),
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def emulator(args: tuple[str, ...]) -> None:
    """Serve the local emulator of the API (as python -m mistral_workflows_emulator does; needs the
    [emulator] extra). Its options: mistral-workflows emulator --help."""
    try:
        from mistral_workflows_emulator.__main__ import main as serve
    except ImportError:
        raise click.UsageError(
            "the emulator is not installed: pip install 'mistral-workflows[emulator]'"
        ) from None
    serve(list(args), prog="mistral-workflows emulator")


@click.command("completion", epilog=example('eval "$(mistral-workflows completion bash)"   # in ~/.bashrc'))
@click.argument("shell", type=click.Choice(SHELLS))
def completion(shell: str) -> None:
    """Print the completion script of SHELL (bash, zsh or fish).

    \b
    bash: eval "$(mistral-workflows completion bash)"          in ~/.bashrc
    zsh:  eval "$(mistral-workflows completion zsh)"           in ~/.zshrc
    fish: mistral-workflows completion fish > ~/.config/fish/completions/mistral-workflows.fish
    """
    from click.shell_completion import get_completion_class

    root = click.get_current_context().find_root()
    cls = get_completion_class(shell)
    if cls is None:  # pragma: no cover - the three are click's own
        raise click.UsageError(f"no completion for {shell}")
    prog = root.info_name or "mistral-workflows"
    click.echo(cls(root.command, {}, prog, "_MISTRAL_WORKFLOWS_COMPLETE").source())


COMMANDS = [emulator, completion]
