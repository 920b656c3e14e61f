"""CLI subcommands, one module per feature; each exposes ``register(subparsers)``.

A handler takes the parsed arguments and a :class:`CommandContext` and returns an exit
code. Domain errors raised by handlers become one line on stderr and exit code 2.
"""
