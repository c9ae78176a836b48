"""``python -m mistral_workflows.cli``: the same as the ``mistral-workflows`` script."""

from ._app import main

if __name__ == "__main__":
    main()
