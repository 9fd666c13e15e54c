"""The example shop on Django (sync: ``Iamporter`` and ``verify_checkout``)."""
