"""The example shop on FastAPI (async: ``AsyncIamporter`` and ``averify_checkout``)."""
