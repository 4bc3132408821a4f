"""`pgdecl verify-rls`: the click command; the probes live in pgdecl.rls."""

from __future__ import annotations

import sys

import click


@click.command("verify-rls")
@click.argument("spec", nargs=-1, type=click.Path())
@click.option("--shadow-url", envvar="PGDECL_SHADOW_URL", default=None,
              help="Server for the scratch database (default: the embedded PostgreSQL).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True)
def verify_rls(spec, shadow_url, fmt) -> None:
    """Build SPEC in a scratch database, seed rows for users A and B, and attack as A (authenticated)
    and as anon through every table, view and SECURITY DEFINER function they can reach.

    Exit status: 0 no leaks and everything reachable verified, 2 leaks or something not verified, 1 error.
    """
    from pgdecl.commandline import load_spec_paths, run_or_exit
    from pgdecl.rls import render, verify

    def run():
        loaded = load_spec_paths(spec)
        server = shadow_url
        if server is None:
            from pgdecl.embedded import start_embedded

            server = start_embedded()
        return verify(loaded, server)

    report = run_or_exit(run)
    click.echo(render(report, fmt), nl=False)
    sys.exit(report.exit_code)
