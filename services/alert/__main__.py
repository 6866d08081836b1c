"""`python -m services.alert worker`: the alert stage as a faust worker."""

from services.alert.agents import app

app.main()
