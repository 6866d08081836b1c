"""`python -m services.alert worker`: the alert stage as a faust worker."""

import sys

from services.alert.agents import app, load_published

if sys.argv[1:2] == ["worker"]:
    load_published()
app.main()
