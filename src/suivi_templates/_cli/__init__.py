"""The pieces of the ``suivi-templates`` command line; :mod:`suivi_templates.cli` assembles them.

Each subcommand module has a ``register(commands)`` function that adds its parser and sets
``run``; ``cli._COMMANDS`` lists them in the order ``--help`` shows them.
"""
