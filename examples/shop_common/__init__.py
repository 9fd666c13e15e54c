"""What the two example shops share: settings, the SQLite order table and the HTML pages.

The web-framework parts live in ``examples/shop_fastapi`` and ``examples/shop_django``; both
import this package as ``shop_common`` (run them with ``examples/`` on ``sys.path``).
"""
