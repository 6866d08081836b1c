"""`python -m services.enrich worker`: the enrich stage as a faust worker."""

from services.enrich.agents import app

app.main()
